import { assertString, PressroomError } from '@pressroom/core';
import { pickBundledRates } from './convert';
import { NEGATIVE_WORDS } from './data/words';
import { pageCountry, resolve } from './internal/context';
import {
  cueAt,
  type DemonymCue,
  demonymAt,
  type GrammarContext,
  mayStart,
  mentionAt,
  type RawMention,
  type TextCue,
} from './internal/grammar';
import { APPROX_LIST, numberWordsFor } from './internal/lexicon';
import { tokenize } from './internal/tokenize';
import { LANGUAGE_SEPARATOR, LETTER, LETTER_OR_DIGIT } from './patterns';
import type { FindMoneyOptions, Money } from './types';

/**
 * Default cap on the input length, in UTF-16 code units; raise it with `maxInputLength`.
 *
 * @example
 * findMoney(hugeText, { maxInputLength: 2 * DEFAULT_MAX_INPUT_LENGTH });
 */
export const DEFAULT_MAX_INPUT_LENGTH = 20_000_000;

/** Languages whose amounts use words the lexicon cannot list: compounds, case endings. */
const KEEP_WORDS = new Set(['de', 'nl', 'sv', 'it', 'tr', 'fi', 'hu']);

const COMMA_DECIMAL = new Set([
  'fr',
  'de',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'no',
  'nb',
  'nn',
  'fi',
  'pl',
  'cs',
  'sk',
  'tr',
  'ru',
  'uk',
  'ro',
  'hu',
  'el',
  'id',
  'vi',
  'ca',
  'hr',
  'sl',
  'bg',
  'lt',
  'lv',
  'et',
  'is',
]);
const DOT_DECIMAL = new Set(['en', 'hi', 'ja', 'zh', 'ko', 'th', 'he', 'ms', 'tl', 'ga', 'mt', 'ta', 'bn', 'ur']);

function decimalOf(language: string | undefined): '.' | ',' | null {
  if (!language) return null;
  const tag = language.toLowerCase();
  const lang = tag.split(LANGUAGE_SEPARATOR)[0] ?? '';
  if (tag === 'es-mx' || tag === 'es-us' || tag === 'pt-br' ? tag !== 'pt-br' : false) return '.';
  if (tag === 'de-ch' || tag === 'fr-ch' || tag === 'it-ch') return '.';
  if (COMMA_DECIMAL.has(lang)) return ',';
  if (DOT_DECIMAL.has(lang)) return '.';
  return null;
}

function checkOptions(options: FindMoneyOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      'findMoney options must be an object, e.g. { url, country, language }.',
    );
  }
  for (const key of ['url', 'country', 'date', 'language'] as const) {
    const v = options[key];
    if (v !== undefined && typeof v !== 'string') {
      throw new PressroomError(
        'PRESSROOM_INVALID_OPTION',
        `findMoney option \`${key}\` must be a string, got ${typeof v}.`,
      );
    }
  }
  const r = options.rates;
  if (
    r !== undefined &&
    (typeof r !== 'object' || r === null || typeof r.base !== 'string' || typeof r.rates !== 'object')
  ) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      'findMoney option `rates` must be { base: "USD", rates: { EUR: 0.92, ... } }.',
    );
  }
}

/** Approximation phrases by their last word ("more than" under "than"), longest first. */
const APPROX_BY_LAST = new Map<string, string[]>();
for (const w of APPROX_LIST) {
  const last = w.slice(w.lastIndexOf(' ') + 1);
  const list = APPROX_BY_LAST.get(last) ?? [];
  list.push(w);
  APPROX_BY_LAST.set(last, list);
}

/** The approximation word right before `s`, if any ("about", "more than"). */
function qualifierBefore(lower: string, s: number): string | undefined {
  let end = s;
  while (end > 0 && (lower.charCodeAt(end - 1) === 32 || lower.charCodeAt(end - 1) === 160 || lower[end - 1] === '('))
    end -= 1;
  let start = end;
  while (start > 0 && end - start < 24) {
    const ch = lower[start - 1]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '(' || ch === ',') break;
    start -= 1;
  }
  const list = APPROX_BY_LAST.get(lower.slice(start, end));
  if (!list) return undefined;
  const from = Math.max(0, end - 24);
  const window = lower.slice(from, end);
  for (const w of list) {
    if (!window.endsWith(w)) continue;
    const before = window.length - w.length - 1;
    const ch = before >= 0 ? window[before]! : from > 0 ? lower[from - 1]! : ' ';
    if (before < 0 && from === 0) return w;
    if (!LETTER_OR_DIGIT.test(ch)) return w;
  }
  return undefined;
}

