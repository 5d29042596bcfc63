import { CODE_FAMILY, COUNTRY_CURRENCY, EUROZONE, FAMILY_CANDIDATES, type Family } from '../data/currencies';
import type { RateTable } from '../data/rates';
import { COUNTRY_CODE, HOST, LANGUAGE_SEPARATOR } from '../patterns';
import type { Evidence } from '../types';
import type { DemonymCue, RawMention, TextCue } from './grammar';

/** Country-code top-level domains that are not about a country in news use (.co, .io, .tv, .ai ...). */
const GENERIC_CCTLDS = new Set([
  'co',
  'io',
  'tv',
  'ai',
  'me',
  'fm',
  'ly',
  'gg',
  'cc',
  'ws',
  'to',
  'am',
  'la',
  'so',
  'eu',
]);

/** Languages whose speakers are, without anything else said, in one country for the purpose of "kr" or "¥". */
const LANGUAGE_COUNTRY: Record<string, string> = {
  ja: 'JP',
  zh: 'CN',
  sv: 'SE',
  nb: 'NO',
  nn: 'NO',
  no: 'NO',
  da: 'DK',
  is: 'IS',
  ko: 'KR',
  hi: 'IN',
  tr: 'TR',
  ru: 'RU',
  pl: 'PL',
  cs: 'CZ',
  hu: 'HU',
  th: 'TH',
  he: 'IL',
};

/**
 * The page's country: the `country` option, else the URL's country domain (.com.au -> AU,
 * .co.uk -> GB), else the language tag's region ("en-AU").
 */
export function pageCountry(
  url: string | undefined,
  country: string | undefined,
  language: string | undefined,
): string | undefined {
  if (country && COUNTRY_CODE.test(country)) return country.toUpperCase();
  if (url) {
    let host: string | undefined;
    try {
      host = new URL(url).hostname;
    } catch {
      host = HOST.exec(url.slice(0, 2048))?.[1];
    }
    const tld = host?.toLowerCase().split('.').pop();
    if (tld && tld.length === 2 && !GENERIC_CCTLDS.has(tld)) return tld === 'uk' ? 'GB' : tld.toUpperCase();
  }
  if (language) {
    const parts = language.split(LANGUAGE_SEPARATOR);
    const region = parts.find((p, i) => i > 0 && p.length === 2);
    if (region) return region.toUpperCase();
  }
  return undefined;
}

/** The currency a country's readers mean by a name of `family`, if it is one of the family. */
function countryCurrency(country: string | undefined, family: Family): string | undefined {
  if (!country) return undefined;
  if (family === 'cent' || family === 'centime') {
    if (EUROZONE.includes(country)) return 'EUR';
  }
  const code = COUNTRY_CURRENCY[country] ?? (EUROZONE.includes(country) ? 'EUR' : undefined);
  if (!code) return undefined;
  return FAMILY_CANDIDATES[family].includes(code) ? code : undefined;
}

/** Words that open a restatement: "(", ", or", "soit", "oder". */
const GAP_OPENERS = new Set([
  '(',
  '[',
  'or',
  'soit',
  'oder',
  'o',
  'ou',
  'of',
  '/',
  '=',
  'equivalent to',
  'the equivalent of',
  'about',
  'roughly',
]);
/** Words allowed after the opener: "(about $5m)", "(US$5m)". */
const GAP_QUALIFIERS = new Set([
  '',
  'about',
  'around',
  'approx.',
  'approx',
  'approximately',
  'roughly',
  'some',
  'nearly',
  'almost',
  'or',
  'c.',
  'ca.',
  '~',
  'environ',
  'etwa',
  'rund',
  'circa',
  'cerca de',
  'alrededor de',
  'ongeveer',
  'cirka',
  'us',
  'usd',
]);

/**
 * Is the text between two amounts one that makes the second restate the first? "HK$4.35 billion
 * ($840 million)", "€2bn (about $2.2bn)", "£5m, or about $6.3m". Read by hand, no regex.
 */
export function isConversionGap(gap: string): boolean {
  if (gap.length > 40) return false;
  let s = '';
  let space = true;
  for (const ch of gap.toLowerCase()) {
    if (ch === ',') continue;
    const isSpace = ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00a0';
    if (isSpace) {
      if (!space) s += ' ';
      space = true;
    } else {
      if ((ch === '(' || ch === '[') && !space) s += ' ';
      s += ch;
      space = ch === '(' || ch === '[';
      if (space) s += ' ';
    }
  }
  s = s.trim();
  if (s === '') return false;
  for (const opener of GAP_OPENERS) {
    if (s === opener) return true;
    if (s.startsWith(`${opener} `) && GAP_QUALIFIERS.has(s.slice(opener.length + 1))) return true;
  }
  return false;
}

export interface Resolved {
  currency: string | null;
  candidates: string[];
  evidence: Evidence;
  equivalentOf?: number;
}

/** Converts `value` from one currency to another with `rates`, or undefined when a rate is missing. */
export function convertValue(value: number, from: string, to: string, rates: RateTable): number | undefined {
  if (from === to) return value;
  const a = from === rates.base ? 1 : rates.rates[from];
  const b = to === rates.base ? 1 : rates.rates[to];
  if (!a || !b) return undefined;
  return (value / a) * b;
}

function amount(v: RawMention['value']): number {
  return typeof v === 'number' ? v : (v.min + v.max) / 2;
}

