import { assertString } from '@pressroom/core';
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import {
  ARTICLE_TYPES,
  AUTHOR_META,
  BYLINE_HINTS,
  EXCLUDED_ITEMTYPES,
  EXCLUDED_REGION_HINTS,
  EXCLUDED_TAGS,
  FOOTER_HINTS,
  HANDLE_META,
  LEADING_REGION_HINTS,
  ORGANIZATION_TYPES,
  SITE_META,
  SKIPPED_TAGS,
  STRONG_BYLINE_HINTS,
} from './data/selectors';
import { nameKey, parseBylineFrom } from './parse';
import {
  AUTHOR_ITEMPROP,
  AUTHOR_REL,
  AUTHOR_WORD,
  CANONICAL_REL,
  CLASS_HINT,
  CLASS_WORD_SPLIT,
  CONTROL_CHARACTERS,
  HANDLE_ONLY,
  HTML_COMMENT_EDGES,
  HTML_ENTITY,
  KOREAN_BRACKET,
  NON_ALPHANUMERIC_ASCII,
  SPACES,
  SUBHEADING_TAG,
  TRAILING_COMMA,
  TRAILING_S,
  TYPE_NAMESPACE,
  URL_LIKE,
  VISIBLE_CREDIT,
  VISIBLE_PREFIX,
  WHITESPACE,
  WWW_PREFIX,
} from './patterns';
import type { AuthorSource, Byline, FindBylinesOptions, Person } from './types';

/**
 * Pages longer than this many characters are refused by `findBylines` with
 * `PRESSROOM_INPUT_TOO_LARGE`; load such a page with cheerio yourself and pass the `CheerioAPI`.
 *
 * @example
 * if (html.length > MAX_PAGE_LENGTH) html = html.slice(0, MAX_PAGE_LENGTH);
 */
export const MAX_PAGE_LENGTH = 20_000_000;

/** Longest element text read as a byline candidate; longer elements are containers. */
const MAX_CANDIDATE_TEXT = 240;

/** How many byline-like elements, nearest the headline first, are read. */
const MAX_CANDIDATES = 24;

/** A byline-like element of the page. */
interface Candidate {
  element: Element;
  /** Document order of the element. */
  index: number;
  /** How strongly the markup says "byline" (class, itemprop, rel, a "By" prefix). */
  strength: number;
  source: AuthorSource;
  /** The byline text when it is part of a longer text (a Korean lead bracket). */
  text?: string;
}

/** A name found in metadata, with the rank of its source (lower is trusted more). */
interface MetaCredit {
  byline: Byline;
  rank: number;
  source: AuthorSource;
}

/** What the stages share; nothing is ever written to the caller's document. */
interface FindContext {
  host: string;
  jsonLd: string[];
  meta: { key: string; value: string }[];
  candidates: Candidate[];
  /** Document order of the first `<h1>` outside excluded regions, or -1. */
  headline: number;
  /** The `<article>` element that holds that headline, when there is one. */
  article: Element | null;
  headlineElement: Element | null;
  /** The headline's ancestors. */
  headlineChain: Set<Element>;
  counter: number;
  metaCredits: MetaCredit[];
  siteNames: Set<string>;
  organizations: string[];
  handles: string[];
  /** Parses of the strings seen so far: the same name often appears in several signals. */
  parsed: Map<string, Byline>;
}

const EXCLUDED_TAG_SET = new Set(EXCLUDED_TAGS);
const SKIPPED_TAG_SET = new Set(SKIPPED_TAGS);
const ARTICLE_TYPE_SET = new Set(ARTICLE_TYPES);
const ORGANIZATION_TYPE_SET = new Set(ORGANIZATION_TYPES);
const SITE_META_SET = new Set(SITE_META);
const HANDLE_META_SET = new Set(HANDLE_META);
const SOURCE_RANK: Record<AuthorSource, number> = {
  jsonld: 0,
  meta: 1,
  itemprop: 2,
  'rel-author': 3,
  visible: 4,
  text: 5,
};