function negativeWordBefore(lower: string, s: number): boolean {
  const window = lower.slice(Math.max(0, s - 12), s).trimEnd();
  return NEGATIVE_WORDS.some((w) => window.endsWith(w) && !LETTER.test(window[window.length - w.length - 1] ?? ' '));
}

/** Chunks end at a line break after this many characters (or a space, in one long line). */
const CHUNK = 65_536;

/** Where the chunk that starts at `from` ends: a line break (or a space) past {@link CHUNK} characters. */
function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK * 1.5) return text.length;
  const nl = text.indexOf('\n', from + CHUNK);
  if (nl >= 0 && nl - from < CHUNK * 2) return nl + 1;
  const sp = text.indexOf(' ', from + CHUNK);
  if (sp >= 0 && sp - from < CHUNK * 2) return sp + 1;
  return text.length;
}

/** Runs the grammar over one chunk's tokens, collecting mentions and text cues. */
function scanChunk(ctx: GrammarContext, raw: RawMention[], cues: TextCue[], demonyms: DemonymCue[]): void {
  const T = ctx.toks;
  for (let i = 0; i < T.length; ) {
    if (!mayStart(ctx, i)) {
      i += 1;
      continue;
    }
    ctx.skipTo = 0;
    const found = mentionAt(ctx, i);
    if (found) {
      raw.push(found.m);
      i = Math.max(found.next, i + 1);
      continue;
    }
    if (ctx.skipTo > i + 1) {
      i = ctx.skipTo;
      continue;
    }
    const cue = cueAt(ctx, i);
    if (cue) cues.push(cue);
    else {
      const d = demonymAt(ctx, i);
      if (d) demonyms.push(d);
    }
    i += 1;
  }
}

/**
 * Finds every sum of money in `text` and normalises it: ISO 4217 code, exact value in major
 * units, offsets, ranges, approximations, negatives, and the evidence that decided ambiguous
 * symbols. Never throws on a string (only on a non-string or options of the wrong type).
 *
 * @example
 * findMoney('Zhipu raised HK$4.35 billion ($840 million).', { url: 'https://www.itnews.com.au/news/x' });
 * // [ { text: 'HK$4.35 billion', currency: 'HKD', value: 4350000000, evidence: 'symbol', ... },
 * //   { text: '$840 million', currency: 'AUD', value: 840000000, evidence: 'conversion', equivalentOf: 0, ... } ]
 */
export function findMoney(text: string, options: FindMoneyOptions = {}): Money[] {
  checkOptions(options);
  assertString(text, {
    fn: 'findMoney',
    expected: 'a string of text',
    maxLength: options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH,
    maxLengthOption: 'maxInputLength',
  });
  const lang = (options.language ?? '').toLowerCase().split(LANGUAGE_SEPARATOR)[0] ?? '';
  const ctx: GrammarContext = {
    text,
    toks: [],
    lang,
    decimal: decimalOf(options.language),
    words: numberWordsFor(lang),
    skipTo: 0,
    lastQuantityEnd: 0,
  };
  // stage 1: mentions and text cues, left to right, a chunk of lines at a time (bounded memory)
  const raw: RawMention[] = [];
  const cues: TextCue[] = [];
  const demonyms: DemonymCue[] = [];
  const keep = KEEP_WORDS.has(lang);
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from);
    ctx.toks = tokenize(text, keep, from, to);
    scanChunk(ctx, raw, cues, demonyms);
    from = to;
  }
  if (raw.length === 0) return [];
  // stage 2: context decides ambiguous currencies
  const rates = options.rates ?? pickBundledRates(options.date);
  const country = pageCountry(options.url, options.country, options.language);
  const resolved = resolve(text, raw, cues, demonyms, { country, lang }, rates);
  // stage 3: qualifiers and the public shape
  const lower = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  return raw.map((m, i) => {
    const r = resolved[i]!;
    const qualifier = qualifierBefore(lower, m.s);
    const negative = m.negative || negativeWordBefore(lower, m.s);
    const value = negative && typeof m.value === 'number' ? -Math.abs(m.value) : m.value;
    const money: Money = {
      text: text.slice(m.s, m.e),
      start: m.s,
      end: m.e,
      currency: r.currency,
      candidates: r.candidates,
      evidence: r.evidence,
      value,
      approximate: qualifier !== undefined,
      negative,
    };
    if (qualifier !== undefined) money.qualifier = qualifier;
    if (m.unit !== undefined) money.unit = m.unit;
    if (r.equivalentOf !== undefined) money.equivalentOf = r.equivalentOf;
    return money;
  });
}
