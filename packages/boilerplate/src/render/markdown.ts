import { MARKDOWN_LINE_START, MARKDOWN_SPECIAL } from '../patterns';
import type { Block, Inline } from '../types';

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$1').replace(MARKDOWN_LINE_START, '$1\\$2');
}

/**
 * Markdown of blocks (CommonMark with GFM tables).
 *
 * @example
 * renderMarkdown([{ type: 'heading', level: 2, text: 'Why', inlines: [{ text: 'Why' }] }]) // '## Why'
 */
export function renderMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map(markdownOfBlock)
    .filter((s) => s !== '')
    .join('\n\n');
}

function markdownOfBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inlineMarkdown(block.inlines)}`;
    case 'paragraph':
      return inlineMarkdown(block.inlines);
    case 'quote':
      return inlineMarkdown(block.inlines)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inlineMarkdown(item.inlines).split('\n').join(' ')}`)
        .join('\n');
    case 'table': {
      const rows = block.rows.map(
        (row) => `| ${row.map((c) => escapeMarkdown(c).split('|').join('\\|')).join(' | ')} |`,
      );
      const width = Math.max(...block.rows.map((r) => r.length));
      const rule = `|${' --- |'.repeat(width)}`;
      if (block.header) return [rows[0], rule, ...rows.slice(1)].join('\n');
      return [`|${'   |'.repeat(width)}`, rule, ...rows].join('\n');
    }
    case 'figure': {
      const img = block.src ? `![${escapeMarkdown(block.alt ?? '')}](<${block.src}>)` : '';
      const caption = block.caption ? `*${escapeMarkdown(block.caption)}*` : '';
      return [img, caption].filter((s) => s !== '').join('\n');
    }
    case 'code': {
      const fence = block.text.includes('```') ? '~~~' : '```';
      return `${fence}\n${block.text}\n${fence}`;
    }
    case 'embed':
      return block.text
        ? block.text
            .split('\n')
            .map((line) => `> ${escapeMarkdown(line)}`)
            .join('\n') + (block.url ? `\n>\n> <${block.url}>` : '')
        : block.url
          ? `<${block.url}>`
          : '';
  }
}

function inlineMarkdown(runs: readonly Inline[]): string {
  let out = '';
  for (const run of runs) {
    const core = run.text.trim();
    const leadLength = core === '' ? run.text.length : run.text.indexOf(core);
    const lead = run.text.slice(0, leadLength);
    const trail = run.text.slice(leadLength + core.length);
    let md = run.code ? `\`${core}\`` : escapeMarkdown(core);
    if (core !== '') {
      if (run.em) md = `_${md}_`;
      if (run.strong) md = `**${md}**`;
      if (run.href) md = `[${md}](<${run.href}>)`;
    }
    out += (run.break ? '  \n' : '') + lead + md + trail;
  }
  return out;
}
