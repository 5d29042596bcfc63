import type { Block } from '../types';

/** What plain text includes beyond the body blocks. */
export interface TextOptions {
  /** Put figure captions in the text. */
  captions: boolean;
}

/**
 * Plain text of blocks: one paragraph per block, separated by blank lines; list items and
 * table rows on lines of their own.
 *
 * @example
 * renderText([{ type: 'paragraph', text: 'Hello.', inlines: [] }], { captions: false }) // 'Hello.'
 */
export function renderText(blocks: readonly Block[], options: TextOptions): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const text = textOfBlock(block, options);
    if (text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

function textOfBlock(block: Block, options: TextOptions): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'quote':
    case 'code':
    case 'embed':
      return block.text;
    case 'list':
      return block.items.map((item) => item.text).join('\n');
    case 'table':
      return block.rows.map((row) => row.join(' | ')).join('\n');
    case 'figure':
      return options.captions ? (block.caption ?? '') : '';
  }
}
