import type { Element } from 'domhandler';
import type { Context } from '../context';
import { dateInText, toIsoUtc } from '../internal/dates';
import { collapse, contains, isElement, textOf } from '../internal/dom';
import { detectLanguage } from '../internal/language';
import { resolveUrl } from '../internal/url';
import { LANGUAGE_TAG_SEPARATOR, LEFTOVER_CHARACTER_REFERENCE, LIST_SEPARATOR, TITLE_SEPARATOR } from '../patterns';
import { ARTICLE_LD_TYPES, META_KEYS } from '../rules';

type Json = Record<string, unknown>;

/** Settle the base URL links resolve against: the page URL, else `<base>`, else the canonical URL. */
export function resolveBaseUrl(ctx: Context): void {
  const { raw } = ctx;
  const base = ctx.url ?? null;
  const fromBase = resolveUrl(raw.baseHref, base);
  const candidates = [fromBase && isAbsolute(fromBase) ? fromBase : null, base, absoluteOrNull(raw.canonical)];
  for (const meta of ctx.raw.meta.get('og:url') ?? []) candidates.push(absoluteOrNull(meta));
  ctx.baseUrl = candidates.find((c): c is string => !!c) ?? null;
}

/**
 * Title, description, site name, canonical URL, language, dates, lead image, tags and raw
 * bylines, from JSON-LD, `<meta>`, `<time>`, visible bylines and the text.
 */
export function resolveMetadata(ctx: Context): void {
  const m = ctx.metadata;
  const ld = articleLd(ctx);
  m.siteName = firstOf(ldName(ld?.publisher), ...metas(ctx, META_KEYS.siteName).filter((s) => !s.startsWith('@')));
  m.title = resolveTitle(ctx, ld, m.siteName);
  m.description = firstOf(...metas(ctx, META_KEYS.description), str(ld?.description));
  m.url =
    absoluteOrNull(resolveUrl(ctx.raw.canonical, ctx.baseUrl)) ??
    absoluteOrNull(resolveUrl(metas(ctx, META_KEYS.url)[0], ctx.baseUrl)) ??
    ctx.url ??
    null;
  m.publishedAt = firstDate(
    str(ld?.datePublished),
    str(ld?.dateCreated),
    ...metas(ctx, META_KEYS.published),
    ...ctx.raw.times,
  );
  m.publishedAt ??= visibleDate(ctx);
  m.modifiedAt = firstDate(str(ld?.dateModified), ...metas(ctx, META_KEYS.modified));
  m.image = resolveUrl(firstOf(...metas(ctx, META_KEYS.image), ldImage(ld?.image)), ctx.baseUrl);
  if (!m.image) {
    for (const block of ctx.blocks) {
      if (block.type === 'figure' && block.src) {
        m.image = block.src;
        break;
      }
    }
  }
  m.tags = resolveTags(ctx, ld);
  m.bylines = resolveBylines(ctx, ld);
  m.language = resolveLanguage(ctx, ld);
}

function isAbsolute(url: string): boolean {
  return url.startsWith('http://') || url.startsWith('https://');
}

function absoluteOrNull(url: string | null | undefined): string | null {
  return url && isAbsolute(url) ? url : null;
}

function metas(ctx: Context, keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of keys) for (const value of ctx.raw.meta.get(key) ?? []) out.push(collapse(value));
  return out.filter((v) => v !== '');
}

