import {
  CODE_ALIASES,
  CODE_FAMILY,
  COUNTRY_CURRENCY,
  DOLLAR_PREFIXES,
  DOLLAR_SUFFIXES,
  FAMILY_CANDIDATES,
  type Family,
  GLUED_SUBUNITS,
  ISO_CODES,
  LETTER_SYMBOLS,
  NOT_PENCE,
  SPACED_DOLLAR_PREFIXES,
  SUBUNIT_SYMBOLS,
  SUFFIX_LETTER_SYMBOLS,
  SYMBOLS,
  TENTH_SUBUNITS,
} from '../data/currencies';
import {
  CASED_SCALES,
  COMPOUND_LANGUAGES,
  LANGUAGE_ONLY_SCALES,
  LONG_SCALE_LANGUAGES,
  type NumberWord,
  SHORT_SCALES,
  WEIGHT_WORDS,
} from '../data/words';
import {
  ADJ_FIRST,
  ADJ_MAP,
  ADJ_PHRASES,
  AND_SET,
  BETWEEN_SET,
  codeOf,
  FROM_SET,
  GLUE_SET,
  NAME_MAP,
  nameByPrefix,
  RANGE_SET,
  SCALE_MAP,
  SUFFIXING_LANGUAGES,
  WORD_LIKE_SET,
} from './lexicon';
import { evaluate, type NumberItem, readDigits, splitCompound, tidy } from './numbers';
import type { Tok } from './tokenize';

/** What the grammar needs to know about the text. */
export interface GrammarContext {
  text: string;
  toks: Tok[];
  /** Primary language subtag, lower case ('' when unknown). */
  lang: string;
  /** Decimal separator of the language, or null when unknown. */
  decimal: '.' | ',' | null;
  words: ReadonlyMap<string, NumberWord>;
  /**
   * Set by {@link mentionAt} when it read a number that has no currency: no mention can start
   * inside that number either, so the caller skips to here (keeps long runs of numbers linear).
   */
  skipTo: number;
  /** Where the last number read by the grammar ended, finite or not. */
  lastQuantityEnd: number;
}

/** A currency marker: symbol, code or name, before or after the number. */
export interface Marker {
  s: number;
  e: number;
  /** Token index right after the marker. */
  next: number;
  code?: string | undefined;
  family?: Family | undefined;
  form: 'symbol' | 'code' | 'name';
  /** Sub-unit ratio (cent 0.01). */
  sub?: number | undefined;
  /** Written sub-unit, for `Money.unit`. */
  unit?: string | undefined;
  /** Multiplier carried by the marker ("MUSD"). */
  scale?: number | undefined;
  /** A code that is also a word ("ALL", "TRY"). */
  wordLike?: boolean;
  /** Only valid after a larger unit (角, 分, 銭). */
  cont?: boolean;
  /** Ordinary word that needs digits before it ("won", "real", "mark"). */
  weak?: boolean;
}

/** A number: digits, words or both, with its scale. */
interface Quantity {
  value: number;
  s: number;
  e: number;
  next: number;
  digits: boolean;
  spelled: boolean;
  integer: boolean;
  /** Digits only, no separator, no scale: could be a year or a model number. */
  plain: boolean;
  /** Digits of the last digit run before a separator. */
  lead: number;
  /** Product of the scale words after the last digits ("5-6 million" -> 1e6). */
  scaleMul: number;
}

/** A mention as the grammar sees it, before context decides ambiguous currencies. */
export interface RawMention {
  s: number;
  e: number;
  value: number | { min: number; max: number };
  code?: string | undefined;
  family?: Family | undefined;
  form: 'symbol' | 'code' | 'name';
  negative: boolean;
  unit?: string | undefined;
}

/** A place where the text names a specific currency of a family ("Australian dollars"). */
export interface TextCue {
  at: number;
  code: string;
  family: Family;
}

/** A capitalised country adjective ("Canadian", "Australian"): a weaker cue, for its sentence only. */
export interface DemonymCue {
  at: number;
  country: string;
}

/** A capitalised country adjective at token `i`, if any. */
export function demonymAt(c: GrammarContext, i: number): DemonymCue | undefined {
  const t = c.toks[i]!;
  if (t.k !== 'word' || t.low === '') return undefined;
  const c0 = t.t.charCodeAt(0);
  if (c0 >= 97 && c0 <= 122) return undefined;
  if (t.t.length <= 3 && t.t === t.t.toUpperCase()) return undefined; // "US", "UK": also pronouns and codes
  const country = ADJ_MAP.get(t.low);
  return country ? { at: t.s, country } : undefined;
}

