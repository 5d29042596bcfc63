import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Context } from '../context';
import { attr, classAndId, collapse, isElement, textOf } from '../internal/dom';
import { BYLINE_CLASS, CONTENT_CLASS, DATE_CLASS, EMBED_CLASS, HIDDEN_STYLE, SCANNED_CLASS } from '../patterns';
import { NEVER_CONTENT_TAGS } from '../rules';

/**
 * One walk over the whole document: gathers the raw metadata (meta tags, JSON-LD, canonical
 * link, `<time>`s, headlines, byline elements), marks subtrees that can never be content
 * (scripts, hidden elements, form controls) as dropped, and lists the kept body elements in
 * document order for the measuring pass.
 */
export function scanDocument(ctx: Context): void {
  const document = ctx.document;
  if (!document) return;
  const raw = ctx.raw;
  const body = ctx.body;
  // Two parallel stacks (no object per node): the node, and whether it is inside <body>.
  const nodes: AnyNode[] = [];
  const inBodyFlags: boolean[] = [];
  for (let i = document.children.length - 1; i >= 0; i--) {
    nodes.push(document.children[i]!);
    inBodyFlags.push(!body);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const inBody = inBodyFlags.pop()! || node === body;
    if (!isElement(node)) continue;
    if (!readElement(ctx, node)) {
      ctx.dropped.add(node);
      continue;
    }
    if (inBody) ctx.elements.push(node);
    const kids = (node as ParentNode).children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i]!;
      if (isElement(kid)) {
        nodes.push(kid);
        inBodyFlags.push(inBody);
      }
    }
  }
  if (!raw.htmlLang) raw.htmlLang = null;
}

/** Record what `el` tells about the page; return false when its subtree is never content. */
function readElement(ctx: Context, el: Element): boolean {
  const raw = ctx.raw;
  const name = el.name;
  switch (name) {
    case 'html':
      raw.htmlLang = el.attribs.lang || el.attribs['xml:lang'] || null;
      break;
    case 'meta': {
      const key = (el.attribs.property || el.attribs.name || el.attribs.itemprop || el.attribs['http-equiv'] || '')
        .trim()
        .toLowerCase();
      const content = el.attribs.content;
      if (key && content !== undefined && content.trim() !== '') {
        const list = raw.meta.get(key);
        if (list) list.push(content.trim());
        else raw.meta.set(key, [content.trim()]);
      }
      return false;
    }
    case 'link': {
      const rel = attr(el, 'rel').toLowerCase();
      if (rel === 'canonical' && !raw.canonical && el.attribs.href) raw.canonical = el.attribs.href.trim();
      return false;
    }
    case 'base':
      if (!raw.baseHref && el.attribs.href) raw.baseHref = el.attribs.href.trim();
      return false;
    case 'title':
      if (raw.titleTag === null && el.parent && isElement(el.parent) && el.parent.name !== 'svg') {
        raw.titleTag = collapse(textOf(el));
      }
      return false;
    case 'script':
      if (attr(el, 'type').toLowerCase().includes('ld+json')) readJsonLd(ctx, textOf(el));
      return false;
    case 'noscript':
      return false;
    case 'time': {
      const value = el.attribs.datetime || el.attribs.content;
      if (value) raw.times.push(value.trim());
      break;
    }
    case 'h1':
      raw.h1s.push(el);
      break;
    case 'a':
      if (attr(el, 'rel').toLowerCase().split(' ').includes('tag')) raw.relTags.push(textOf(el));
      break;
    default:
      if (NEVER_CONTENT_TAGS.has(name)) return false;
  }
  const a = el.attribs;
  if (a.hidden !== undefined || (a.style !== undefined && HIDDEN_STYLE.test(a.style))) return false;
  if (a.itemprop !== undefined) {
    const itemprop = a.itemprop.toLowerCase();
    if (itemprop === 'articlebody') ctx.bodyMarked.push(el);
    else if (itemprop === 'author' || itemprop === 'creator') raw.bylineElements.push(el);
  } else if (name === 'a' && a.rel !== undefined && a.rel.toLowerCase() === 'author') raw.bylineElements.push(el);
  // Most class names say nothing scanned for: one test sorts them out.
  if ((a.class !== undefined && SCANNED_CLASS.test(a.class)) || (a.id !== undefined && SCANNED_CLASS.test(a.id))) {
    readClass(ctx, el);
  }
  return true;
}

/** Record what an element's class/id tells: article body, embedded post, byline, date. */
function readClass(ctx: Context, el: Element): void {
  const cls = classAndId(el);
  if (EMBED_CLASS.test(cls)) markEmbed(ctx, el);
  if (CONTENT_CLASS.test(cls) && el.attribs.itemprop?.toLowerCase() !== 'articlebody') ctx.bodyMarked.push(el);
  if (BYLINE_CLASS.test(cls) && el.attribs.itemprop === undefined) ctx.raw.bylineElements.push(el);
  if (DATE_CLASS.test(cls)) ctx.raw.dateElements.push(el);
}

/** How many ancestors of an embedded post are kept whatever their class ("social-embed" wrappers). */
const EMBED_WRAPPER_LEVELS = 3;

function markEmbed(ctx: Context, el: Element): void {
  let node: Element | null = el;
  for (let level = 0; node && level <= EMBED_WRAPPER_LEVELS; level++) {
    ctx.embedHolders.add(node);
    node = node.parent && isElement(node.parent) ? node.parent : null;
  }
}

function readJsonLd(ctx: Context, source: string): void {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    ctx.warnings.push('A JSON-LD block could not be parsed and was ignored.');
    return;
  }
  const queue: unknown[] = [data];
  let guard = 0;
  while (queue.length > 0 && guard++ < 500) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      ctx.raw.jsonLd.push(obj);
      if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]));
    }
  }
}