function firstOf(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v && v.trim() !== '') return collapse(decodeLeftoverReferences(v));
  return null;
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Decode character references a double-encoded `<meta>` or JSON-LD value still holds. */
function decodeLeftoverReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(LEFTOVER_CHARACTER_REFERENCE, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED_REFERENCES[name] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function firstDate(...values: (string | null | undefined)[]): string | null {
  for (const v of values) {
    const iso = toIsoUtc(v);
    if (iso) return iso;
  }
  return null;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  return null;
}

function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

/** The JSON-LD object describing the article (an Article type; a WebPage only as last resort). */
function articleLd(ctx: Context): Json | null {
  let page: Json | null = null;
  for (const obj of ctx.raw.jsonLd) {
    const types = typesOf(obj);
    if (types.some((t) => t !== 'webpage' && ARTICLE_LD_TYPES.has(t))) return obj;
    if (!page && types.includes('webpage') && obj.headline) page = obj;
  }
  return page;
}

function ldName(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldName(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name);
  return null;
}

function ldImage(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return ldImage(v[0]);
  if (v && typeof v === 'object') return str((v as Json).url) ?? str((v as Json).contentUrl);
  return null;
}

function resolveTitle(ctx: Context, ld: Json | null, siteName: string | null): string | null {
  const declared = firstOf(str(ld?.headline), ...metas(ctx, META_KEYS.title), ctx.raw.titleTag);
  const h1s = ctx.raw.h1s
    .filter((h) => !ctx.dropped.has(h))
    .map((h) => textOf(h))
    .filter((t) => t.length > 0);
  if (declared) {
    const stripped = stripSiteName(declared, siteName);
    const lower = stripped.toLowerCase();
    const visible = h1s.find((h) => {
      const hl = h.toLowerCase();
      return hl === lower || (hl.length > 10 && (lower.startsWith(hl) || hl.startsWith(lower)));
    });
    return visible ?? stripped;
  }
  return h1s[0] ?? null;
}

/** "Headline - Section - Site" -> "Headline", when the rest looks like names, not words of the title. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const site = siteName?.toLowerCase() ?? '';
  const first = parts[0]!.trim();
  const last = parts[parts.length - 1]!.trim().toLowerCase();
  // The site's name last (or first): drop it and any short section names beside it.
  if (site && (last === site || last.includes(site) || site.includes(last))) {
    const kept = parts.slice(0, -1).map((p) => p.trim());
    while (kept.length > 1 && kept[kept.length - 1]!.split(' ').length <= 3) kept.pop();
    return kept.join(' - ');
  }
  if (site && first.toLowerCase() === site) return parts.slice(1).join(' - ').trim();
  // No site name known: keep the longest part when the others are short labels.
  const words = (s: string) => s.trim().split(' ').length;
  const longest = parts.reduce((a, b) => (words(b) > words(a) ? b : a)).trim();
  if (words(longest) >= 4 && parts.every((p) => p.trim() === longest || words(p) <= 4)) return longest;
  return title;
}

function resolveTags(ctx: Context, ld: Json | null): string[] {
  const out = new Map<string, string>();
  const add = (value: string) => {
    const tag = collapse(value);
    if (tag !== '' && tag.length <= 80 && !out.has(tag.toLowerCase())) out.set(tag.toLowerCase(), tag);
  };
  for (const value of ctx.raw.meta.get('article:tag') ?? []) add(value);
  for (const key of ['news_keywords', 'keywords', 'parsely-tags', 'sailthru.tags']) {
    for (const value of ctx.raw.meta.get(key) ?? []) for (const part of value.split(LIST_SEPARATOR)) add(part);
  }
  const keywords = ld?.keywords;
  if (typeof keywords === 'string') for (const part of keywords.split(LIST_SEPARATOR)) add(part);
  else if (Array.isArray(keywords)) for (const k of keywords) if (typeof k === 'string') add(k);
  for (const tag of ctx.raw.relTags) add(tag);
  return [...out.values()].slice(0, 50);
}

function resolveBylines(ctx: Context, ld: Json | null): string[] {
  const out: string[] = [];
  const add = (value: string | null) => {
    if (!value) return;
    const text = collapse(value);
    if (text === '' || text.length > 200 || isAbsolute(text) || out.includes(text)) return;
    out.push(text);
  };
  const authors = ld?.author;
  for (const a of Array.isArray(authors) ? authors : [authors]) add(ldName(a));
  for (const value of metas(ctx, META_KEYS.author)) add(value);
  // The innermost byline elements: "By <a>Jane Doe</a>", not the whole byline-and-date bar.
  const found: Element[] = [];
  for (const el of ctx.raw.bylineElements) {
    const last = found[found.length - 1];
    if (last && contains(last, el)) found.pop();
    found.push(el);
    if (found.length >= 10) break;
  }
  for (const el of found) add(textOf(el, (n) => isElement(n) && ctx.dropped.has(n)));
  return out;
}

/** A written date near the top of the article or in a byline/date element. */
function visibleDate(ctx: Context): string | null {
  // The first few only: nested date elements would otherwise read the same text again and again.
  for (const el of ctx.raw.dateElements.slice(0, MAX_DATE_ELEMENTS)) {
    const found = dateInText(textOf(el));
    if (found) return found;
  }
  return null;
}

/** How many date/time/byline elements are searched for a written date. */
const MAX_DATE_ELEMENTS = 20;

function resolveLanguage(ctx: Context, ld: Json | null): string | null {
  const declared = firstOf(ctx.raw.htmlLang, ...metas(ctx, META_KEYS.language), str(ld?.inLanguage));
  if (declared) {
    const primary = declared.split(LANGUAGE_TAG_SEPARATOR)[0]!.toLowerCase();
    if (primary.length >= 2 && primary.length <= 3) return primary;
  }
  let sample = '';
  for (const block of ctx.blocks) {
    if (block.type !== 'paragraph') continue;
    sample += ` ${block.text}`;
    if (sample.length > 3000) break;
  }
  return detectLanguage(sample);
}
