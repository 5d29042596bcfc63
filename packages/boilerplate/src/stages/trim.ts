import type { Context } from '../context';
import { CLOSING_CALL, SENTENCE_END } from '../patterns';

/** Longest closing paragraph that can be a call to action. */
const CLOSING_CALL_MAX_CHARS = 250;

import type { Block } from '../types';
import { FAVOR_LIMITS } from '../weights';

/**
 * Trim the article's edges: short lines that are not sentences after the last paragraph
 * (credits, "Follow us", sign-offs) and before the first one (kickers, datelines). How short
 * depends on `favor`; `recall` trims nothing.
 */
export function trimEdges(ctx: Context): void {
  const limits = FAVOR_LIMITS[ctx.favor];
  const blocks = ctx.blocks;
  let end = blocks.length;
  while (end > 0 && isEdgeLine(blocks[end - 1]!, limits.tailLineChars)) end--;
  for (let k = 0; k < limits.closingCalls && end > 1; k++) {
    if (!isClosingCall(blocks[end - 1]!)) break;
    end--;
    while (end > 0 && isEdgeLine(blocks[end - 1]!, limits.tailLineChars)) end--;
  }
  let start = 0;
  // A short lead line that introduces a list or table is the article's first paragraph.
  while (start < end && isEdgeLine(blocks[start]!, limits.leadLineChars) && !introducesItems(blocks[start + 1]))
    start++;
  if (start > 0 || end < blocks.length) ctx.blocks = blocks.slice(start, end);
}

/** A short closing paragraph that asks the reader to follow, subscribe or send tips. */
function isClosingCall(block: Block): boolean {
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  const text = block.text;
  return text.length < CLOSING_CALL_MAX_CHARS && !text.endsWith(':') && CLOSING_CALL.test(text);
}

function introducesItems(next: Block | undefined): boolean {
  return next?.type === 'list' || next?.type === 'table';
}

function isEdgeLine(block: Block, maxChars: number): boolean {
  if (maxChars <= 0) return false;
  if (block.type === 'figure' || block.type === 'embed') return false;
  const text =
    block.type === 'list' ? block.items.map((i) => i.text).join(' ') : block.type === 'table' ? '' : block.text;
  if (block.type === 'table') return false;
  return text.length < maxChars && !SENTENCE_END.test(text);
}