const DASHES = new Set(['-', '–', '—', '~']);
const MINUS = new Set(['-', '−', '–']);
const COUNTERS = new Set(['个', '個', '枚']);
const SHORT_SCALE_SET: ReadonlySet<string> = new Set(SHORT_SCALES);
/** Short scales that may stand one space after the number ("5 bn", "2 mil millones"). */
const SPACED_SHORT_SCALES: ReadonlySet<string> = new Set([
  'bn',
  'mn',
  'tn',
  'mi',
  'bi',
  'mil',
  'bin',
  'cr',
  'md',
  'mm',
  'MM',
]);
const SYMBOL_SET: ReadonlySet<string> = new Set(Object.keys(SYMBOLS));
const CODE_WORDS: ReadonlySet<string> = new Set(
  [...ISO_CODES, ...Object.keys(CODE_ALIASES)].map((x) => x.toLowerCase()),
);
const LETTER_SYMBOL_WORDS: ReadonlySet<string> = new Set(
  Object.keys(LETTER_SYMBOLS).map((x) => x.toLowerCase().replace('.', '')),
);
const DOLLAR_PREFIX_SET: ReadonlySet<string> = new Set(Object.keys(DOLLAR_PREFIXES));
const ABBREVIATIONS = new Set(['mio', 'mrd', 'tsd', 'mln', 'mld', 'md', 'mds', 'cr', 'bn', 'mn', 'bln', 'mil']);
/** Second halves of compounds where a currency name is not an amount ("euro-zone", "dollar-denominated"). */
const COMPOUND_HEADS = new Set([
  'zone',
  'area',
  'denominated',
  'based',
  'bloc',
  'land',
  'skeptic',
  'sceptic',
  'zona',
  'raum',
  'zoon',
]);

function glued(a: Tok | undefined, b: Tok | undefined): boolean {
  return a !== undefined && b !== undefined && a.e === b.s;
}

function isUpper(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The currency of `family` used in `country`, when that country's currency belongs to the family. */
function familyCode(family: Family | undefined, country: string): string | undefined {
  const code = COUNTRY_CURRENCY[country];
  if (!code || !family) return undefined;
  if (CODE_FAMILY[code] === family || FAMILY_CANDIDATES[family].includes(code)) return code;
  if (family === 'franc' && (country === 'FR' || country === 'BE' || country === 'CH' || country === 'XA')) return code;
  return undefined;
}

/** Reads country adjectives starting at token `i`: one word or a phrase ("hong kong", "u.s."). */
function adjectiveAt(c: GrammarContext, i: number): { country: string; next: number; s: number } | undefined {
  const T = c.toks;
  const t = T[i];
  if (!t || (t.k !== 'word' && t.k !== 'punct')) return undefined;
  // "U.S." written with dots
  const s2 = T[i + 2];
  if (
    ((t.low === 'u' && s2?.low === 's' && glued(T[i + 1], s2)) || (t.low === 'यू' && s2?.low === 'एस')) &&
    T[i + 1]?.t === '.' &&
    glued(t, T[i + 1])
  ) {
    const dot = T[i + 3]?.t === '.' && glued(T[i + 2], T[i + 3]);
    return { country: 'US', next: i + (dot ? 4 : 3), s: t.s };
  }
  if (t.k !== 'word') return undefined;
  if (ADJ_FIRST.has(t.low)) {
    for (const p of ADJ_PHRASES) {
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k++) {
        const w = T[i + k];
        ok = w !== undefined && w.k === 'word' && w.low === p.words[k] && (k === 0 || !w.nl);
      }
      if (ok) return { country: p.country, next: i + p.words.length, s: t.s };
    }
  }
  const country = ADJ_MAP.get(t.low);
  return country ? { country, next: i + 1, s: t.s } : undefined;
}

/** A currency name (with its country adjectives before or after) starting at token `i`. */
function nameAt(c: GrammarContext, i: number, role: 'prefix' | 'suffix' = 'prefix'): Marker | undefined {
  const T = c.toks;
  let start = i;
  let country: string | undefined;
  let adjS = -1;
  const before = adjectiveAt(c, i);
  if (before && (T[before.next]?.k === 'word' || T[before.next]?.k === 'cur') && !T[before.next]!.nl) {
    country = before.country;
    adjS = before.s;
    start = before.next;
  }
  const h = T[start];
  if (!h) return undefined;
  let info = h.k === 'cur' ? h.cur : h.k === 'word' ? NAME_MAP.get(h.low) : undefined;
  if (!info && h.k === 'word' && SUFFIXING_LANGUAGES.has(c.lang) && h.low.length > 3) {
    const head = nameByPrefix(h.low);
    if (head) info = NAME_MAP.get(head);
  }
  if (!info) return undefined;
  if (h.k === 'word') {
    // part of a hyphenated compound ("euro-zone", "dollar-denominated")
    const nx = T[start + 1];
    const w2 = T[start + 2];
    if (
      nx &&
      nx.t === '-' &&
      glued(h, nx) &&
      w2?.k === 'word' &&
      glued(nx, w2) &&
      (role === 'prefix' || COMPOUND_HEADS.has(w2.low))
    )
      return undefined;
    // a letter glued before it ("Eurostar" is one token; "x-euro" is fine)
    if (h.low === 'sen' && c.lang !== '' && c.lang !== 'en' && c.lang !== 'ja' && c.lang !== 'ms' && c.lang !== 'id')
      return undefined;
  }
  let next = start + 1;
  let e = h.e;
  if (!country) {
    // adjectives after the name: "dollars australiens", "dólares de Hong Kong", "pounds sterling"
    const a = T[next];
    if (a && !a.nl && a.k === 'word') {
      if (a.low === 'sterling' && info.family === 'pound') {
        info = { code: 'GBP' };
        next += 1;
        e = a.e;
      } else {
        const glue = GLUE_SET.has(a.low) && a.low !== 'of' ? 1 : 0;
        const after = adjectiveAt(c, next + glue);
        if (after && info.family && familyCode(info.family, after.country)) {
          country = after.country;
          e = T[after.next - 1]!.e;
          next = after.next;
        }
      }
    } else if (
      a &&
      a.k === 'punct' &&
      (a.t === '$' || a.t === '＄') &&
      glued(h, a) === false &&
      info.family === 'dollar'
    ) {
      // nothing: "dollars $" is not a thing
    }
  }
  let code = info.code;
  if (!code && country) code = familyCode(info.family, country);
  if (country && !code) {
    // "Australian euros" or an adjective that does not fit: keep the bare name
    if (adjS >= 0 && start !== i) return nameAt(c, start, role);
  }
  return {
    s: adjS >= 0 && code ? adjS : h.s,
    e,
    next,
    code,
    family: code ? (info.family ?? CODE_FAMILY[code]) : info.family,
    form: 'name',
    sub: info.sub,
    unit: info.sub ? h.low : undefined,
    cont: (info as { cont?: boolean }).cont === true,
    weak: info.weak === true,
  };
}

