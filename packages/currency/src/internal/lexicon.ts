import {
  CJK_NAMES,
  CODE_ALIASES,
  COUNTRY_ADJECTIVES,
  DOLLAR_PREFIXES,
  DOLLAR_SUFFIXES,
  ISO_CODES,
  LETTER_SYMBOLS,
  LOWERCASE_CODES,
  NAMES,
  type NameInfo,
  WORD_LIKE_CODES,
} from '../data/currencies';
import {
  AND_WORDS,
  APPROX_WORDS,
  BETWEEN_WORDS,
  CASED_SCALES,
  FROM_WORDS,
  GLUE_WORDS,
  NUMBER_WORDS,
  type NumberWord,
  RANGE_WORDS,
  SCALES,
  WEIGHT_WORDS,
} from '../data/words';

/** Lookup tables built once from the data modules. */
/** Keys in both Unicode normal forms: Devanagari nukta letters come precomposed or not. */
function bothForms<V>(entries: [string, V][]): [string, V][] {
  const out: [string, V][] = [];
  for (const [k, v] of entries) {
    out.push([k, v]);
    for (const f of [k.normalize('NFC'), k.normalize('NFD')]) if (f !== k) out.push([f, v]);
  }
  return out;
}

export const NAME_MAP: ReadonlyMap<string, NameInfo> = new Map(bothForms(Object.entries(NAMES)));
export const ISO_SET: ReadonlySet<string> = new Set(ISO_CODES);
export const WORD_LIKE_SET: ReadonlySet<string> = new Set(WORD_LIKE_CODES);
export const LOWER_CODE_SET: ReadonlySet<string> = new Set(LOWERCASE_CODES);
export const SCALE_MAP: ReadonlyMap<string, number> = new Map(Object.entries(SCALES));
export const AND_SET: ReadonlySet<string> = new Set(AND_WORDS);
export const GLUE_SET: ReadonlySet<string> = new Set(GLUE_WORDS);
export const RANGE_SET: ReadonlySet<string> = new Set(RANGE_WORDS);
export const BETWEEN_SET: ReadonlySet<string> = new Set(BETWEEN_WORDS);
export const FROM_SET: ReadonlySet<string> = new Set(FROM_WORDS);
export const APPROX_LIST: readonly string[] = [...new Set(APPROX_WORDS)].sort((a, b) => b.length - a.length);

/** Single-word country adjectives; multi-word ones ("hong kong") are split into word lists. */
export const ADJ_MAP: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_ADJECTIVES).filter(([k]) => !k.includes(' ')),
);
export const ADJ_PHRASES: readonly { words: string[]; country: string }[] = Object.entries(COUNTRY_ADJECTIVES)
  .filter(([k]) => k.includes(' '))
  .map(([k, country]) => ({ words: k.split(' '), country }));
/** First words of multi-word adjectives. */
export const ADJ_FIRST: ReadonlySet<string> = new Set(ADJ_PHRASES.map((p) => p.words[0]!));

/** Code of an upper- or lower-case ISO-like word, or undefined. */
export function codeOf(word: string): string | undefined {
  const up = word.toUpperCase();
  const alias = CODE_ALIASES[up];
  if (word === up) return alias ?? (ISO_SET.has(up) ? up : undefined);
  if (LOWER_CODE_SET.has(word)) return alias ?? up;
  return undefined;
}

/** Number words by language; `*` merges every language (used when the language is unknown). */
const NUMBER_MAPS = new Map<string, Map<string, NumberWord>>();
for (const [lang, words] of Object.entries(NUMBER_WORDS)) NUMBER_MAPS.set(lang, new Map(Object.entries(words)));

/** The number-word table of a language (English when unknown). */
export function numberWordsFor(lang: string): ReadonlyMap<string, NumberWord> {
  return NUMBER_MAPS.get(lang) ?? NUMBER_MAPS.get('en')!;
}

/** Chinese and Japanese numerals. */
export const CJK_NUMERALS: Record<string, { value: number; kind: 'unit' | 'small' | 'large' }> = {
  〇: { value: 0, kind: 'unit' },
  零: { value: 0, kind: 'unit' },
  一: { value: 1, kind: 'unit' },
  二: { value: 2, kind: 'unit' },
  两: { value: 2, kind: 'unit' },
  兩: { value: 2, kind: 'unit' },
  三: { value: 3, kind: 'unit' },
  四: { value: 4, kind: 'unit' },
  五: { value: 5, kind: 'unit' },
  六: { value: 6, kind: 'unit' },
  七: { value: 7, kind: 'unit' },
  八: { value: 8, kind: 'unit' },
  九: { value: 9, kind: 'unit' },
  十: { value: 10, kind: 'small' },
  百: { value: 100, kind: 'small' },
  千: { value: 1000, kind: 'small' },
  万: { value: 1e4, kind: 'large' },
  萬: { value: 1e4, kind: 'large' },
  亿: { value: 1e8, kind: 'large' },
  億: { value: 1e8, kind: 'large' },
  兆: { value: 1e12, kind: 'large' },
};

