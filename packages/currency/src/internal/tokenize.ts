import type { NameInfo } from '../data/currencies';
import { CJK_CHAR, HANGUL_CHAR, LETTER, SPACE_CHAR } from '../patterns';
import { CJK_NUMERALS, cjkNameAt, HANGUL_DIGITS, HANGUL_MULTIPLIERS, RELEVANT_WORDS } from './lexicon';

/** Kinds of token: digits, a word, one punctuation character, an East Asian numeral, an East Asian currency name. */
export type TokKind = 'num' | 'word' | 'punct' | 'numw' | 'cur';

export interface Tok {
  k: TokKind;
  /** Start offset in the text. */
  s: number;
  /** End offset (exclusive). */
  e: number;
  /** The token as written. */
  t: string;
  /** Lower case (words only). */
  low: string;
  /** Whitespace right before this token; `nl` when it held a line break. */
  sp: boolean;
  nl: boolean;
  /** East Asian numerals: value and how it combines. */
  nv?: number;
  nk?: 'unit' | 'small' | 'large';
  /** East Asian currency names. */
  cur?: NameInfo & { cont?: boolean };
}

/** Splits a run of Han/kana or Hangul letters into numerals, currency names and other words. */
function decompose(run: string, at: number, sp: boolean, nl: boolean, out: Tok[]): void {
  let i = 0;
  let otherStart = -1;
  let first = true;
  const flush = (end: number) => {
    if (otherStart >= 0) {
      const t = run.slice(otherStart, end);
      out.push({
        k: 'word',
        s: at + otherStart,
        e: at + end,
        t,
        low: t.toLowerCase(),
        sp: first ? sp : false,
        nl: first ? nl : false,
      });
      first = false;
      otherStart = -1;
    }
  };
  while (i < run.length) {
    const ch = run[i]!;
    const name = cjkNameAt(run, i);
    if (name) {
      flush(i);
      out.push({
        k: 'cur',
        s: at + i,
        e: at + i + name.text.length,
        t: name.text,
        low: name.text,
        sp: first ? sp : false,
        nl: first ? nl : false,
        cur: name.info,
      });
      first = false;
      i += name.text.length;
      continue;
    }
    const cjk = CJK_NUMERALS[ch];
    let numeral = cjk;
    if (!numeral) {
      const mult = HANGUL_MULTIPLIERS[ch];
      const prev = out[out.length - 1];
      const afterNumber = prev !== undefined && (prev.k === 'num' || prev.k === 'numw') && at + i - prev.e <= 1;
      let allMultipliers = true;
      for (let q = 0; q < run.length && allMultipliers; q++) allMultipliers = HANGUL_MULTIPLIERS[run[q]!] !== undefined;
      if (mult && (afterNumber || i > 0 || allMultipliers || HANGUL_MULTIPLIERS[run[i + 1] ?? ''] !== undefined))
        numeral = mult;
      else if (HANGUL_DIGITS[ch] && HANGUL_MULTIPLIERS[run[i + 1] ?? '']) numeral = HANGUL_DIGITS[ch];
      if (numeral && otherStart >= 0) numeral = undefined;
    }
    if (numeral) {
      flush(i);
      out.push({
        k: 'numw',
        s: at + i,
        e: at + i + 1,
        t: ch,
        low: ch,
        sp: first ? sp : false,
        nl: first ? nl : false,
        nv: numeral.value,
        nk: numeral.kind,
      });
      first = false;
      i += 1;
      continue;
    }
    // a switch between Latin-like letters and East Asian ones ends a word: "収入はus"
    if (otherStart >= 0 && i > otherStart && run.charCodeAt(i) < 0x1100 !== run.charCodeAt(i - 1) < 0x1100) flush(i);
    if (otherStart < 0) otherStart = i;
    i += 1;
  }
  flush(run.length);
}

/** Character classes, filled lazily from the single-character patterns. */
enum Cls {
  Unknown = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Other = 4,
  EastAsian = 5,
  Separator = 6,
}

const CLASSES = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASSES[c] = Cls.Digit;
for (let c = 0xff10; c <= 0xff19; c++) CLASSES[c] = Cls.Digit;
for (let c = 65; c <= 90; c++) CLASSES[c] = Cls.Letter;
for (let c = 97; c <= 122; c++) CLASSES[c] = Cls.Letter;
for (const c of [9, 10, 11, 12, 13, 32]) CLASSES[c] = Cls.Space;
for (const ch of ".,'\u2019\uff0e\u00a0\u202f\u2009") CLASSES[ch.charCodeAt(0)] = Cls.Separator;

