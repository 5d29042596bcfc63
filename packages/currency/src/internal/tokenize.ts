import type { NameInfo } from '../data/currencies';
import { CJK_CHAR, HANGUL_CHAR, SPACE_RUN, TOKEN } from '../patterns';
import { CJK_NUMERALS, cjkNameAt, HANGUL_DIGITS, HANGUL_MULTIPLIERS } from './lexicon';

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

function isCjk(ch: string): boolean {
  return CJK_CHAR.test(ch);
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

/**
 * Splits `text` into tokens in one left-to-right pass with a sticky regex. Runs of Han, kana and
 * Hangul are decomposed into numerals, currency names and other words.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    SPACE_RUN.lastIndex = pos;
    let sp = false;
    let nl = false;
    if (SPACE_RUN.test(text)) {
      const end = SPACE_RUN.lastIndex;
      sp = true;
      for (let j = pos; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13) {
          nl = true;
          break;
        }
      }
      pos = end;
      if (pos >= n) break;
    }
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) {
      pos += 1;
      continue;
    }
    const t = m[0];
    const end = pos + t.length;
    if (m[1] !== undefined) {
      out.push({ k: 'num', s: pos, e: end, t, low: t, sp, nl });
    } else if (m[2] !== undefined) {
      let eastAsian = false;
      for (let q = 0; q < t.length && !eastAsian; q++) {
        const cq = t.charCodeAt(q);
        eastAsian = cq >= 0x1100 && (isCjk(t[q]!) || HANGUL_CHAR.test(t[q]!));
      }
      if (eastAsian) {
        decompose(t, pos, sp, nl, out);
      } else {
        out.push({ k: 'word', s: pos, e: end, t, low: t.toLowerCase(), sp, nl });
      }
    } else {
      out.push({ k: 'punct', s: pos, e: end, t, low: t, sp, nl });
    }
    pos = end;
  }
  return out;
}