/**
 * Finds the authors of a news page from every signal it has, and merges them: JSON-LD
 * (`Person` and `Organization`, arrays, `@graph`, nested and `@id`-referenced `author`), meta
 * tags (`author`, `article:author`, `byl`, `parsely-author`, `sailthru.author`, `dc.creator`,
 * `twitter:creator` for handles), `rel=author`, `itemprop=author`, and the visible byline near
 * the headline. Names in related-story widgets, comments, sidebars and photo credits are
 * ignored. The visible byline wins over metadata when they disagree; the site's own name, desks
 * and wire services are returned as organisations, never as people.
 *
 * Pass a `CheerioAPI` you already loaded to avoid parsing the page twice; the document is only
 * read. Throws `PRESSROOM_INVALID_INPUT` for a non-string, non-cheerio page and
 * `PRESSROOM_INPUT_TOO_LARGE` over {@link MAX_PAGE_LENGTH} characters.
 *
 * @example
 * findBylines('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script>' +
 *   '<h1>Title</h1><p class="byline">By Jane Doe and John Roe, Reuters</p>');
 * // {
 * //   authors: [{ name: 'Jane Doe', source: 'jsonld' }, { name: 'John Roe', source: 'visible' }],
 * //   organizations: ['Reuters'], roles: [], handles: [], raw: 'By Jane Doe and John Roe, Reuters'
 * // }
 */
export function findBylines(page: string | CheerioAPI, options: FindBylinesOptions = {}): Byline {
  const $ = toCheerio(page);
  const ctx: FindContext = {
    host: hostOf(options.url),
    jsonLd: [],
    meta: [],
    candidates: [],
    headline: -1,
    article: null,
    headlineElement: null,
    headlineChain: new Set(),
    counter: 0,
    metaCredits: [],
    siteNames: new Set(),
    organizations: [],
    handles: [],
    parsed: new Map(),
  };
  collectSignals($, ctx);
  readNamesBesideDates(ctx);
  readMetaTags(ctx);
  readJsonLd(ctx);
  const visible = chooseVisibleByline(ctx);
  return mergeSignals(ctx, visible);
}

function toCheerio(page: string | CheerioAPI): CheerioAPI {
  if (typeof page === 'function' && typeof (page as CheerioAPI).root === 'function') return page;
  assertString(page, {
    fn: 'findBylines',
    expected: 'a string of HTML or a CheerioAPI',
    maxLength: MAX_PAGE_LENGTH,
  });
  return load(page, { xml: false });
}

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new globalThis.URL(url).hostname.toLowerCase().replace(WWW_PREFIX, '');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Stage 1: one walk over the document collects every signal

function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

function hasHint(words: string, hints: readonly string[]): boolean {
  if (!words.trim()) return false;
  return hints.some((hint) => words.includes(hint));
}

const REGION_WORDS = new Set(EXCLUDED_REGION_HINTS.filter((hint) => !hint.includes('-')));
const REGION_PHRASES = EXCLUDED_REGION_HINTS.filter((hint) => hint.includes('-'));

/** What the class and id of an element say: an excluded region, a byline (and how strongly), or neither. */
interface ClassInfo {
  excluded: boolean;
  /** A footer: excluded outside the article only. */
  footer: boolean;
  byline: number;
}

const NEUTRAL: ClassInfo = { excluded: false, footer: false, byline: 0 };
const LEADING_REGION_WORDS = new Set(LEADING_REGION_HINTS);
const FOOTER_WORDS = new Set(FOOTER_HINTS);

/** The first word of a class, past a one- or two-letter namespace ("c-sidebar", "l-rail"). */
function leadingWord(parts: string[]): string {
  const first = parts[0] ?? '';
  return first.length <= 2 && parts.length > 1 ? (parts[1] ?? '') : first;
}