/** A currency marker (symbol, code, name, "US$"-style prefix) starting at token `i`. */
export function markerAt(c: GrammarContext, i: number, role: 'prefix' | 'suffix'): Marker | undefined {
  const T = c.toks;
  const t = T[i];
  if (!t) return undefined;
  if (t.k === 'cur') return nameAt(c, i, role);
  if (t.k === 'punct') {
    const sym = SYMBOL_SET.has(t.t) ? SYMBOLS[t.t] : undefined;
    if (!sym) return undefined;
    const m: Marker = {
      s: t.s,
      e: t.e,
      next: i + 1,
      code: sym.code,
      family: sym.family,
      form: 'symbol',
      sub: SUBUNIT_SYMBOLS[t.t],
    };
    if (m.sub) m.unit = 'cent';
    if (t.t === '$' || t.t === '＄') {
      const q = T[i + 1];
      const code =
        q && q.k === 'word' && !q.nl && Object.hasOwn(DOLLAR_SUFFIXES, q.low) ? DOLLAR_SUFFIXES[q.low] : undefined;
      if (q && code) {
        const after = T[i + 2];
        const clean = !after || after.s > q.e || (after.k === 'punct' && after.t !== "'" && after.t !== '’');
        const gluedQ = glued(t, q);
        if (clean && ((gluedQ && (q.low.length >= 2 || role === 'suffix')) || (!gluedQ && role === 'suffix'))) {
          m.code = code;
          m.family = undefined;
          m.e = q.e;
          m.next = i + 2;
        }
      }
    }
    return m;
  }
  if (t.k !== 'word') return undefined;
  const low = t.low;
  const nx = T[i + 1];
  // "US$", "HK$", "A$", "usd$", "Mex$", "hk $", "U$D"
  if (nx && (nx.t === '$' || nx.t === '＄') && !nx.nl) {
    const code = DOLLAR_PREFIX_SET.has(low) ? DOLLAR_PREFIXES[low] : undefined;
    const g = glued(t, nx);
    if (code && (g || SPACED_DOLLAR_PREFIXES.includes(low))) {
      const m: Marker = { s: t.s, e: nx.e, next: i + 2, code, form: 'symbol' };
      const tail = T[i + 2];
      if (low === 'u' && tail && tail.k === 'word' && glued(nx, tail) && (tail.low === 'd' || tail.low === 's')) {
        m.e = tail.e;
        m.next = i + 3;
      }
      return m;
    }
  }
  // "u.s $", "U.S.$"
  if (low === 'u' || low === 'यू') {
    const adj = adjectiveAt(c, i);
    const d = adj ? T[adj.next] : undefined;
    if (adj && d && (d.t === '$' || d.t === '＄') && !d.nl && d.s - T[adj.next - 1]!.e <= 1) {
      return { s: t.s, e: d.e, next: adj.next + 1, code: 'USD', form: 'symbol' };
    }
  }
  // "MUSD", "MEUR", "kSEK"
  if (t.t.length === 4 && (t.t[0] === 'M' || t.t[0] === 'k' || t.t[0] === 'K' || t.t[0] === 'T')) {
    const rest = t.t.slice(1);
    const code = isUpper(rest) ? codeOf(rest) : undefined;
    if (code) return { s: t.s, e: t.e, next: i + 1, code, form: 'code', scale: t.t[0] === 'M' ? 1e6 : 1e3 };
  }
  // ISO codes
  if (t.t.length === 3) {
    const code = codeOf(t.t);
    if (code) {
      const m: Marker = { s: t.s, e: t.e, next: i + 1, code, form: 'code' };
      if (WORD_LIKE_SET.has(code)) m.wordLike = true;
      return m;
    }
  }
  // letter symbols: "kr", "Rs.", "R", "zł", "Fr."
  const ls = !LETTER_SYMBOL_WORDS.has(low.replace('.', ''))
    ? undefined
    : Object.hasOwn(LETTER_SYMBOLS, t.t)
      ? LETTER_SYMBOLS[t.t]
      : Object.hasOwn(LETTER_SYMBOLS, low) && !LETTER_SYMBOLS[low]!.caseSensitive
        ? LETTER_SYMBOLS[low]
        : undefined;
  if (ls) {
    const m: Marker = { s: t.s, e: t.e, next: i + 1, code: ls.code, family: ls.family, form: 'symbol' };
    if (nx && nx.t === '.' && glued(t, nx)) {
      m.e = nx.e;
      m.next = i + 2;
    }
    if (t.t === 'R' && !(T[m.next]?.k === 'num')) return undefined;
    const after = T[m.next];
    if (after && glued(T[m.next - 1], after) && after.k === 'punct' && after.t === '-') return undefined; // "RS-25"
    if (role === 'suffix' && !SUFFIX_LETTER_SYMBOLS.includes(t.t) && !SUFFIX_LETTER_SYMBOLS.includes(low))
      return undefined;
    return m;
  }
  return nameAt(c, i, role);
}

