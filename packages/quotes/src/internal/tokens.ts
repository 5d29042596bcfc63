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
    if (tokens.length > 0) {
      for (let g = last; g < start; g++) {
        if (text.charCodeAt(g) === 10) {
          para++;
          break;
        }
      }
    }
    const c = value.charCodeAt(0);
    let kind: TokenKind;
    let upper: boolean;
    if (c < 128) {
      // ASCII fast path
      upper = c >= 65 && c <= 90;
      kind = upper || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 'w' : c === 34 || c === 39 ? 'q' : 'p';
    } else {
      upper = UPPER_START.test(value);
      kind = MARK_CHARS.has(value) ? 'q' : WORD_CHAR.test(value) ? 'w' : 'p';
    }
    if (kind === 'q') {
      const next = text[end];
      if (SINGLE_MARKS.has(value) && next !== undefined && SINGLE_MARKS.has(next)) {
        value += next;
        end++;
        TOKEN.lastIndex = end;
      }
    }
    tokens.push({
      start,
      end,
      text: value,
      lower: kind === 'w' && upper ? value.toLowerCase() : kind === 'w' ? lowerIfNeeded(value) : value,
      kind,
      para,
      upper,
    });
    last = end;
  }
  return tokens;
}

/** Lower-cases a word that starts lower-case only when it has a capital inside ("iPhone"). */
function lowerIfNeeded(value: string): string {
  for (let i = 1; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return value.toLowerCase();
  }
  return value;
}