/** Region markers match whole class words ("nav", "comments"), never inside another ("canvas"). */
function readClasses(words: string): ClassInfo {
  if (!CLASS_HINT.test(words)) return NEUTRAL;
  let excluded = false;
  let footer = false;
  for (const token of words.split(' ')) {
    // a BEM modifier says how a block looks, not what it is: "content__header--no-promo"
    const block = token.split('--')[0] ?? '';
    if (!block) continue;
    const parts = block.split(CLASS_WORD_SPLIT);
    for (const part of parts) {
      const singular = part.endsWith('s') ? part.slice(0, -1) : part;
      if (REGION_WORDS.has(part) || REGION_WORDS.has(singular)) excluded = true;
      if (FOOTER_WORDS.has(part)) footer = true;
    }
    const lead = leadingWord(parts);
    if (LEADING_REGION_WORDS.has(lead) || LEADING_REGION_WORDS.has(lead.replace(TRAILING_S, ''))) excluded = true;
    if (!excluded && block.includes('-') && REGION_PHRASES.some((hint) => block.includes(hint))) excluded = true;
    if (excluded) break;
  }
  const byline = excluded ? 0 : hasHint(words, STRONG_BYLINE_HINTS) ? 3 : hasHint(words, BYLINE_HINTS) ? 2 : 0;
  return excluded || footer || byline ? { excluded, footer, byline } : NEUTRAL;
}

function classInfo(el: Element, memo: Map<string, ClassInfo>): ClassInfo {
  const cls = el.attribs.class;
  const id = el.attribs.id;
  if (!cls && !id) return NEUTRAL;
  const key = id ? `${cls ?? ''} ${id}` : (cls as string);
  let info = memo.get(key);
  if (!info) {
    info = readClasses(key.toLowerCase());
    memo.set(key, info);
  }
  return info;
}

function excludedByMarkup(el: Element): boolean {
  if (EXCLUDED_TAG_SET.has(el.name)) return true;
  const itemtype = el.attribs.itemtype;
  if (!itemtype) return false;
  const lower = itemtype.toLowerCase();
  return EXCLUDED_ITEMTYPES.some((t) => lower.includes(t));
}

interface ParentNode {
  children: AnyNode[];
}

function plainText(el: Element): string {
  return textOf(el, 400).replace(WHITESPACE, ' ').trim().toLowerCase();
}

/**
 * The article's headline: of the page's `<h1>`s (outside `nav` and `aside`), the first whose text
 * is part of the `<title>`, else the first inside `<article>` or `<main>`, else the first.
 */
function findHeadline(root: ParentNode): Element | null {
  const stack: AnyNode[] = [...root.children].reverse();
  const headings: Element[] = [];
  let title = '';
  while (stack.length && headings.length < 20) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (el.name === 'h1') {
      headings.push(el);
      continue;
    }
    if (el.name === 'title' && !title) title = plainText(el);
    if (EXCLUDED_TAG_SET.has(el.name) || SKIPPED_TAG_SET.has(el.name)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
  }
  if (headings.length <= 1) return headings[0] ?? null;
  if (title) {
    const titled = headings.find((h) => {
      const text = plainText(h);
      return text.length >= 8 && title.includes(text);
    });
    if (titled) return titled;
  }
  const inArticle = headings.find((h) => {
    for (let node = h.parent; node && node.type !== 'root'; node = node.parent) {
      const name = (node as Element).name;
      if (name === 'article' || name === 'main') return true;
    }
    return false;
  });
  return inArticle ?? headings[0] ?? null;
}

function ancestorsOf(el: Element | null): Set<Element> {
  const chain = new Set<Element>();
  for (let node = el?.parent; node && node.type !== 'root'; node = node.parent) chain.add(node as Element);
  return chain;
}