function compatible(a: Marker, b: Marker): boolean {
  if (a.code && b.code) return a.code === b.code;
  const fa = a.family ?? (a.code ? CODE_FAMILY[a.code] : undefined);
  const fb = b.family ?? (b.code ? CODE_FAMILY[b.code] : undefined);
  if (fa && fb && fa === fb) return true;
  // cents of a dollar or a euro
  if (b.sub && (b.family === 'cent' || b.family === 'centavo' || b.family === 'centime' || b.family === 'penny'))
    return true;
  if (a.code === 'EUR' && b.family === 'cent') return true;
  return false;
}

/** The scale a word gives after a number, or 0. */
function scaleOf(c: GrammarContext, t: Tok, prev: Tok): number {
  if (t.k === 'numw') return t.nk === 'large' ? t.nv! : 0;
  if (t.k !== 'word' || t.nl) return 0;
  const isGlued = glued(prev, t);
  let v = (Object.hasOwn(CASED_SCALES, t.t) ? CASED_SCALES[t.t] : undefined) ?? SCALE_MAP.get(t.low);
  if (v === undefined) return 0;
  if (SHORT_SCALE_SET.has(t.t) || SHORT_SCALE_SET.has(t.low)) {
    const spacedOk = SPACED_SHORT_SCALES.has(t.t);
    if (!isGlued && !spacedOk) return 0;
    if (t.t.length === 1 && !isGlued) return 0;
  }
  const only = Object.hasOwn(LANGUAGE_ONLY_SCALES, t.low) ? LANGUAGE_ONLY_SCALES[t.low] : undefined;
  if (t.low === 'mil') {
    if (c.lang === 'es' || c.lang === 'pt' || c.lang === 'ca') return 1e3;
    return c.lang === '' || c.lang === 'en' ? 1e6 : 0;
  }
  if (only && !(c.lang === '' ? only.includes('en') : only.includes(c.lang))) return 0;
  if ((t.low === 'billion' || t.low === 'billions') && LONG_SCALE_LANGUAGES.includes(c.lang)) v = 1e12;
  return v;
}

/** A number word of the text's language, a compound of one, or undefined. */
function numberWord(c: GrammarContext, t: Tok): NumberItem[] | undefined {
  if (t.k === 'numw') return [{ value: t.nv!, kind: t.nk! }];
  if (t.k !== 'word') return undefined;
  const w = c.words.get(t.low);
  if (w) return [w];
  if (t.low.length >= 6 && Object.hasOwn(COMPOUND_LANGUAGES, c.lang)) return splitCompound(t.low, c.lang) ?? undefined;
  return undefined;
}

const ARTICLES = new Set(['a', 'an']);
const WEIGHT_SET: ReadonlySet<string> = new Set(WEIGHT_WORDS);
const POUND_WORDS: ReadonlySet<string> = new Set(['pound', 'pounds', 'lb', 'lbs']);

/** "a 10-pound baby", "lost 25 pounds", "5,200 pounds of water": pounds of weight, not money. */
function isWeight(c: GrammarContext, start: number, m: Marker): boolean {
  const T = c.toks;
  const head = T[m.next - 1];
  if (!head || !POUND_WORDS.has(head.low)) return false;
  const before = T[m.next - 2];
  if (before?.t === '-' && glued(before, head)) return true;
  const after = T[m.next];
  if (after && after.k === 'word' && after.low === 'of') return true;
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    const w = T[k]!;
    if (w.k === 'word' && WEIGHT_SET.has(w.low)) return true;
  }
  return false;
}

