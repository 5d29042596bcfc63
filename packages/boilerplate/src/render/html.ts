import { HTML_SPECIAL } from '../patterns';
import type { Block, Inline } from '../types';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML text content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (c) => ESCAPES[c] ?? c);
}

/**
 * Clean article HTML from blocks: semantic tags only, no classes, styles or scripts; links and
 * images absolute.
 *
 * @example
 * renderHtml([{ type: 'paragraph', text: 'Hi', inlines: [{ text: 'Hi', strong: true }] }]) // '<p><strong>Hi</strong></p>'
 */
export function renderHtml(blocks: readonly Block[]): string {
  return blocks.map(htmlOfBlock).join('\n');
}

function htmlOfBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.inlines)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inlineHtml(block.inlines)}</p>`;
    case 'quote':
      return `<blockquote><p>${inlineHtml(block.inlines)}</p></blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item.inlines)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const rows = block.rows.map((row, i) => {
        const cell = block.header && i === 0 ? 'th' : 'td';
        return `<tr>${row.map((c) => `<${cell}>${escapeHtml(c)}</${cell}>`).join('')}</tr>`;
      });
      return `<table><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'figure': {
      const img = block.src ? `<img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt ?? '')}">` : '';
      const caption = block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : '';
      return `<figure>${img}${caption}</figure>`;
    }
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'embed': {
      const link = block.url ? ` cite="${escapeHtml(block.url)}"` : '';
      return `<blockquote data-embed="${escapeHtml(block.provider)}"${link}><p>${escapeHtml(block.text)}</p></blockquote>`;
    }
  }
}

function inlineHtml(runs: readonly Inline[]): string {
  let out = '';
  for (const run of runs) {
    let html = escapeHtml(run.text);
    if (run.code) html = `<code>${html}</code>`;
    if (run.em) html = `<em>${html}</em>`;
    if (run.strong) html = `<strong>${html}</strong>`;
    if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
    out += run.break ? `<br>${html}` : html;
  }
  return out;
}