function collectSignals($: CheerioAPI, ctx: FindContext): void {
  const root = $.root()[0];
  if (!root) return;
  const memo = new Map<string, ClassInfo>();
  // the headline's ancestors are the page and the article, whatever their classes say
  // ("container penci_sidebar", "one-sidebar"): they are never an excluded region
  const headline = findHeadline(root as unknown as ParentNode);
  ctx.headlineElement = headline;
  const headlineChain = ancestorsOf(headline);
  ctx.headlineChain = headlineChain;
  // two parallel stacks: no object per node; flags: 1 = in an excluded region, 2 = inside <article>
  const nodes: AnyNode[] = [];
  const flags: number[] = [];
  const top = (root as unknown as { children: AnyNode[] }).children;
  for (let i = top.length - 1; i >= 0; i--) {
    nodes.push(top[i] as AnyNode);
    flags.push(0);
  }
  while (nodes.length) {
    const node = nodes.pop() as AnyNode;
    const parentFlags = flags.pop() as number;
    const type = node.type;
    if (type === 'text') {
      if (!(parentFlags & 1)) readPrefixedText(node.data, node.parent as Element | null, ctx);
      continue;
    }
    if (type !== 'tag' && type !== 'script' && type !== 'style') continue;
    const el = node as Element;
    const name = el.name;
    const index = ctx.counter++;
    if (name === 'script') {
      if (attr(el, 'type').toLowerCase().includes('ld+json')) ctx.jsonLd.push(textOf(el, 1_000_000, false));
      continue;
    }
    if (name === 'meta') {
      const key = (attr(el, 'name') || attr(el, 'property') || attr(el, 'itemprop')).toLowerCase().trim();
      if (key) ctx.meta.push({ key, value: attr(el, 'content') });
      continue;
    }
    if (name === 'link') {
      if (!ctx.host && CANONICAL_REL.test(attr(el, 'rel'))) ctx.host = hostOf(attr(el, 'href'));
      continue;
    }
    if (SKIPPED_TAG_SET.has(name)) continue;
    let own = parentFlags | (name === 'article' ? 2 : 0);
    if (!(own & 1) && name !== 'body' && name !== 'html' && !headlineChain.has(el)) {
      const info = classInfo(el, memo);
      const outside = !(own & 2);
      const excluded = info.excluded || excludedByMarkup(el) || (outside && (info.footer || name === 'footer'));
      if (excluded) own |= 1;
      else readElement(el, name, index, info.byline, ctx);
    } else if (!(own & 1)) readElement(el, name, index, 0, ctx);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i] as AnyNode);
      flags.push(own);
    }
  }
}

function readElement(el: Element, name: string, index: number, byline: number, ctx: FindContext): void {
  if (el === ctx.headlineElement) {
    ctx.headline = index;
    ctx.article = enclosingArticle(el);
  }
  const rel = el.attribs.rel;
  if (rel && name === 'a' && AUTHOR_REL.test(rel)) {
    ctx.candidates.push({ element: el, index, strength: 2, source: 'rel-author' });
    return;
  }
  const itemprop = el.attribs.itemprop;
  if (itemprop && AUTHOR_ITEMPROP.test(itemprop)) {
    ctx.candidates.push({ element: el, index, strength: 2, source: 'itemprop' });
    return;
  }
  if (byline) {
    ctx.candidates.push({ element: el, index, strength: byline, source: 'visible' });
    return;
  }
  // data-* attributes that say "author" ('data-ga="…Author click…"', data-author-name)
  if (name === 'a' || name === 'span' || name === 'div') {
    for (const key in el.attribs) {
      if (!key.startsWith('data-')) continue;
      const value = el.attribs[key] ?? '';
      if (key.includes('author') || (value.length < 200 && AUTHOR_WORD.test(value))) {
        ctx.candidates.push({ element: el, index, strength: 1, source: 'visible' });
        return;
      }
    }
  }
}

/**
 * Names printed beside a date in the headline's block ("<span>JANIE HAR</span><div><time>…"):
 * a byline without any byline markup. Weak candidates, read only near the headline.
 */
function readNamesBesideDates(ctx: FindContext): void {
  const headline = ctx.headlineElement;
  if (!headline || ctx.headline < 0) return;
  const block = (headline.parent?.parent ?? headline.parent) as Element | null;
  if (block?.type !== 'tag' || ctx.headlineChain.size === 0) return;
  const stack: AnyNode[] = [...block.children].reverse();
  let budget = 150;
  let order = 0;
  while (stack.length && budget-- > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const el = node as Element;
    order++;
    if (el === headline || el.name === 'a' || el.name === 'time' || SKIPPED_TAG_SET.has(el.name)) continue;
    const hasElementChild = el.children.some((c) => c.type === 'tag');
    if (hasElementChild) {
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
      continue;
    }
    const text = textOf(el, 61).trim();
    if (text.length < 3 || text.length > 60 || !besideDate(el)) continue;
    ctx.candidates.push({ element: el, index: ctx.headline + order, strength: 1, source: 'visible' });
  }
}

