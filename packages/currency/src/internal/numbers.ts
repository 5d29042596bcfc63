import { COMPOUND_LANGUAGES, type NumberWord } from '../data/words';
import { numberWordsFor } from './lexicon';

/** A number as read from digits. */
export interface DigitNumber {
  value: number;
  /** No decimal part was written. */
  integer: boolean;
  /** Only digits, no separators at all ("2024", not "2,024"). */
  plain: boolean;
  /** Count of digits before any separator. */
  lead: number;
}

function normalizeWide(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0xff0e) out += '.';
    else if (c === 0xff0c) out += ',';
    else out += raw[i];
  }
  return out;
}

/**
 * Reads a run of digits and separators. `decimal` is the decimal separator of the text's
 * language ('.' or ','), or null when unknown: then a lone separator followed by three digits
 * is a thousands separator when it is a comma and a decimal point when it is a dot.
 *
 * @example
 * readDigits('1.234,56', ',') // { value: 1234.56, integer: false, ... }
 */
export function readDigits(raw: string, decimal: '.' | ',' | null): DigitNumber | null {
  let wide = false;
  let allDigits = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0xff0c) wide = true;
    if (c < 48 || c > 57) allDigits = false;
  }
  if (allDigits) return { value: Number(raw), integer: true, plain: true, lead: raw.length };
  const s = wide ? normalizeWide(raw) : raw;
  const seps: { ch: string; at: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) seps.push({ ch: s[i]!, at: i });
  }
  const lead = seps.length ? seps[0]!.at : s.length;
  if (seps.length === 0) return { value: Number(s), integer: true, plain: true, lead };
  const last = seps[seps.length - 1]!;
  const isPoint = (ch: string) => ch === '.' || ch === ',';
  let decimalAt = -1;
  const pointKinds = new Set(seps.filter((x) => isPoint(x.ch)).map((x) => x.ch));
  if (isPoint(last.ch)) {
    const sameCount = seps.filter((x) => x.ch === last.ch).length;
    const after = s.length - last.at - 1;
    if (pointKinds.size === 2) decimalAt = sameCount === 1 ? last.at : -2;
    else if (sameCount === 1) {
      if (after !== 3) decimalAt = last.at;
      else if (decimal === last.ch) decimalAt = last.at;
      else if (decimal === null && last.ch === '.' && seps.length === 1) decimalAt = last.at;
    }
  }
  if (decimalAt === -2) return null;
  let intPart = '';
  let frac = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (i === decimalAt) {
      frac = s.slice(i + 1);
      break;
    }
    if (c >= 48 && c <= 57) intPart += s[i];
  }
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(value)) return null;
  return { value, integer: frac === '', plain: false, lead };
}

/** One element of a spelled or mixed number: a value and how it combines. */
export interface NumberItem {
  value: number;
  kind: 'unit' | 'small' | 'large' | 'fraction';
}

/**
 * Combines number items the way numerals are read in every language we know: units add,
 * "hundred"/十/百/千 multiply the pending units into a section, "thousand"/"million"/万/億
 * close a section, and a large word right after another multiplies ("mil millones", "lakh crore").
 *
 * @example
 * evaluate([{ value: 1, kind: 'unit' }, { value: 1e8, kind: 'large' }, { value: 5, kind: 'unit' }, { value: 1000, kind: 'small' }, { value: 1e4, kind: 'large' }]) // 150000000
 */
export function evaluate(items: readonly NumberItem[]): number {
  let total = 0;
  let section = 0;
  let cur = 0;
  let lastLarge = Number.POSITIVE_INFINITY;
  let prevLarge = false;
  for (const it of items) {
    if (it.kind === 'unit') {
      cur += it.value;
      prevLarge = false;
    } else if (it.kind === 'fraction') {
      cur = (cur || 1) * it.value;
      prevLarge = false;
    } else if (it.kind === 'small') {
      section += (cur || 1) * it.value;
      cur = 0;
      prevLarge = false;
    } else {
      const group = section + cur;
      if (group === 0) total = total > 0 && prevLarge ? total * it.value : total + it.value;
      else if (it.value > lastLarge && total > 0) total = (total + group) * it.value;
      else total += group * it.value;
      section = 0;
      cur = 0;
      lastLarge = it.value;
      prevLarge = true;
    }
  }
  return tidy(total + section + cur);
}

/** Rounds away binary noise: 1.17 * 1e9 is 1170000000, not 1170000000.0000002. */
export function tidy(v: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return v;
  return Number(v.toPrecision(14));
}

/**
 * Splits a compound number word ("achtundsiebzig", "vijfenveertig", "fyrtiofem") into items, or
 * null when the word is not a number. Only for languages that write numbers as one word.
 */
export function splitCompound(word: string, lang: string): NumberItem[] | null {
  const joiners = COMPOUND_LANGUAGES[lang];
  if (!joiners || word.length < 4 || word.length > 60) return null;
  const table = numberWordsFor(lang);
  const pieces: { text: string; item: NumberItem | null }[] = [];
  for (const [w, nw] of table) pieces.push({ text: w, item: nw as NumberWord });
  for (const j of joiners) pieces.push({ text: j, item: null });
  pieces.sort((a, b) => b.text.length - a.text.length);
  // best[i]: items reading word.slice(0, i), or undefined
  const best: (NumberItem[] | undefined)[] = new Array(word.length + 1);
  const joinedEnd: boolean[] = new Array(word.length + 1).fill(false);
  best[0] = [];
  for (let i = 0; i < word.length; i++) {
    const here = best[i];
    if (!here) continue;
    for (const p of pieces) {
      if (!word.startsWith(p.text, i)) continue;
      const j = i + p.text.length;
      if (best[j]) continue;
      if (p.item === null && (here.length === 0 || joinedEnd[i])) continue;
      best[j] = p.item ? [...here, p.item] : here;
      joinedEnd[j] = p.item === null;
    }
  }
  const out = best[word.length];
  if (!out || out.length < 2 || joinedEnd[word.length]) return null;
  // German and Dutch put units before tens ("acht-und-siebzig"): addition is order-free.
  return out;
}