/** Korean multipliers, numerals only after a number ("5천", "1억 5천만"). */
export const HANGUL_MULTIPLIERS: Record<string, { value: number; kind: 'small' | 'large' }> = {
  십: { value: 10, kind: 'small' },
  백: { value: 100, kind: 'small' },
  천: { value: 1000, kind: 'small' },
  만: { value: 1e4, kind: 'large' },
  억: { value: 1e8, kind: 'large' },
  조: { value: 1e12, kind: 'large' },
};

/** Sino-Korean digits, numerals only before a multiplier ("삼천"). */
export const HANGUL_DIGITS: Record<string, { value: number; kind: 'unit' }> = {
  일: { value: 1, kind: 'unit' },
  이: { value: 2, kind: 'unit' },
  삼: { value: 3, kind: 'unit' },
  사: { value: 4, kind: 'unit' },
  오: { value: 5, kind: 'unit' },
  육: { value: 6, kind: 'unit' },
  칠: { value: 7, kind: 'unit' },
  팔: { value: 8, kind: 'unit' },
  구: { value: 9, kind: 'unit' },
};

const CJK_BY_FIRST = new Map<string, { text: string; info: NameInfo & { cont?: boolean } }[]>();
for (const [text, info] of Object.entries(CJK_NAMES)) {
  const first = text[0]!;
  const list = CJK_BY_FIRST.get(first) ?? [];
  list.push({ text, info });
  list.sort((a, b) => b.text.length - a.text.length);
  CJK_BY_FIRST.set(first, list);
}

/** The longest East Asian currency name starting at `i` in `run`. */
export function cjkNameAt(run: string, i: number): { text: string; info: NameInfo & { cont?: boolean } } | undefined {
  const list = CJK_BY_FIRST.get(run[i]!);
  if (!list) return undefined;
  for (const entry of list) if (run.startsWith(entry.text, i)) return entry;
  return undefined;
}

/**
 * Every word a rule looks at, lower case: names, codes, number and scale words of every
 * language, adjectives, function words. Other words are merged into placeholders by the tokenizer.
 */
export const RELEVANT_WORDS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  const add = (w: string) => {
    for (const part of w.toLowerCase().split(' ')) out.add(part.endsWith('.') ? part.slice(0, -1) : part);
  };
  for (const w of NAME_MAP.keys()) add(w);
  for (const w of ADJ_MAP.keys()) add(w);
  for (const w of ISO_CODES) {
    add(w);
    for (const p of ['m', 'k', 't']) add(p + w);
  }
  for (const w of Object.keys(CODE_ALIASES)) add(w);
  for (const w of SCALE_MAP.keys()) add(w);
  for (const w of Object.keys(CASED_SCALES)) add(w);
  for (const words of Object.values(NUMBER_WORDS)) for (const w of Object.keys(words)) add(w);
  for (const w of Object.keys(COUNTRY_ADJECTIVES)) add(w);
  for (const w of Object.keys(LETTER_SYMBOLS)) add(w);
  for (const w of Object.keys(DOLLAR_PREFIXES)) add(w);
  for (const w of Object.keys(DOLLAR_SUFFIXES)) add(w);
  for (const w of [
    ...AND_WORDS,
    ...GLUE_WORDS,
    ...RANGE_WORDS,
    ...BETWEEN_WORDS,
    ...FROM_WORDS,
    ...WEIGHT_WORDS,
    'lb',
    'lbs',
  ])
    add(w);
  for (const w of [
    'a',
    'an',
    'in',
    'u',
    's',
    'd',
    'p',
    'c',
    'sterling',
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
    'यू',
    'एस',
  ])
    add(w);
  return out;
})();

/** Languages that glue case endings to currency names ("dolardan", "yuanı", "avroydu"). */
export const SUFFIXING_LANGUAGES: ReadonlySet<string> = new Set(['tr', 'fi', 'hu']);

/** The currency name a suffixed word starts with ("dolardan" -> "dolar"), for suffixing languages. */
export function nameByPrefix(low: string): string | undefined {
  for (let n = Math.min(low.length - 1, 12); n >= 3; n--) {
    const head = low.slice(0, n);
    if (NAME_MAP.has(head) && low.length - n <= 6) return head;
  }
  return undefined;
}
