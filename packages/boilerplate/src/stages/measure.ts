import type { Context } from '../context';
import { isBoilerplateClassed } from '../internal/classes';
import { isElement } from '../internal/dom';
import { COMMA } from '../patterns';
import { BLOCK_TAGS } from '../rules';
import { SCORING } from '../weights';

/**
 * Text measures of every kept body element in one post-order pass (the element list is in
 * document order, so walking it backwards meets children before parents): no text is
 * computed twice, whatever the nesting depth.
 */
export function measureNodes(ctx: Context): void {
  const { elements, stats } = ctx;
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let direct = 0;
    let commas = 0;
    let chars = 0;
    let linkChars = 0;
    let ownChars = 0;
    let ownLinkChars = 0;
    let ownCommas = 0;
    let paragraphs = el.name === 'p' ? 1 : 0;
    let prose = 0;
    for (const child of el.children) {
      if (child.type === 'text') {
        const n = trimmedLength(child.data);
        if (n > 0) {
          direct += n + 1;
          commas += countCommas(child.data);
        }
      } else if (isElement(child)) {
        // Dropped subtrees were never measured: no stats, nothing to add.
        const s = stats.get(child);
        if (s === undefined) continue;
        chars += s.chars;
        linkChars += s.linkChars;
        paragraphs += s.paragraphs;
        prose += s.prose;
        if (!BLOCK_TAGS.has(child.name)) {
          ownChars += s.ownChars;
          ownLinkChars += s.ownLinkChars;
          ownCommas += s.ownCommas;
        }
      }
    }
    chars += direct;
    ownChars += direct;
    ownCommas += commas;
    if (el.name === 'a') {
      linkChars = chars;
      ownLinkChars = ownChars;
    }
    if (
      BLOCK_TAGS.has(el.name) &&
      ownChars >= SCORING.minParagraphChars &&
      (ownLinkChars <= ownChars * SCORING.maxParagraphLinkShare || ownChars - ownLinkChars >= SCORING.siblingMinProse)
    ) {
      prose += ownChars - ownLinkChars;
    }
    if (prose > 0 && isBoilerplateClassed(el)) prose = 0;
    stats.set(el, { chars, linkChars, ownChars, ownLinkChars, ownCommas, paragraphs, prose });
  }
}

function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  return end - start;
}

function countCommas(text: string): number {
  if (text.length < 2) return 0;
  COMMA.lastIndex = 0;
  let n = 0;
  while (COMMA.exec(text) !== null) n++;
  return n;
}