function holdsTime(node: AnyNode | null): boolean {
  if (node?.type !== 'tag') return false;
  const el = node as Element;
  return el.name === 'time' || el.children.some((c) => c.type === 'tag' && (c as Element).name === 'time');
}

function besideDate(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type !== 'tag') prev = prev.prev;
  let next = el.next;
  while (next && next.type !== 'tag') next = next.next;
  return holdsTime(prev) || holdsTime(next);
}

function enclosingArticle(el: Element): Element | null {
  for (let node = el.parent; node && node.type !== 'root'; node = node.parent) {
    if ((node as Element).name === 'article') return node as Element;
  }
  return null;
}

/**
 * Is the element inside a story card: an item repeated among its siblings (same tag and class)
 * that holds a heading or an image, on a branch of the page apart from the headline's?
 */
function isInCard(el: Element, ctx: FindContext): boolean {
  let node: Element | null = el.parent as Element | null;
  for (let depth = 0; node && node.type === 'tag' && depth < 6; depth++) {
    if (ctx.headlineChain.has(node)) return false;
    const parent = node.parent as Element | null;
    if (parent && parent.type === 'tag') {
      let similar = 0;
      for (const sibling of parent.children) {
        if (sibling === node || sibling.type !== 'tag') continue;
        const s = sibling as Element;
        if (s.name === node.name && s.attribs.class === node.attribs.class) similar++;
      }
      if (similar >= 2 && holdsHeadingOrImage(node)) return true;
    }
    node = parent;
  }
  return false;
}

function holdsHeadingOrImage(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  let budget = 200;
  while (stack.length && budget-- > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const name = (node as Element).name;
    if (name === 'img' || name === 'picture' || SUBHEADING_TAG.test(name)) return true;
    stack.push(...(node as Element).children);
  }
  return false;
}

function isInside(el: Element, ancestor: Element): boolean {
  for (let node: Element | null = el; node; node = node.parent as Element | null) if (node === ancestor) return true;
  return false;
}

/** A short text that starts with a byline prefix ("By", "Von", "Texto:") makes its parent a candidate. */
function readPrefixedText(text: string, parent: Element | null, ctx: FindContext): void {
  if (!parent) return;
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  if (i === text.length) return;
  if (text.charAt(i) === '[') {
    const bracket = KOREAN_BRACKET.exec(text.slice(i, i + 130));
    if (bracket && bracket.index === 0) {
      ctx.candidates.push({ element: parent, index: ctx.counter, strength: 2, source: 'visible', text: bracket[0] });
    }
    return;
  }
  if (text.length - i > MAX_CANDIDATE_TEXT) return;
  const trimmed = text.slice(i).trim();
  if (!VISIBLE_PREFIX.test(trimmed) && !(trimmed.length < 120 && VISIBLE_CREDIT.test(trimmed))) return;
  const last = ctx.candidates[ctx.candidates.length - 1];
  if (last && last.element === parent) {
    last.strength += 1;
    return;
  }
  ctx.candidates.push({ element: parent, index: ctx.counter, strength: 2, source: 'visible' });
}

const BLOCK_BREAK = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dd',
  'dt',
  'td',
  'th',
  'img',
  'time',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'header',
  'address',
]);

/** Text of an element with a space at element boundaries, cut at `max` characters. */
function textOf(el: Element, max: number, spaced = true): string {
  let out = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length && out.length < max) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') out += node.data;
    else if (node.type === 'tag') {
      const child = node as Element;
      if (SKIPPED_TAG_SET.has(child.name) || child.name === 'script' || child.name === 'style') continue;
      if (spaced && BLOCK_BREAK.has(child.name)) out += ' ';
      const kids = child.children;
      if (spaced && BLOCK_BREAK.has(child.name)) stack.push({ type: 'text', data: ' ' } as AnyNode);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
    } else if (node.type === 'cdata' || node.type === 'script') {
      const kids = (node as Element).children ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as AnyNode);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Stage 2: meta tags

