import { ABBREVIATIONS, CUE_WORDS } from '../lexicon';
import { INITIAL, SENTENCE_OPENER } from '../patterns';
import type { QuoteSpan } from './marks';
import type { Token } from './tokens';

/** An item of a sentence: a token outside quotation marks, or a whole quotation (`Q`). */
export interface Item {
  kind: 'w' | 'p' | 'Q';
  start: number;
  end: number;
  text: string;
  lower: string;
  upper: boolean;
  /** Token index (w, p) or quotation index (Q). */
  ref: number;
}

/** A sentence as a list of items; quotations are atomic, so a quoted passage never splits one. */
export interface Sentence {
  items: Item[];
  para: number;
  /** The sentence is the first of its paragraph. */
  paraStart: boolean;
  start: number;
  end: number;
}

const ENDERS = new Set(['.', '!', '?', '…']);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.upper || t.kind === 'q') return true;
  return SENTENCE_OPENER.test(t.text);
}

/** Does an attribution ("Smith said", "said Smith", "he added") follow token `i`? */
function attributionFollows(tokens: readonly Token[], i: number): boolean {
  let words = 0;
  for (let j = i + 1; j < tokens.length && words < 5; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'w') return false;
    if (CUE_WORDS.has(t.lower)) return true;
    words++;
  }
  return false;
}

/**
 * Splits paragraphs into sentences. Sentence ends are `.`, `!`, `?`, `…` followed by an upper-case
 * start, a quotation mark or a digit, except after abbreviations and initials; a paragraph break
 * always ends a sentence, unless a quotation runs over it. A quotation that ends with its own
 * period ends the sentence unless an attribution follows (`"... today." Smith said.`).
 */
export function segmentSentences(tokens: readonly Token[], spans: readonly QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let items: Item[] = [];
  let para = -1;
  let lastPara = -1;
  const flush = () => {
    if (items.length === 0) return;
    const first = items[0]!;
    sentences.push({
      items,
      para,
      paraStart: para !== lastPara,
      start: first.start,
      end: items[items.length - 1]!.end,
    });
    lastPara = para;
    items = [];
  };
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (items.length > 0 && t.para !== tokens[i - 1]!.para) flush();
    if (items.length === 0) para = t.para;
    const span = spans[s];
    if (span && span.open === i) {
      const text = '';
      items.push({ kind: 'Q', start: span.start, end: span.end, text, lower: text, upper: false, ref: s });
      i = span.close;
      s++;
      const before = tokens[span.close - 1];
      const next = tokens[i + 1];
      if (
        before &&
        ENDERS.has(before.text) &&
        next &&
        next.para === tokens[i]!.para &&
        startsSentence(next) &&
        !attributionFollows(tokens, i)
      ) {
        flush();
      }
      continue;
    }
    items.push({
      kind: t.kind === 'w' ? 'w' : 'p',
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.lower,
      upper: t.upper,
      ref: i,
    });
    if (ENDERS.has(t.text)) {
      let j = i + 1;
      // closing brackets stay with the sentence
      while (
        j < tokens.length &&
        (tokens[j]!.text === ')' || ENDERS.has(tokens[j]!.text)) &&
        tokens[j]!.para === t.para
      ) {
        const u = tokens[j]!;
        items.push({ kind: 'p', start: u.start, end: u.end, text: u.text, lower: u.lower, upper: false, ref: j });
        j++;
      }
      const next = tokens[j];
      const prev = tokens[i - 1];
      const abbreviation =
        // "E! News": an exclamation mark glued to an initial is part of a name
        (t.text === '!' && prev !== undefined && prev.end === t.start && INITIAL.test(prev.text)) ||
        (t.text === '.' &&
          prev !== undefined &&
          prev.end === t.start &&
          prev.kind === 'w' &&
          (ABBREVIATIONS.has(prev.lower) ||
            INITIAL.test(prev.text) ||
            (prev.text.includes('.') && prev.text.length <= 5)));
      i = j - 1;
      if (
        next &&
        next.para === t.para &&
        startsSentence(next) &&
        !(abbreviation && (next.upper || SENTENCE_OPENER.test(next.text)))
      )
        flush();
    }
  }
  flush();
  return sentences;
}