/** "500" or "234,56": a thousands group written after a space, possibly with decimals. */
function threeDigitGroup(t: string): boolean {
  if (t.length < 3) return false;
  for (let i = 0; i < 3; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  if (t.length === 3) return true;
  const sep = t[3];
  if (sep !== ',' && sep !== '.') return false;
  for (let i = 4; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return t.length > 4;
}

/** A quantity (digits, number words, scales) starting at token `i`. */
function quantityAt(c: GrammarContext, i: number, noScale = false): Quantity | undefined {
  const T = c.toks;
  const items: NumberItem[] = [];
  let j = i;
  let digits = false;
  let spelled = false;
  let integer = true;
  let plain = true;
  let lead = 0;
  let lastWasDigits = false;
  let scaleMul = 1;
  const first = T[i];
  if (!first) return undefined;
  // "a billion", "a quarter million"
  if (first.k === 'word' && ARTICLES.has(first.low) && (c.lang === '' || c.lang === 'en')) {
    const nx = T[i + 1];
    const w = nx ? numberWord(c, nx) : undefined;
    if (!w || !(w[0]!.kind === 'large' || w[0]!.kind === 'fraction')) return undefined;
    items.push({ value: 1, kind: 'unit' });
    spelled = true;
    j = i + 1;
  }
  while (j < T.length) {
    const t = T[j]!;
    if (items.length > 0 && t.nl) break;
    if (t.k === 'num') {
      if (lastWasDigits || (spelled && !digits && items.length > 0)) break;
      let d = readDigits(t.t, c.decimal);
      if (!d) break;
      let end = t.e;
      let k = j + 1;
      // "12 500 EUR": thin-space or space thousands groups
      while (d.plain && d.lead <= 3 && d.value > 0) {
        const g = T[k];
        if (g?.k !== 'num' || g.s - end !== 1 || g.nl || !threeDigitGroup(g.t)) break;
        const gd = readDigits(g.t, c.decimal === null && g.t.length > 3 ? ',' : c.decimal);
        const after = T[k + 1];
        if (!gd || (after?.k === 'num' && after.s - g.e === 1)) break;
        d = { value: tidy(d.value * 1000 + gd.value), integer: gd.integer, plain: gd.plain, lead: d.lead + 3 };
        end = g.e;
        k += 1;
      }
      items.push({ value: d.value, kind: 'unit' });
      digits = true;
      integer = d.integer;
      plain = d.plain;
      lead = d.lead;
      lastWasDigits = true;
      scaleMul = 1;
      j = k;
      continue;
    }
    const prev = T[j - 1]!;
    if (items.length > 0 && !noScale) {
      const sc = scaleOf(c, t, prev);
      if (sc > 0) {
        items.push({ value: sc, kind: 'large' });
        scaleMul *= sc;
        plain = false;
        lastWasDigits = false;
        j += 1;
        // "Mio. Euro", "Mrd. Dollar", "Rs 5 cr. in": the abbreviation's dot, when a currency follows
        const dot = T[j];
        if (
          dot?.t === '.' &&
          glued(t, dot) &&
          ABBREVIATIONS.has(t.low) &&
          T[j + 1] &&
          !T[j + 1]!.nl &&
          markerAt(c, j + 1, 'suffix')
        )
          j += 1;
        continue;
      }
    }
    // "half a million"
    if (t.k === 'word' && ARTICLES.has(t.low) && items.length > 0 && items[items.length - 1]!.kind === 'fraction') {
      const nx = T[j + 1];
      const nw = nx ? numberWord(c, nx) : undefined;
      if (nw && nw[0]!.kind === 'large') {
        j += 1;
        continue;
      }
    }
    const w = numberWord(c, t);
    if (w) {
      const kind = w[0]!.kind;
      if (items.length === 0 && kind === 'large' && t.k !== 'numw') break;
      if (lastWasDigits && kind === 'unit') break;
      if (noScale && kind === 'large') break;
      // "50 cents", "quarante-cinq cents": a multiplier that is also a currency name, at the end
      if (
        kind === 'small' &&
        t.k === 'word' &&
        NAME_MAP.has(t.low) &&
        (digits || !T[j + 1] || !numberWord(c, T[j + 1]!))
      )
        break;
      if (digits && t.k === 'word' && kind !== 'small' && kind !== 'large') break;
      for (const x of w) items.push(x);
      if (kind === 'large') scaleMul *= w[0]!.value;
      else scaleMul = 1;
      if (t.k === 'word') spelled = true;
      lastWasDigits = false;
      plain = plain && t.k !== 'word';
      j += 1;
      continue;
    }
    // "forty-five", "one hundred and five", "treinta y cinco"
    if (items.length > 0 && spelled && !digits && (t.t === '-' || (t.k === 'word' && AND_SET.has(t.low)))) {
      const nx = T[j + 1];
      const nw = nx ? numberWord(c, nx) : undefined;
      const lastItem = items[items.length - 1]!;
      const andOk =
        t.t === '-' ||
        lastItem.kind === 'small' ||
        lastItem.kind === 'large' ||
        (lastItem.value >= 20 &&
          lastItem.value < 100 &&
          lastItem.value % 10 === 0 &&
          nw !== undefined &&
          nw[0]!.value < 10);
      if (nw && andOk && nx!.k === 'word' && (t.t !== '-' || glued(t, nx))) {
        j += 1;
        continue;
      }
    }
    break;
  }
  if (items.length === 0) return undefined;
  c.lastQuantityEnd = j;
  const last = T[j - 1]!;
  const value = evaluate(items);
  if (!Number.isFinite(value)) return undefined;
  return { value, s: first.s, e: last.e, next: j, digits, spelled, integer, plain, lead, scaleMul };
}

function isMinus(t: Tok | undefined): boolean {
  return t !== undefined && t.k === 'punct' && MINUS.has(t.t);
}

interface Cents {
  add: number;
  next: number;
  e: number;
  sub: number;
}

/** "15 dollars 50", "3 euros con 99 céntimos", "五元三毛", "10円5銭": the minor part after a major unit. */
function centsAt(
  c: GrammarContext,
  j: number,
  major: Marker,
  factor: number,
  viaPrefix: boolean,
  integer: boolean,
  afterMinor = false,
): Cents | undefined {
  const T = c.toks;
  let k = j;
  let usedAnd = false;
  const t = T[k];
  if (!t || t.nl) return undefined;
  if (t.k === 'word' && AND_SET.has(t.low)) {
    usedAnd = true;
    k += 1;
  }
  const qt = T[k];
  if (!qt || qt.nl) return undefined;
  const q = quantityAt(c, k, true);
  if (!q?.integer || q.value <= 0 || q.value >= 100 || q.scaleMul !== 1) return undefined;
  const m = markerAt(c, q.next, 'suffix');
  if (m) {
    if (m.sub && !m.scale && compatible(major, m)) return { add: q.value * m.sub, next: m.next, e: m.e, sub: m.sub };
    return undefined;
  }
  if (!integer) return undefined;
  const nt = T[q.next];
  if (nt && glued(T[q.next - 1], nt) && nt.k === 'word' && nt.t.charCodeAt(0) < 0x1100) return undefined;
  if (nt && !nt.nl && scaleOf(c, nt, T[q.next - 1]!) > 0) return undefined;
  const endish = !nt || nt.nl || (nt.k === 'punct' && !SYMBOL_SET.has(nt.t) && !DASHES.has(nt.t) && nt.t !== '%');
  const twoDigits = q.digits && q.e - q.s === 2;
  const andAfter = nt !== undefined && nt.k === 'word' && AND_SET.has(nt.low);
  if (viaPrefix) {
    if (!usedAnd || !(q.spelled || endish)) return undefined;
  } else if (q.spelled && qt.k === 'word') {
    if (!(endish || usedAnd || afterMinor)) return undefined;
  } else if (!(endish || twoDigits || (usedAnd && andAfter) || qt.k === 'numw')) return undefined;
  if (
    nt &&
    (nt.t === '%' || (nt.k === 'punct' && nt.t === '.' && T[q.next + 1]?.k === 'num' && glued(nt, T[q.next + 1])))
  ) {
    return undefined;
  }
  return { add: q.value * factor, next: q.next, e: q.e, sub: factor };
}

/** Parses one mention starting at token `i`; returns it and the index after it. */
export function mentionAt(c: GrammarContext, i: number): { m: RawMention; next: number } | undefined {
  const T = c.toks;
  let j = i;
  let negative = false;
  const t0 = T[i];
  if (!t0) return undefined;
  const prevTok = T[i - 1];
  if (
    isMinus(t0) &&
    glued(t0, T[i + 1]) &&
    !(prevTok && glued(prevTok, t0) && (prevTok.k === 'num' || prevTok.k === 'word'))
  ) {
    negative = true;
    j += 1;
  }
  let prefix = markerAt(c, j, 'prefix');
  if (prefix) {
    if (prefix.cont || prefix.weak) prefix = undefined;
    else if (prefix.form === 'name' && prefix.sub) prefix = undefined;
  }
  if (prefix) {
    j = prefix.next;
    if (isMinus(T[j]) && glued(T[j], T[j + 1]) && T[j + 1]?.k === 'num') {
      negative = true;
      j += 1;
    }
  } else if (negative) return undefined;
  c.lastQuantityEnd = 0;
  const q1 = quantityAt(c, j);
  if (j === i) c.skipTo = q1 ? q1.next : c.lastQuantityEnd;
  if (!q1) return undefined;
  if (prefix?.form === 'name' && !q1.digits) return undefined;
  if (prefix && T[j] && T[j]!.nl) return undefined;
  let k = q1.next;
  let value = q1.value as number | { min: number; max: number };
  let suffix: Marker | undefined;
  let rangeEnd: { e: number; value: number } | undefined;
  /** Scale of the last number read: a range's second one carries it in "5 à 6 millions de dollars". */
  let endScale = q1.scaleMul;

  // a range right after the first number: "$5-6 million", "5 to 6 million dollars", "€2bn-€3bn"
  const tryRange = (): void => {
    const conn = T[k];
    if (!conn || conn.nl) return;
    const before = T[i - 1];
    // "from $5 to $6" is two amounts; "de 5 a 6 millones de dólares" (no marker on the first) is one range
    const fromBefore = prefix !== undefined && before?.k === 'word' && FROM_SET.has(before.low);
    const betweenBefore =
      (before?.k === 'word' && BETWEEN_SET.has(before.low)) ||
      (T[i - 2]?.k === 'word' && BETWEEN_SET.has(T[i - 2]!.low) && (before?.k === 'word' || before?.k === 'punct'));
    let isConn = false;
    if (conn.k === 'punct' && DASHES.has(conn.t)) isConn = true;
    else if (conn.k === 'word') {
      if (RANGE_SET.has(conn.low) && !fromBefore) {
        isConn = conn.low !== 'a' || c.lang === 'es' || c.lang === 'pt' || c.lang === 'it' || c.lang === 'ca';
      } else if (betweenBefore && AND_SET.has(conn.low)) isConn = true;
    }
    if (!isConn) return;
    let p = k + 1;
    if (prefix) {
      const p2 = markerAt(c, p, 'prefix');
      if (p2) {
        if (!compatible(prefix, p2)) return;
        p = p2.next;
      }
    }
    const q2 = quantityAt(c, p);
    if (!q2) return;
    let v1 = q1.value;
    if (q1.scaleMul === 1 && q2.scaleMul !== 1 && q1.digits === q2.digits) v1 = tidy(v1 * q2.scaleMul);
    if (!(v1 < q2.value)) return;
    // "5-6" alone needs a currency on one side
    value = { min: v1, max: q2.value };
    rangeEnd = { e: q2.e, value: q2.value };
    endScale = q2.scaleMul;
    k = q2.next;
  };
  tryRange();

  // suffix marker, possibly after "de"/"di"/"of" when a scale word was written ("millions de dollars",
  // "5 à 6 millions de dollars": the range's second number carries the scale)
  {
    let p = k;
    const g = T[p];
    if (g && g.k === 'word' && GLUE_SET.has(g.low) && endScale !== 1 && !g.nl) {
      p += 1;
      if (g.low === 'd' && (T[p]?.t === "'" || T[p]?.t === '’')) p += 1;
    } else if (
      g &&
      g.k === 'punct' &&
      g.t === '-' &&
      glued(T[p - 1], g) &&
      T[p + 1]?.k === 'word' &&
      glued(g, T[p + 1])
    ) {
      p += 1; // "12-cent", "one-yen", "siebenhundert-Euro"
    } else if (g && g.k === 'word' && COUNTERS.has(g.t)) p += 1;
    const m = markerAt(c, p, 'suffix');
    if (m && !(m.cont && !prefix)) {
      let ok = true;
      if (T[p]!.nl) ok = false;
      // "3 USD50": the code belongs to the number glued after it
      const after = T[m.next];
      if (ok && after && after.k === 'num' && glued(T[m.next - 1], after) && !glued(T[k - 1], T[p])) ok = false;
      if (ok && prefix && after && after.k === 'num' && m.form === 'symbol') ok = false;
      if (ok && prefix && !compatible(prefix, m)) ok = false;
      if (ok && m.wordLike && !isUpper(T[p]!.t)) ok = false;
      if (ok && m.weak && !q1.digits) ok = false;
      if (ok) {
        suffix = m;
        k = m.next;
      }
    }
  }
  // glued sub-unit letters: "30p", "99c"
  if (!suffix && q1.digits && q1.scaleMul === 1) {
    const g = T[k];
    const info =
      g && g.k === 'word' && glued(T[k - 1], g) && (g.t === 'p' || g.t === 'c') ? GLUED_SUBUNITS[g.t] : undefined;
    const after = T[k + 1];
    const gluedAfter = after !== undefined && glued(g, after) && after.k !== 'punct';
    if (info && g && !gluedAfter && !(g.t === 'p' && q1.plain && NOT_PENCE.includes(q1.value)) && q1.value < 100000) {
      suffix = {
        s: g.s,
        e: g.e,
        next: k + 1,
        code: info.code,
        family: info.family,
        form: 'symbol',
        sub: info.sub,
        unit: g.t === 'p' ? 'pence' : 'cent',
      };
      k += 1;
    }
  }
  if (!prefix && !suffix) return undefined;
  if (suffix && suffix.form === 'name' && !prefix && isWeight(c, i, suffix)) return undefined;
  const major = suffix && !suffix.sub ? suffix : (prefix ?? suffix)!;

  // guards against words that look like codes and numbers that are not amounts
  if (prefix?.wordLike) {
    if (!isUpper(T[prefix.next - 1]!.t)) return undefined;
    const nt = T[q1.next];
    if (glued(T[prefix.next - 1], T[prefix.next])) return undefined;
    if (q1.plain && (nt === undefined || nt.k === 'word')) return undefined;
  }
  if (prefix?.form === 'name' && !suffix && q1.plain && q1.value >= 1800 && q1.value <= 2100) return undefined;
  if (!prefix && suffix?.form === 'name' && q1.plain && q1.value >= 1800 && q1.value <= 2100 && T[i - 1]?.low === 'in')
    return undefined;

  // "75 USD million": a scale after the code
  let scale = 1;
  {
    const sm = T[k];
    if (suffix && suffix.form === 'code' && sm && q1.scaleMul === 1 && !rangeEnd) {
      const sc = scaleOf(c, sm, T[k - 1]!);
      if (sc > 0) {
        scale = sc;
        k += 1;
      }
    }
    // "8亿元人民币", "$ 10 dollars" (a second marker of the same currency)
    const again = markerAt(c, k, 'suffix');
    if (again && suffix && !again.sub && compatible(suffix, again) && !T[k]!.nl && T[k]!.k === 'cur') {
      k = again.next;
      if (again.code && !suffix.code) suffix = again;
    }
  }
  const markerScale = (prefix?.scale ?? 1) * (suffix?.scale ?? 1) * scale;
  let sub = suffix?.sub;
  let unit = suffix?.unit;
  if (prefix?.sub && !suffix) {
    sub = prefix.sub;
    unit = prefix.unit;
  }
  let e = T[k - 1]!.e;
  if (typeof value === 'number') {
    value = tidy(value * markerScale * (sub ?? 1));
    // the minor part: "15 dollars 50", "五元三毛", "10円5銭"
    if (q1.scaleMul === 1 && markerScale === 1 && !rangeEnd) {
      const code = major.code;
      let factor = sub ?? 1;
      let integer = q1.integer;
      for (let round = 0; round < 2; round++) {
        if (!(factor === 1 || (factor === 0.1 && code && TENTH_SUBUNITS.includes(code)))) break;
        const next = factor === 1 ? (code && TENTH_SUBUNITS.includes(code) ? 0.1 : 0.01) : factor / 10;
        const ct = centsAt(c, k, major, next, !suffix, integer, round > 0);
        if (!ct) break;
        value = tidy(value + ct.add);
        k = ct.next;
        e = ct.e;
        factor = ct.sub;
        integer = true;
        if (sub) {
          sub = undefined;
          unit = undefined;
        }
        if (ct.sub > 0.01 && code && TENTH_SUBUNITS.includes(code)) continue;
        if (factor >= 0.01 && !(code && TENTH_SUBUNITS.includes(code))) break;
      }
    }
  } else {
    const mul = markerScale * (sub ?? 1);
    value = { min: tidy(value.min * mul), max: tidy(value.max * mul) };
  }
  if (suffix?.sub && prefix && !prefix.sub) {
    // "£30p": the sub-unit decides
  }
  const s = negative ? t0.s : (prefix?.s ?? q1.s);
  const cur = major.sub && prefix && !prefix.sub ? prefix : major;
  return {
    m: {
      s: Math.min(s, prefix?.s ?? s),
      e,
      value,
      code:
        cur.code ??
        (suffix?.code && !suffix.sub ? suffix.code : undefined) ??
        (prefix?.code && !prefix.sub ? prefix.code : undefined),
      family: cur.family,
      form: prefix?.code ? prefix.form : cur.form,
      negative,
      unit: sub ? unit : undefined,
    },
    next: k,
  };
}

/** Could a mention start at this token? Cheap pre-check before {@link mentionAt}. */
export function mayStart(c: GrammarContext, i: number): boolean {
  const T = c.toks;
  const t = T[i]!;
  if (t.k === 'num' || t.k === 'numw' || t.k === 'cur') return true;
  if (t.k === 'punct') {
    if (SYMBOL_SET.has(t.t)) return true;
    if (!MINUS.has(t.t)) return false;
    const nx = T[i + 1];
    return nx !== undefined && glued(t, nx) && (nx.k === 'num' || SYMBOL_SET.has(nx.t) || nx.k === 'word');
  }
  const low = t.low;
  if (NAME_MAP.has(low) || c.words.has(low) || ADJ_MAP.has(low) || ADJ_FIRST.has(low)) return true;
  if (ARTICLES.has(low)) return c.lang === '' || c.lang === 'en';
  const len = t.t.length;
  if ((len === 3 && CODE_WORDS.has(low)) || (len === 4 && CODE_WORDS.has(low.slice(1)))) return true;
  if (LETTER_SYMBOL_WORDS.has(low)) return true;
  const nx = T[i + 1];
  if (nx?.k === 'punct' && (nx.t === '$' || nx.t === '＄') && (DOLLAR_PREFIX_SET.has(low) || low === 'u')) return true;
  if (low === 'u' || low === 'यू') return true;
  if (SUFFIXING_LANGUAGES.has(c.lang) && len > 3 && nameByPrefix(low)) return true;
  if (len >= 6 && (c.lang === 'de' || c.lang === 'nl' || c.lang === 'sv' || c.lang === 'it')) {
    const nw = T[i + 1];
    return nw !== undefined && (nw.k === 'word' || nw.k === 'punct');
  }
  return false;
}

/** "Australian dollars" anywhere in the text: a cue for the bare "$" around it. */
export function cueAt(c: GrammarContext, i: number): TextCue | undefined {
  const t = c.toks[i]!;
  if (t.k !== 'word' || !(ADJ_MAP.has(t.low) || ADJ_FIRST.has(t.low) || NAME_MAP.has(t.low))) return undefined;
  const m = nameAt(c, i);
  if (!m?.code || m.sub) return undefined;
  const family = CODE_FAMILY[m.code];
  if (!family) return undefined;
  const info = NAME_MAP.get(c.toks[i]!.low);
  if (info?.code) return undefined;
  return { at: m.s, code: m.code, family };
}
