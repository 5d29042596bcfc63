import { DIGIT, PUNCT_TOKEN, WORD_CHAR } from '../patterns';
import type { Token } from './tokens';

/** A pair of quotation marks at the top level (not nested in another quotation). */
export interface QuoteSpan {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark. */
  close: number;
  /** Offset of the first character after the opening mark. */
  innerStart: number;
  /** Offset of the closing mark. */
  innerEnd: number;
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Number of words inside. */
  words: number;
  /** The span runs over more than one paragraph. */
  multiParagraph: boolean;
}

/** Deepest nesting of quotations that is tracked. */
const MAX_DEPTH = 8;

type Family = 'd' | 's' | 'c' | 'w';

interface Open {
  tok: number;
  family: Family;
  char: string;
}

const OPENING_PUNCT = new Set([
  '(',
  '[',
  '{',
  '—',
  '–',
  '-',
  '/',
  ':',
  '“',
  '„',
  '«',
  '»',
  '‘',
  '‚',
  '"',
  "'",
  '「',
  '『',
]);
const CLOSING_PUNCT = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '—',
  '–',
  '-',
  '…',
  '”',
  '’',
  '"',
  "'",
  '»',
  '«',
  '」',
  '』',
]);

const isSpace = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';

function familyOf(mark: string): Family {
  if (mark === '「' || mark === '」') return 'c';
  if (mark === '『' || mark === '』') return 'w';
  if (mark === "'" || mark === '‘' || mark === '’' || mark === '‚' || mark === '‹' || mark === '›') return 's';
  return 'd';
}

/**
 * Pairs quotation marks paragraph by paragraph and returns the top-level quotations in order.
 * Handles curly, straight, low-high („ “), guillemet (« » and » «), corner (「 」 『 』) and
 * single marks, nested quotations, apostrophes (never taken for marks), doubled single marks
 * (`’’`) as a double mark, and quotations that run over several paragraphs (the opening mark
 * repeated at each paragraph, the closing mark only at the last). A mark left open at the end
 * of a paragraph that is not continued is dropped: it never swallows the rest of the text.
 */
export function pairQuoteMarks(text: string, tokens: readonly Token[]): QuoteSpan[] {
  const pairs: [number, number][] = [];
  const stack: Open[] = [];
  const reopened = new Set<number>();
  const n = tokens.length;
  const findOpen = (family: Family): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
    return -1;
  };
  const closeAt = (k: number, tok: number): void => {
    pairs.push([stack[k]!.tok, tok]);
    stack.length = k;
  };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind === 'q' && !reopened.has(i)) {
      const mark = t.text.length === 2 ? (t.text[0] === '‘' ? '“' : t.text[0] === '’' ? '”' : '"') : t.text;
      const family = familyOf(mark);
      const prev = text[t.start - 1];
      const next = text[t.end];
      const left = !isSpace(next) && (isSpace(prev) || OPENING_PUNCT.has(prev!));
      const right = !isSpace(prev) && (isSpace(next) || CLOSING_PUNCT.has(next!));
      const k = findOpen(family);
      const top = k >= 0 ? stack[k]! : undefined;
      let action: 'open' | 'close' | 'none' = 'none';
      switch (mark) {
        case '「':
        case '『':
        case '„':
        case '‚':
          action = 'open';
          break;
        case '」':
        case '』':
          action = top ? 'close' : 'none';
          break;
        case '“':
          action = top && (top.char === '„' || (right && !left)) ? 'close' : 'open';
          break;
        case '”':
          action = top ? 'close' : left && !right ? 'open' : 'none';
          break;
        case '"':
          action = top ? 'close' : !right || left ? 'open' : 'none';
          break;
        case '«':
          action = top && top.char === '»' ? 'close' : 'open';
          break;
        case '»':
          action = top && top.char !== '»' ? 'close' : left && !right ? 'open' : 'none';
          break;
        case '‹':
          action = top && top.char === '›' ? 'close' : 'open';
          break;
        case '›':
          action = top && top.char !== '›' ? 'close' : left && !right ? 'open' : 'none';
          break;
        case '‘':
          if (top && (top.char === '‚' || (right && !left))) action = 'close';
          else if (left && !DIGIT.test(next ?? '')) action = 'open';
          break;
        case '’':
          if (top && right) action = 'close';
          break;
        case "'":
          if (top && right) action = 'close';
          else if (left && WORD_CHAR.test(next ?? '') && !DIGIT.test(next ?? '')) action = 'open';
          break;
      }
      if (action === 'close' && k >= 0) closeAt(k, i);
      // (nesting deeper than a few levels is noise: "« « « «" never pairs, and the stack stays small)
      else if (action === 'open' && stack.length < MAX_DEPTH) stack.push({ tok: i, family, char: mark });
    }
    // End of a paragraph: continue the quotation into the next one, or drop what is open.
    const nextTok = tokens[i + 1];
    if (stack.length > 0 && (nextTok === undefined || nextTok.para !== t.para)) {
      const outer = stack[0]!;
      const lastPair = pairs[pairs.length - 1];
      // a quotation continued over a paragraph break holds at least a sentence of its own
      let words = 0;
      for (let j = outer.tok + 1; j <= i && words < 4; j++) if (tokens[j]!.kind === 'w') words++;
      const continues =
        words >= 4 &&
        PUNCT_TOKEN.test(t.text) &&
        nextTok !== undefined &&
        nextTok.kind === 'q' &&
        familyOf(nextTok.text.length === 2 ? '"' : nextTok.text) === outer.family &&
        // the paragraph does not end on a closing mark
        !(lastPair && lastPair[1] === i);
      if (continues) {
        stack.length = 1;
        reopened.add(i + 1);
      } else if (lastPair && lastPair[1] >= i - 1 && lastPair[0] > outer.tok && stack.length === 1) {
        // «… «inner …» : one closing mark ends both the inner and the outer quotation.
        pairs.push([outer.tok, lastPair[1]]);
        stack.length = 0;
      } else stack.length = 0;
    }
  }
  // Keep the outermost pairs, in order.
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: QuoteSpan[] = [];
  let reach = -1;
  for (const [o, c] of pairs) {
    if (o <= reach) continue;
    reach = c;
    const open = tokens[o]!;
    const close = tokens[c]!;
    let words = 0;
    for (let j = o + 1; j < c; j++) if (tokens[j]!.kind === 'w') words++;
    spans.push({
      open: o,
      close: c,
      start: open.start,
      end: close.end,
      innerStart: open.end,
      innerEnd: close.start,
      words,
      multiParagraph: open.para !== close.para,
    });
  }
  return spans;
}
