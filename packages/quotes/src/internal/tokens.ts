import { TOKEN, UPPER_START, WORD_CHAR } from '../patterns';

/** Token kinds: a word, a quote-mark candidate, or other punctuation. */
export type TokenKind = 'w' | 'q' | 'p';

/** One token of the text, with its UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  kind: TokenKind;
  /** Index of the paragraph (block of text between line breaks) that holds the token. */
  para: number;
  /** The token starts with an upper-case letter. */
  upper: boolean;
}

/** Characters that can be quotation marks (or apostrophes, decided later). */
export const MARK_CHARS = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', "'", '‘', '’', '‚', '「', '」', '『', '』']);
const SINGLE_MARKS = new Set(["'", '‘', '’']);

/**
 * Splits text into tokens in one linear pass. Two adjacent single marks (`’’`, `''`, `‘‘`) are
 * one token: wire copy uses them as a double mark.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let para = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    let value = m[0];
    let end = start + value.length;
    if (start > last && tokens.length > 0 && text.slice(last, start).includes('\n')) para++;
    let kind: TokenKind;
    if (MARK_CHARS.has(value)) {
      kind = 'q';
      const next = text[end];
      if (SINGLE_MARKS.has(value) && next !== undefined && SINGLE_MARKS.has(next)) {
        value += next;
        end++;
        TOKEN.lastIndex = end;
      }
    } else kind = WORD_CHAR.test(value[0] ?? '') ? 'w' : 'p';
    tokens.push({ start, end, text: value, lower: value.toLowerCase(), kind, para, upper: UPPER_START.test(value) });
    last = end;
  }
  return tokens;
}