/**
 * Decides every ambiguous currency: explicit markers are kept; then nearby text
 * ("Australian dollars" within 400 characters), then a conversion in parentheses that fits one
 * candidate at the rates, then the page (country, URL, language); else null with ranked candidates.
 */
export function resolve(
  text: string,
  raw: readonly RawMention[],
  cues: readonly TextCue[],
  demonyms: readonly DemonymCue[],
  page: { country: string | undefined; lang: string },
  rates: RateTable,
): Resolved[] {
  const out: Resolved[] = raw.map((m) =>
    m.code
      ? { currency: m.code, candidates: [m.code], evidence: m.form as Evidence }
      : {
          currency: null,
          candidates: [...(m.family ? FAMILY_CANDIDATES[m.family] : [])],
          evidence: 'none' as Evidence,
        },
  );
  // conversions: "HK$4.35 billion ($840 million)"
  for (let i = 1; i < raw.length; i++) {
    const a = raw[i - 1]!;
    const b = raw[i]!;
    if (b.s - a.e > 40) continue;
    if (!isConversionGap(text.slice(a.e, b.s))) continue;
    out[i]!.equivalentOf = i - 1;
  }
  const langCountry = LANGUAGE_COUNTRY[page.lang];
  const restatedBy = new Map<number, number>();
  for (let i = 0; i < out.length; i++) {
    const eq = out[i]!.equivalentOf;
    if (eq !== undefined && !restatedBy.has(eq)) restatedBy.set(eq, i);
  }
  // cues are in text order: walk a window of them with two pointers as mentions advance
  let lo = 0;
  for (let i = 0; i < raw.length; i++) {
    const m = raw[i]!;
    const r = out[i]!;
    while (lo < cues.length && cues[lo]!.at < m.s - 400) lo += 1;
    if (r.currency || !m.family) continue;
    const family: Family = m.family;
    // 1. nearby text
    let best: TextCue | undefined;
    let bestD = 401;
    for (let q = lo; q < cues.length && cues[q]!.at <= m.s + 400; q++) {
      const cue = cues[q]!;
      const fam = CODE_FAMILY[cue.code];
      const fits = fam === family || (family === 'cent' && FAMILY_CANDIDATES.cent.includes(cue.code));
      if (!fits) continue;
      const d = Math.abs(cue.at - m.s);
      if (d < bestD) {
        best = cue;
        bestD = d;
      }
    }
    if (best && r.candidates.includes(best.code)) {
      decide(r, best.code, 'text');
      continue;
    }
    // 2. a conversion that fits
    const pairIndex = r.equivalentOf ?? restatedBy.get(i);
    const pair = pairIndex === undefined ? undefined : out[pairIndex];
    const pairRaw = pairIndex === undefined ? undefined : raw[pairIndex];
    if (pair?.currency && pairRaw) {
      const fits: { code: string; err: number }[] = [];
      for (const code of r.candidates) {
        const expected = convertValue(amount(pairRaw.value), pair.currency, code, rates);
        if (!expected) continue;
        const err = Math.abs(Math.log(amount(m.value) / expected));
        fits.push({ code, err });
      }
      fits.sort((x, y) => x.err - y.err);
      const top = fits[0];
      if (top && top.err < Math.log(1.25) && (fits.length === 1 || fits[1]!.err > top.err + Math.log(1.05))) {
        decide(r, top.code, 'conversion');
        continue;
      }
    }
    // 3. a country adjective in the same sentence ("the Canadian miner ... $5bn")
    const demonym = sameSentenceDemonym(text, demonyms, m.s, family);
    if (demonym) {
      decide(r, demonym, 'text');
      continue;
    }
    // 4. the page
    const byPage = countryCurrency(page.country, family) ?? countryCurrency(langCountry, family);
    if (byPage) {
      decide(r, byPage, 'page');
    }
  }
  return out;
}

/** The currency of the nearest country adjective in the sentence around `at`, if it fits the family. */
function sameSentenceDemonym(
  text: string,
  demonyms: readonly DemonymCue[],
  at: number,
  family: Family,
): string | undefined {
  let lo = 0;
  let hi = demonyms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (demonyms[mid]!.at < at - 100) lo = mid + 1;
    else hi = mid;
  }
  let best: string | undefined;
  let bestD = 101;
  for (let q = lo; q < demonyms.length && demonyms[q]!.at <= at + 100; q++) {
    const d = demonyms[q]!;
    const code = countryCurrency(d.country, family);
    if (!code) continue;
    const a = Math.min(d.at, at);
    const b = Math.max(d.at, at);
    if (crossesSentence(text, a, b)) continue;
    if (b - a < bestD) {
      best = code;
      bestD = b - a;
    }
  }
  return best;
}

/** Does a sentence end (". ", "! ", "? ", a line break) lie between `a` and `b`? */
function crossesSentence(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if ((c === 46 || c === 33 || c === 63) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) {
      const prev = text.charCodeAt(i - 1);
      if (!(prev >= 65 && prev <= 90)) return true; // "U.S. " is not a sentence end
    }
  }
  return false;
}

function decide(r: Resolved, code: string, evidence: Evidence): void {
  r.currency = code;
  r.evidence = evidence;
  r.candidates = [code, ...r.candidates.filter((c) => c !== code)];
}
