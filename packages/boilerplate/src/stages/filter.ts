import type { Context } from '../context';
import { dateInText } from '../internal/dates';
import { isElement, textOf } from '../internal/dom';
import { BYLINE_TEXT, EDGE_PUNCTUATION, HAS_WORD_CHARACTER } from '../patterns';
import { BOILERPLATE_LINES, BOILERPLATE_PREFIXES, META_KEYS } from '../rules';
import type { Block, Inline } from '../types';
import { FAVOR_LIMITS } from '../weights';

/** How many leading blocks are searched for a byline or dateline. */
const LEAD_BLOCKS = 6;
/** A description-like lead block whose parent holds less prose than this many times its own is a standfirst. */
const STANDFIRST_CONTEXT = 1.5;
/** Characters of non-link text that make a link-heavy paragraph prose all the same. */
const OWN_TEXT_OF_PROSE = 150;
/** A line shorter than this can be furniture ("Advertisement", "By Jane Doe"). */
const SHORT_LINE = 120;

/**
 * Drop blocks that are page furniture by their words: "Advertisement", "Read more: ...",
 * the headline repeated, the byline and dateline above the first paragraph, headings with
 * nothing under them.
 */
export function filterBlocks(ctx: Context): void {
  const titles = titleStrings(ctx);
  let longestTitle = 0;
  for (const title of titles) longestTitle = Math.max(longestTitle, title.length);
  const compareUpTo = Math.max(longestTitle + 10, SHORT_LINE);
  const limits = FAVOR_LIMITS[ctx.favor];
  const descriptions = descriptionStrings(ctx);
  const kept: Block[] = [];
  let seenParagraph = false;
  ctx.blocks.forEach((block, index) => {
    if (isFurniture(block, index, titles, compareUpTo, limits.paragraphLinkDensity)) return;
    if (!seenParagraph && index < LEAD_BLOCKS && isStandfirst(ctx, block, descriptions)) return;
    if (block.type === 'paragraph') seenParagraph = true;
    kept.push(block);
  });
  while (kept.length > 0 && kept[kept.length - 1]!.type === 'heading') kept.pop();
  ctx.blocks = attachCaptions(kept);
}

/** Longest line under an image that is read as its caption. */
const CAPTION_MAX_CHARS = 150;

/**
 * A short line in italics right under an image is the image's caption written as a
 * paragraph: it moves into the figure.
 */
function attachCaptions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (
      previous?.type === 'figure' &&
      previous.src !== null &&
      previous.caption === null &&
      block.type === 'paragraph' &&
      block.text.length < CAPTION_MAX_CHARS &&
      block.inlines.every((run) => run.em)
    ) {
      out[out.length - 1] = { ...previous, caption: block.text };
      continue;
    }
    out.push(block);
  }
  return out;
}

function titleStrings(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const h of ctx.raw.h1s) out.add(normalise(textOf(h)));
  for (const key of META_KEYS.title) for (const v of ctx.raw.meta.get(key) ?? []) out.add(normalise(v));
  if (ctx.raw.titleTag) out.add(normalise(ctx.raw.titleTag));
  out.delete('');
  return out;
}

/**
 * A standfirst: the page's description repeated in a container of its own above the body
 * (not the body's first paragraph, which descriptions often copy).
 */
function isStandfirst(ctx: Context, block: Block, descriptions: Set<string>): boolean {
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  if (!descriptions.has(normalise(block.text))) return false;
  const source = ctx.blockSources.get(block);
  const parent = source?.parent;
  if (!source || !parent || !isElement(parent)) return false;
  const parentProse = ctx.stats.get(parent)?.prose ?? 0;
  return parentProse < block.text.length * STANDFIRST_CONTEXT;
}

/** Mostly links, with little text of its own (a sentence with many links is still prose). */
function isLinkList(inlines: readonly Inline[], limit: number): boolean {
  let all = 0;
  let linked = 0;
  for (const run of inlines) {
    all += run.text.length;
    if (run.href) linked += run.text.length;
  }
  return all > 0 && linked / all > limit && all - linked < OWN_TEXT_OF_PROSE;
}

function descriptionStrings(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const key of META_KEYS.description) for (const v of ctx.raw.meta.get(key) ?? []) out.add(normalise(v));
  out.delete('');
  return out;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(EDGE_PUNCTUATION, '');
}

function isFurniture(
  block: Block,
  index: number,
  titles: Set<string>,
  compareUpTo: number,
  linkLimit: number,
): boolean {
  if (block.type !== 'paragraph' && block.type !== 'heading') return false;
  const text = block.text;
  if (!HAS_WORD_CHARACTER.test(text)) return true;
  if (isLinkList(block.inlines, linkLimit)) return true;
  if (text.length > compareUpTo) return false;
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