function isUrlLike(value: string): boolean {
  return URL_LIKE.test(value.trim());
}

/** `parseBylineFrom`, remembered for the call; each result is copied, never shared. */
function parseOnce(text: string, source: AuthorSource, ctx: FindContext): Byline {
  const key = `${source}\u0000${text}`;
  let byline = ctx.parsed.get(key);
  if (!byline) {
    byline = parseBylineFrom(text, source);
    ctx.parsed.set(key, byline);
  }
  return {
    authors: byline.authors.map((a) => ({ ...a })),
    organizations: [...byline.organizations],
    roles: [...byline.roles],
    handles: [...byline.handles],
    raw: byline.raw,
  };
}

function readMetaTags(ctx: FindContext): void {
  for (const { key, value } of ctx.meta) {
    const v = value.trim();
    if (!v) continue;
    if (key === 'og:url' && !ctx.host) {
      ctx.host = hostOf(v);
      continue;
    }
    if (SITE_META_SET.has(key)) {
      ctx.siteNames.add(nameKey(v));
      continue;
    }
    if (HANDLE_META_SET.has(key)) {
      const handle = v.startsWith('@') ? v : `@${v}`;
      if (HANDLE_ONLY.test(handle)) ctx.handles.push(handle);
      continue;
    }
    const rank = AUTHOR_META[key];
    if (rank === undefined || isUrlLike(v)) continue;
    ctx.metaCredits.push({ byline: parseOnce(v, 'meta', ctx), rank: rank + 1, source: 'meta' });
  }
}

// ---------------------------------------------------------------------------------------------
// Stage 3: JSON-LD

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function parseJson(text: string): Json | undefined {
  const wrapped = text.includes('<!') || text.includes('-->') || text.includes(']]>');
  const cleaned = (wrapped ? text.replace(HTML_COMMENT_EDGES, '') : text).trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    try {
      return JSON.parse(cleaned.replace(CONTROL_CHARACTERS, ' ').replace(TRAILING_COMMA, '')) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase().replace(TYPE_NAMESPACE, ''));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(HTML_ENTITY, (whole, dec?: string, hex?: string, named?: string) => {
    const code = dec ? Number.parseInt(dec, 10) : hex ? Number.parseInt(hex, 16) : -1;
    if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
    return named ? (NAMED_ENTITIES[named] ?? whole) : whole;
  });
}

function nameOf(value: Json | undefined): string {
  if (typeof value === 'string') return decodeEntities(value);
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  if (isObject(value)) {
    const name = nameOf(value['@value'] ?? value.name);
    if (name) return name;
    // schema.org Person without `name`: givenName + familyName
    return [nameOf(value.givenName), nameOf(value.familyName)].filter(Boolean).join(' ');
  }
  return '';
}

function readJsonLd(ctx: FindContext): void {
  const nodes: JsonObject[] = [];
  const byId = new Map<string, JsonObject>();
  const visit = (value: Json | undefined, depth: number): void => {
    if (depth > 4 || value === undefined || value === null) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth);
      return;
    }
    if (!isObject(value)) return;
    nodes.push(value);
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
  };
  for (const text of ctx.jsonLd) {
    // most JSON-LD blocks (breadcrumbs, search boxes, videos) name no one: skip the parse
    if (!text.includes('author') && !text.includes('creator') && !text.includes('publisher')) continue;
    visit(parseJson(text), 0);
  }
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE_SET.has(t) || t.endsWith('article')));
  const withAuthor = articles.filter((n) => n.author !== undefined || n.creator !== undefined);
  const sources = withAuthor.length ? withAuthor : nodes.filter((n) => n.author !== undefined);
  for (const node of nodes) {
    const publisher = node.publisher;
    const resolved =
      isObject(publisher) && typeof publisher['@id'] === 'string' ? byId.get(publisher['@id']) : publisher;
    const pub = nameOf(isObject(resolved) ? resolved.name : undefined);
    if (pub) ctx.siteNames.add(nameKey(pub));
    if (typesOf(node).some((t) => t === 'website' || t === 'newsmediaorganization')) {
      const site = nameOf(node.name);
      if (site) ctx.siteNames.add(nameKey(site));
    }
  }
  for (const node of sources) {
    for (const key of ['author', 'creator'] as const) {
      const value = node[key];
      const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
      for (const item of list) readJsonLdAuthor(item, byId, ctx, key === 'author' ? 0 : 1);
    }
  }
}

