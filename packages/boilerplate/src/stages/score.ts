import type { Element } from 'domhandler';
import type { Context } from '../context';
import { classWeight } from '../internal/classes';
import { isElement } from '../internal/dom';
import { BLOCK_TAGS } from '../rules';
import { CANDIDATE_TAG_WEIGHTS, SCORING } from '../weights';

/**
 * Score containers by the prose they hold: every block of running text gives points to its
 * parent and, decaying, to its ancestors; class/id words and link density adjust the totals.
 * Scores live in `ctx.scores` (a WeakMap), never on the DOM.
 */
export function scoreCandidates(ctx: Context): void {
  const { stats, scores, candidates } = ctx;
  for (const el of ctx.elements) {
    if (!BLOCK_TAGS.has(el.name) || el === ctx.body) continue;
    const s = stats.get(el);
    if (!s || s.ownChars < SCORING.minParagraphChars) continue;
    const linkShare = s.ownLinkChars / s.ownChars;
    if (linkShare > SCORING.maxParagraphLinkShare) continue;
    const points =
      (1 + s.ownCommas + Math.min(Math.floor(s.ownChars / SCORING.charsPerPoint), SCORING.maxLengthPoints)) *
      (1 - linkShare);
    let ancestor = el.parent;
    for (let level = 0; level < SCORING.ancestorLevels && ancestor && isElement(ancestor); level++) {
      let score = scores.get(ancestor);
      if (score === undefined) {
        score = initialScore(ancestor);
        candidates.push(ancestor);
      }
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, score + points / divider);
      if (ancestor === ctx.body) break;
      ancestor = ancestor.parent;
    }
  }
  for (const el of candidates) {
    const s = stats.get(el);
    const density = s && s.chars > 0 ? s.linkChars / s.chars : 0;
    scores.set(el, (scores.get(el) ?? 0) * (1 - density));
  }
}

function initialScore(el: Element): number {
  return (CANDIDATE_TAG_WEIGHTS[el.name] ?? 0) + classWeight(el);
}
