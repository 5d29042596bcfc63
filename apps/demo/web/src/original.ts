import type { ParsedArticle } from 'pressroom';
import { keptTexts } from './article';

/** Elements that only style text: their text belongs to the nearest block around them. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
]);
/** Removed before showing: they run code, load from the network, or show nothing. */
const STRIP =
  'script, noscript, iframe, frame, object, embed, link, base, meta[http-equiv], video, audio, source, track, template, canvas';
const MAX_ELEMENTS = 20_000;

const WHITESPACE = /\s+/g;
const CSS_URL = /url\([^)]*\)/gi;
const CSS_IMPORT = /@import[^;]*;/gi;
const norm = (s: string) => s.replace(WHITESPACE, ' ').trim().toLowerCase();

const MARK_STYLE = `
.pr-kept{outline:2px solid #1a7f37!important;outline-offset:1px;background-color:rgba(26,127,55,.08)!important}
.pr-meta{outline:2px dotted #0969da!important;outline-offset:1px;background-color:rgba(9,105,218,.07)!important}
.pr-removed{outline:1px dashed #cf222e!important;background-color:rgba(207,34,46,.07)!important;text-decoration:line-through rgba(207,34,46,.55)!important;opacity:.75}
.pr-img{display:inline-block;border:1px solid #999;padding:2px 6px;font:12px sans-serif;color:#555;background:#f6f6f6}
html,body{overflow-wrap:anywhere}
`;

/** How many pieces of the page were kept, read as metadata, or removed. */
export interface MarkCounts {
  kept: number;
  meta: number;
  removed: number;
}

/**
 * The original page, inert (no scripts, nothing loaded from the network: images become their
 * alt text, links lose their targets), with each piece of text outlined by what the extractor
 * did with it: kept in the article, read as metadata (title, standfirst, byline), or removed.
 * `@pressroom/boilerplate` reports what it kept, not where it was on the page, so pieces are
 * matched by their text: an approximation, good enough to see the boilerplate go.
 */
export function markedOriginal(html: string, result: ParsedArticle): { srcdoc: string; counts: MarkCounts } {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll(STRIP)) el.remove();
  for (const img of doc.querySelectorAll('img, picture, svg')) {
    const alt = img.getAttribute('alt') ?? img.querySelector('img')?.getAttribute('alt') ?? '';
    const span = doc.createElement('span');
    span.className = 'pr-img';
    span.textContent = alt ? `image: ${alt}` : 'image';
    img.replaceWith(span);
  }
  for (const el of doc.querySelectorAll('[style]')) {
    const style = el.getAttribute('style') ?? '';
    if (CSS_URL.test(style)) el.setAttribute('style', style.replace(CSS_URL, 'none'));
    CSS_URL.lastIndex = 0;
  }
  for (const style of doc.querySelectorAll('style')) {
    style.textContent = (style.textContent ?? '').replace(CSS_IMPORT, '').replace(CSS_URL, 'none');
  }
  for (const el of doc.querySelectorAll('[href], [src], [srcset], [action], [formaction], [poster], [background]')) {
    for (const name of ['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'background'])
      el.removeAttribute(name);
  }
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) if (attr.name.startsWith('on')) el.removeAttribute(attr.name);
  }

  const kept = keptTexts(result)
    .map(norm)
    .filter((t) => t !== '');
  const keptAll = kept.join('\n');
  const meta = [result.title, result.description, ...result.bylines]
    .filter((t): t is string => typeof t === 'string')
    .map(norm)
    .filter((t) => t.length > 1);

  const containers = new Set<Element>();
  const body = doc.body;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && containers.size < MAX_ELEMENTS; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    let el = node.parentElement;
    while (el && el !== body && INLINE.has(el.tagName)) el = el.parentElement;
    if (el && el !== body && el.tagName !== 'STYLE') containers.add(el);
  }
  const counts: MarkCounts = { kept: 0, meta: 0, removed: 0 };
  for (const el of containers) {
    const text = norm(el.textContent ?? '');
    if (text === '') continue;
    const isKept = (text.length > 1 && keptAll.includes(text)) || kept.some((k) => k.length > 24 && text.includes(k));
    const isMeta =
      !isKept &&
      meta.some((m) => m === text || (m.length > 8 && text.includes(m)) || (text.length > 8 && m.includes(text)));
    const kind = isKept ? 'kept' : isMeta ? 'meta' : 'removed';
    el.classList.add(`pr-${kind}`);
    counts[kind]++;
  }

  const style = doc.createElement('style');
  style.textContent = MARK_STYLE;
  doc.head.append(style);
  const csp = doc.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  doc.head.prepend(csp);
  return { srcdoc: `<!doctype html>\n${doc.documentElement.outerHTML}`, counts };
}