function readJsonLdAuthor(item: Json, byId: Map<string, JsonObject>, ctx: FindContext, rank: number): void {
  let node = item;
  if (isObject(node) && typeof node['@id'] === 'string' && node.name === undefined)
    node = byId.get(node['@id']) ?? node;
  const name = nameOf(node).trim();
  if (!name || isUrlLike(name)) return;
  if (isObject(node) && typesOf(node).some((t) => ORGANIZATION_TYPE_SET.has(t))) {
    ctx.organizations.push(name);
    return;
  }
  const byline = parseOnce(name, 'jsonld', ctx);
  if (isObject(node) && typeof node.url === 'string' && byline.authors.length === 1) {
    const first = byline.authors[0];
    if (first) first.url = node.url;
  }
  ctx.metaCredits.push({ byline, rank, source: 'jsonld' });
}

// ---------------------------------------------------------------------------------------------
// Stage 4: the visible byline

interface VisibleByline {
  byline: Byline;
  candidate: Candidate;
  /** An explicit byline: a "By" prefix or a byline class, not a mere author link. */
  strong: boolean;
}

function chooseVisibleByline(ctx: FindContext): VisibleByline | null {
  const metaKeys = new Set<string>();
  for (const credit of ctx.metaCredits) for (const a of credit.byline.authors) metaKeys.add(nameKey(a.name));
  let best: { score: number; result: VisibleByline } | null = null;
  const seen = new Set<Element>();
  // the nearest candidates to the headline; far ones lose on distance anyway (score below)
  const head = Math.max(ctx.headline, 0);
  const nearest =
    ctx.candidates.length > MAX_CANDIDATES
      ? [...ctx.candidates].sort((a, b) => Math.abs(a.index - head) - Math.abs(b.index - head)).slice(0, MAX_CANDIDATES)
      : ctx.candidates;
  for (const candidate of nearest) {
    if (candidate.text === undefined && seen.has(candidate.element)) continue;
    seen.add(candidate.element);
    const text = candidate.text ?? textOf(candidate.element, MAX_CANDIDATE_TEXT + 1);
    if (text.length > MAX_CANDIDATE_TEXT) continue;
    const byline = parseOnce(text, candidate.source, ctx);
    byline.raw = text.replace(WHITESPACE, ' ').trim();
    // weak candidates (no byline markup) must name someone in full, not "Listen" or "Share"
    if (candidate.strength < 2) byline.authors = byline.authors.filter((a) => a.name.includes(' '));
    if (!byline.authors.length && !byline.organizations.length) continue;
    const prefixed = VISIBLE_PREFIX.test(byline.raw);
    const confirmed = byline.authors.some((a) => metaKeys.has(nameKey(a.name)));
    if (!confirmed) {
      // unconfirmed names in story cards, or after the headline's <article>, are other
      // articles' bylines; against metadata that names someone, only an explicit byline counts
      const distance = candidate.index - ctx.headline;
      const afterArticle = ctx.article !== null && distance > 0 && !isInside(candidate.element, ctx.article);
      if (afterArticle || isInCard(candidate.element, ctx)) continue;
      if (metaKeys.size > 0 && !prefixed && candidate.strength < 3) continue;
    }
    let score = candidate.strength;
    if (prefixed) score += 1;
    if (confirmed) score += 3;
    if (byline.authors.some((a) => a.name.includes(' '))) score += 0.5;
    if (!byline.authors.length) score -= 1;
    if (ctx.headline >= 0) {
      const distance = candidate.index - ctx.headline;
      score -= distance < 0 ? Math.min(3, -distance / 40) : Math.min(3, distance / 80);
    } else score -= Math.min(2, candidate.index / 400);
    if (!best || score > best.score)
      best = { score, result: { byline, candidate, strong: prefixed || candidate.strength >= 3 } };
  }
  if (best) mergeSiblingBylines(best.result, nearest, ctx);
  return best?.result ?? null;
}

