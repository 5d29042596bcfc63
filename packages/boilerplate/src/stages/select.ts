import type { Element } from 'domhandler';
import type { Context } from '../context';
import { classAndId, contains, isElement } from '../internal/dom';
import { FAVOR_LIMITS, SCORING } from '../weights';

/**
 * Pick the container of the article: the best-scoring candidate, moved up to a common
 * ancestor when several close alternatives share one, or to its parent when the parent scores
 * higher; replaced by the best prose container when it holds little prose; then widened to the
 * ancestor that also holds the article's other parts (an article split across containers).
 */
export function selectCandidate(ctx: Context): void {
  const { scores } = ctx;
  let top: Element | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const el of ctx.candidates) {
    const score = scores.get(el) ?? 0;
    if (score > topScore) {
      top = el;
      topScore = score;
    }
  }
  if (!top || !ctx.body) {
    ctx.candidate = ctx.body;
    return;
  }
  top = promoteToCommonAncestor(ctx, top, topScore);
  top = climbWhileParentScoresHigher(ctx, top);
  // Scores can crown a container with little prose (a headline box with a bonus class): then
  // the container with the most prose wins.
  const alternative = bestByProse(ctx);
  const alternativeProse = alternative ? (ctx.stats.get(alternative)?.prose ?? 0) : 0;
  if (alternative && (ctx.stats.get(top)?.prose ?? 0) < SCORING.fallbackProseShare * alternativeProse) {
    top = alternative;
  }
  top = widenByProse(ctx, top);
  ctx.candidate = top;
}

/**
 * Prose a container holds minus the boilerplate it drags along: link text and other text
 * (short lines, foreign prose) weigh against it.
 */
function proseObjective(ctx: Context, el: Element): number {
  const s = ctx.stats.get(el);
  if (!s) return Number.NEGATIVE_INFINITY;
  const other = Math.max(0, s.chars - s.prose - s.linkChars);
  const limits = FAVOR_LIMITS[ctx.favor];
  return s.prose - limits.proseLinkPenalty * s.linkChars - limits.proseOtherPenalty * other;
}

/** Climb to the ancestor that holds the article's other parts when that adds more prose than boilerplate. */
function widenByProse(ctx: Context, top: Element): Element {
  const gain = FAVOR_LIMITS[ctx.favor].widenMinProseGain;
  let best = top;
  let bestScore = proseObjective(ctx, top);
  const baseProse = ctx.stats.get(top)?.prose ?? 0;
  let parent = top.parent;
  while (parent && isElement(parent) && parent !== ctx.body) {
    const score = proseObjective(ctx, parent);
    if (score > bestScore && (ctx.stats.get(parent)?.prose ?? 0) >= baseProse * gain) {
      best = parent;
      bestScore = score;
    }
    parent = parent.parent;
  }
  return best;
}

/** The element with the best prose objective over the whole body. */
function bestByProse(ctx: Context): Element | null {
  let best: Element | null = ctx.body;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const el of ctx.elements) {
    const s = ctx.stats.get(el);
    if (!s || s.prose === 0) continue;
    const score = proseObjective(ctx, el);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

function promoteToCommonAncestor(ctx: Context, top: Element, topScore: number): Element {
  const close = ctx.candidates.filter(
    (el) => el !== top && (ctx.scores.get(el) ?? 0) >= topScore * SCORING.closeAlternativeShare,
  );
  if (close.length < SCORING.closeAlternativesToPromote) return top;
  let parent = top.parent;
  while (parent && isElement(parent) && parent !== ctx.body) {
    const holder = parent;
    const within = close.filter((el) => contains(holder, el)).length;
    if (within >= SCORING.closeAlternativesToPromote) return holder;
    parent = parent.parent;
  }
  return top;
}

function climbWhileParentScoresHigher(ctx: Context, start: Element): Element {
  const { scores } = ctx;
  let top = start;
  let lastScore = scores.get(top) ?? 0;
  const threshold = lastScore / 3;
  let parent = top.parent;
  while (parent && isElement(parent) && parent !== ctx.body) {
    const parentScore = scores.get(parent);
    if (parentScore !== undefined) {
      if (parentScore < threshold) break;
      if (parentScore > lastScore) {
        top = parent;
        break;
      }
      lastScore = parentScore;
    }
    parent = parent.parent;
  }
  // A lone child says nothing about where the article ends: use its parent.
  while (top.parent && isElement(top.parent) && top.parent !== ctx.body && elementChildren(top.parent).length === 1) {
    top = top.parent;
  }
  return top;
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of el.children)
    if (isElement(child) && !(child.type === 'script' || child.type === 'style')) out.push(child);
  return out;
}

/**
 * The containers that make up the article: the candidate plus those of its siblings that hold
 * prose of their own (continuation containers, text split by ads), in document order.
 */
export function gatherContentRoots(ctx: Context): void {
  const top = ctx.candidate;
  if (!top) return;
  const parent = top.parent;
  if (!parent || !isElement(parent) || top === ctx.body) {
    ctx.contentRoots = [top];
    return;
  }
  const topScore = ctx.scores.get(top) ?? 0;
  const threshold = Math.max(SCORING.siblingMinScore, topScore * SCORING.siblingShare);
  const topClass = classAndId(top);
  const roots: Element[] = [];
  for (const sibling of parent.children) {
    if (!isElement(sibling) || ctx.dropped.has(sibling)) continue;
    if (sibling === top) {
      roots.push(sibling);
      continue;
    }
    let score = ctx.scores.get(sibling) ?? 0;
    if (topClass !== '' && classAndId(sibling) === topClass) score += topScore * 0.2;
    if (ctx.scores.has(sibling) && score >= threshold) {
      roots.push(sibling);
      continue;
    }
    if (sibling.name === 'p' || sibling.name === 'blockquote' || sibling.name === 'pre') {
      const s = ctx.stats.get(sibling);
      if (!s || s.chars === 0) continue;
      const density = s.linkChars / s.chars;
      if (s.chars > 80 && density < 0.25) roots.push(sibling);
      else if (density === 0 && s.chars > 20) roots.push(sibling);
      else if (s.prose >= SCORING.siblingMinProse) roots.push(sibling);
    }
  }
  ctx.contentRoots = roots;
}