function classOf(code: number): number {
  const v = CLASSES[code]!;
  if (v !== Cls.Unknown) return v;
  const ch = String.fromCharCode(code);
  let k: number = Cls.Other;
  if (CJK_CHAR.test(ch) || HANGUL_CHAR.test(ch)) k = Cls.EastAsian;
  else if (LETTER.test(ch)) k = Cls.Letter;
  else if (SPACE_CHAR.test(ch)) k = Cls.Space;
  CLASSES[code] = k;
  return k;
}

/** Is the separator at `i` between two digits, so part of a number ("1,234.5", "1 234")? */
function separatorInNumber(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009) return false; // spaces: decided by the grammar
  const next = text.charCodeAt(i + 1);
  return (next >= 48 && next <= 57) || (next >= 0xff10 && next <= 0xff19);
}

/**
 * Splits `text` (or `text.slice(from, to)`, offsets staying those of `text`) into tokens in one
 * left-to-right pass over character codes (no regex per token). Runs of Han, kana and Hangul are decomposed into numerals, currency names and other
 * words.
 */
export function tokenize(text: string, keepLongWords = false, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const n = to;
  let pos = from;
  let sp = false;
  let nl = false;
  while (pos < n) {
    const code = text.charCodeAt(pos);
    let k = code < 128 ? CLASSES[code]! || Cls.Other : classOf(code);
    if (k === Cls.Separator) k = code === 0xa0 || code === 0x202f || code === 0x2009 ? Cls.Space : Cls.Other;
    if (k === Cls.Space) {
      sp = true;
      if (code === 10 || code === 13) nl = true;
      pos += 1;
      continue;
    }
    let end = pos + 1;
    if (k === Cls.Digit) {
      while (end < n) {
        const c = text.charCodeAt(end);
        const ck = c < 128 ? CLASSES[c]! : classOf(c);
        if (ck === Cls.Digit) end += 1;
        else if (ck === Cls.Separator && separatorInNumber(text, end)) end += 2;
        else break;
      }
      const t = text.slice(pos, end);
      out.push({ k: 'num', s: pos, e: end, t, low: t, sp, nl });
    } else if (k === Cls.Letter || k === Cls.EastAsian || code === 0x30fb) {
      let eastAsian = k === Cls.EastAsian;
      while (end < n) {
        const c = text.charCodeAt(end);
        const ck = c < 128 ? CLASSES[c]! : classOf(c);
        if (ck === Cls.Letter) end += 1;
        else if (ck === Cls.EastAsian || c === 0x30fb) {
          eastAsian = true;
          end += 1;
        } else break;
      }
      const t = text.slice(pos, end);
      if (eastAsian) decompose(t, pos, sp, nl, out);
      else {
        // Words no rule looks at are merged into one placeholder token per run: fewer objects,
        // no lower-casing. A run ends at punctuation, digits, line breaks and relevant words.
        const c0 = code;
        let low = '';
        // Devanagari nukta letters (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) come precomposed or not: compare decomposed
        const w = c0 >= 0x900 && c0 < 0x980 ? t.normalize('NFC') : t;
        if (w !== t && RELEVANT_WORDS.has(w)) low = w;
        else if (RELEVANT_WORDS.has(t)) low = t.toLowerCase();
        else if ((c0 < 97 || c0 > 122 || keepLongWords) && RELEVANT_WORDS.has(t.toLowerCase())) low = t.toLowerCase();
        else if (keepLongWords && t.length >= 4) low = t.toLowerCase();
        const prev = out[out.length - 1];
        if (low === '' && prev !== undefined && prev.k === 'word' && prev.low === '' && !nl) {
          prev.e = end; // `t` keeps the first word: placeholders are never read by their text
        } else out.push({ k: 'word', s: pos, e: end, t, low, sp, nl });
      }
    } else {
      // one character (a surrogate pair counts as one)
      if (code >= 0xd800 && code <= 0xdbff && pos + 1 < n) end += 1;
      const t = text.slice(pos, end);
      out.push({ k: 'punct', s: pos, e: end, t, low: t, sp, nl });
    }
    sp = false;
    nl = false;
    pos = end;
  }
  return out;
}
