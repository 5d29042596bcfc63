import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Context } from '../context';
import { attr, classAndId, collapse, isElement, textOf } from '../internal/dom';
import { CONTENT_CLASS, EMBED_CLASS, HIDDEN_STYLE } from '../patterns';
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
  if (isHidden(el)) return false;
  if (el.attribs.class !== undefined && EMBED_CLASS.test(el.attribs.class)) markEmbed(ctx, el);
  const itemprop = attr(el, 'itemprop').toLowerCase();
  const cls = classAndId(el);
  if (itemprop === 'articlebody' || (el.attribs.class !== undefined && CONTENT_CLASS.test(cls)))
    ctx.bodyMarked.push(el);
  if (isBylineElement(el, cls, itemprop)) raw.bylineElements.push(el);
  if (cls !== '' && (cls.includes('date') || cls.includes('time') || cls.includes('byline'))) raw.dateElements.push(el);
  return true;
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

function isBylineElement(el: Element, cls: string, itemprop: string): boolean {
  if (itemprop === 'author' || itemprop === 'creator') return true;
  if (el.name === 'a' && attr(el, 'rel').toLowerCase() === 'author') return true;
  return cls !== '' && (cls.includes('byline') || cls.includes('author-name') || cls.includes('article-author'));
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a.style !== undefined && HIDDEN_STYLE.test(a.style)) return true;
  return false;
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