/** Authors printed as sibling elements ("<a class=author>A</a>, <a class=author>B</a>") form one byline. */
function mergeSiblingBylines(chosen: VisibleByline, candidates: Candidate[], ctx: FindContext): void {
  const parent = chosen.candidate.element.parent;
  if (!parent) return;
  const names = new Set(chosen.byline.authors.map((a) => nameKey(a.name)));
  for (const other of candidates) {
    if (other === chosen.candidate || other.element.parent !== parent || other.text !== undefined) continue;
    const a = other.element;
    const b = chosen.candidate.element;
    if (a.name !== b.name || a.attribs.class !== b.attribs.class || a.attribs.rel !== b.attribs.rel) continue;
    const text = textOf(other.element, MAX_CANDIDATE_TEXT + 1);
    if (text.length > MAX_CANDIDATE_TEXT) continue;
    for (const person of parseOnce(text, other.source, ctx).authors) {
      const key = nameKey(person.name);
      if (names.has(key)) continue;
      names.add(key);
      chosen.byline.authors.push(person);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Stage 5: merge

/** Is this "person" the site itself ("Beachbody" on beachbodyondemand.com, "AppleInsider")? */
function isSiteName(name: string, ctx: FindContext): boolean {
  const key = nameKey(name);
  if (ctx.siteNames.has(key)) return true;
  const compact = key.replace(SPACES, '');
  if (!key.includes(' ') && compact.length >= 4 && ctx.host.replace(NON_ALPHANUMERIC_ASCII, '').includes(compact))
    return true;
  return false;
}

function mergeSignals(ctx: FindContext, visible: VisibleByline | null): Byline {
  const organizations = [...ctx.organizations];
  const roles: string[] = [];
  const handles = [...ctx.handles];
  const keep = (p: Person) => !isSiteName(p.name, ctx);
  for (const credit of ctx.metaCredits) {
    organizations.push(...credit.byline.organizations);
    handles.push(...credit.byline.handles);
  }
  let authors: Person[] = [];
  let raw = '';
  const visiblePeople = visible ? visible.byline.authors.filter(keep) : [];
  if (visible) {
    organizations.push(...visible.byline.organizations);
    roles.push(...visible.byline.roles);
    handles.push(...visible.byline.handles);
    raw = visible.byline.raw;
  }
  if (visiblePeople.length) {
    authors = visiblePeople.map((p) => ({ ...p }));
  } else if (!visible || visible.byline.organizations.length === 0 || !visible.strong) {
    const ranked = [...ctx.metaCredits].sort((a, b) => a.rank - b.rank);
    const best = ranked.find((c) => c.byline.authors.some(keep));
    if (best) {
      const seen = new Set<string>();
      for (const credit of ranked) {
        if (credit.rank !== best.rank || credit.source !== best.source) continue;
        for (const person of credit.byline.authors.filter(keep)) {
          const key = nameKey(person.name);
          if (seen.has(key)) continue;
          seen.add(key);
          authors.push({ ...person });
        }
      }
    }
  }
  // the strongest signal that names each author
  for (const author of authors) {
    const key = nameKey(author.name);
    for (const credit of ctx.metaCredits) {
      const match = credit.byline.authors.find((a) => nameKey(a.name) === key);
      if (!match) continue;
      if (SOURCE_RANK[credit.source] < SOURCE_RANK[author.source]) author.source = credit.source;
      if (match.url && !author.url) author.url = match.url;
    }
  }
  const people = new Set(authors.map((a) => nameKey(a.name)));
  return {
    authors,
    organizations: dedupe(organizations.filter((o) => !people.has(nameKey(o)))),
    roles: dedupe(roles),
    handles: dedupe(handles),
    raw,
  };
}

function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const key = nameKey(item);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
