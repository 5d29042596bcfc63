import type { Context } from '../context';
import { dateInText } from '../internal/dates';
import { textOf } from '../internal/dom';
import { BYLINE_TEXT, EDGE_PUNCTUATION, HAS_WORD_CHARACTER } from '../patterns';
import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES, META_KEYS } from '../rules';
import type { Block } from '../types';

/** How many leading blocks are searched for a byline or dateline. */
const LEAD_BLOCKS = 6;
/** A line shorter than this can be furniture ("Advertisement", "By Jane Doe"). */
const SHORT_LINE = 120;

/**
 * Drop blocks that are page furniture by their words: "Advertisement", "Read more: ...",
 * the headline repeated, the byline and dateline above the first paragraph, headings with
 * nothing under them.
 */
export function filterBlocks(ctx: Context): void {
  const titles = titleStrings(ctx);
  const kept: Block[] = [];
  ctx.blocks.forEach((block, index) => {
    if (!isFurniture(block, index, titles)) kept.push(block);
  });
  while (kept.length > 0 && kept[kept.length - 1]!.type === 'heading') kept.pop();
  ctx.blocks = kept;
}

function titleStrings(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const h of ctx.raw.h1s) out.add(normalise(textOf(h)));
  for (const key of META_KEYS.title) for (const v of ctx.raw.meta.get(key) ?? []) out.add(normalise(v));
  if (ctx.raw.titleTag) out.add(normalise(ctx.raw.titleTag));
  out.delete('');
  return out;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(EDGE_PUNCTUATION, '');
}

function isFurniture(block: Block, index: number, titles: Set<string>): boolean {
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  const text = block.text;
  if (!HAS_WORD_CHARACTER.test(text)) return true;
  if (text.length > SHORT_LINE * 3) return false;
  const norm = normalise(text);
  if (BOILERPLATE_LINES.has(norm)) return true;
  if (titles.has(norm)) return true;
  if (block.type === 'heading' && block.level === 1) return true;
  if (text.length > SHORT_LINE) return false;
  const lower = text.toLowerCase();
  if (BOILERPLATE_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  if (index < LEAD_BLOCKS && block.type === 'paragraph') {
    if (BYLINE_TEXT.test(text) && text.length < 80) return true;
    if (text.length < 60 && dateInText(text) !== null) return true;
  }
  return false;
}
