/**
 * Every regular expression this package runs over user text, in one place. Each is linear:
 * no nested quantifiers, no overlapping alternatives under a quantifier. `patterns.test.ts`
 * runs all of them against long adversarial strings.
 */
import {
  BOILERPLATE_CLASS_TOKENS,
  BOILERPLATE_CLASS_WORDS,
  BYLINE_CLASS_WORDS,
  CLOSING_CALL_WORDS,
  CONTENT_CLASS_WORDS,
  DATE_CLASS_WORDS,
  EMBED_CLASS_WORDS,
  FOREIGN_PROSE_CLASS_WORDS,
  NEGATIVE_CLASS_WORDS,
  POSITIVE_CLASS_WORDS,
} from './rules';

function escapeForPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive alternation of literal words (substring match). */
function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(words.map(escapeForPattern).join('|'), 'i');
}

/** Runs of whitespace (including no-break and zero-width spaces) to collapse into one space. */
export const WHITESPACE_RUN = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;

/** Splits a class/id string into tokens at separators and camelCase humps are ignored. */
export const CLASS_TOKEN_SEPARATOR = /[\s_\-:.]+/;

/** Class/id substrings of boilerplate containers ({@link BOILERPLATE_CLASS_WORDS}). */
export const BOILERPLATE_CLASS = wordsPattern(BOILERPLATE_CLASS_WORDS);

/**
 * Short boilerplate words as whole class/id tokens ({@link BOILERPLATE_CLASS_TOKENS}): `ad`
 * in `ad top-ad` but not in `header` or `shadow`.
 */
export const BOILERPLATE_CLASS_TOKEN = new RegExp(
  `(?:^|[\\s_\\-:.])(?:${BOILERPLATE_CLASS_TOKENS.map(escapeForPattern).join('|')})(?=$|[\\s_\\-:.])`,
  'i',
);

/** Class/id substrings of article-body containers ({@link CONTENT_CLASS_WORDS}). */
export const CONTENT_CLASS = wordsPattern(CONTENT_CLASS_WORDS);

/** Class/id substrings that raise a candidate's score. */
export const POSITIVE_CLASS = wordsPattern(POSITIVE_CLASS_WORDS);

/** Class/id substrings of containers of other prose (comments, teasers). */
export const FOREIGN_PROSE_CLASS = wordsPattern(FOREIGN_PROSE_CLASS_WORDS);

/** Class/id substrings that lower a candidate's score. */
export const NEGATIVE_CLASS = wordsPattern(NEGATIVE_CLASS_WORDS);

/** Calls to action of closing paragraphs ({@link CLOSING_CALL_WORDS}). */
export const CLOSING_CALL = wordsPattern(CLOSING_CALL_WORDS);

/** Class/id substrings of visible bylines. */
export const BYLINE_CLASS = wordsPattern(BYLINE_CLASS_WORDS);

/** Class/id substrings of elements that show a date. */
export const DATE_CLASS = wordsPattern(DATE_CLASS_WORDS);

/**
 * Any class/id substring the scan looks for (body, embed, byline, date words together): one
 * test per element, the detailed ones only on a match.
 */
export const SCANNED_CLASS = wordsPattern([
  ...CONTENT_CLASS_WORDS,
  ...EMBED_CLASS_WORDS,
  ...BYLINE_CLASS_WORDS,
  ...DATE_CLASS_WORDS,
]);

/** Class substrings of embedded social posts whose text is kept. */
export const EMBED_CLASS = wordsPattern(EMBED_CLASS_WORDS);

/** Inline styles that hide an element. */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Separators between a headline and the site/section names in `<title>` (whitespace already collapsed). */
export const TITLE_SEPARATOR = / [|\-–—:·•»] | :: /;

/** `charset=...` in a `<meta>` content or a Content-Type header. */
export const CHARSET_PARAM = /charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** `<meta charset="...">` in the first bytes of a page (decoded as latin1). */
export const META_CHARSET = /<meta\s[^>]{0,500}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** An ISO 8601 date or date-time: `2026-01-12`, `2026-01-12T06:45:00+11:00`, `20260112`. */
export const ISO_DATE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;

/**
 * A date written out in visible text: `Jan 12 2026`, `12 January 2026`, `January 12, 2026 6:45 AM`.
 * Groups: month-first (1 month, 2 day, 3 year) or day-first (4 day, 5 month, 6 year), then
 * 7 hour, 8 minute, 9 am/pm.
 */
export const TEXT_DATE =
  /\b(?:([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\.?\s{1,3}([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4}))(?:,?\s{0,3}(?:at\s{1,3})?(\d{1,2})[:.](\d{2})\s{0,2}([AaPp]\.?[Mm]\.?)?)?/;

/** A number date in visible text: `2026-01-12`, `2026/01/12`. */
export const TEXT_NUMERIC_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;

/** Words of running text, for language detection. */
export const WORD = /[\p{L}']+/gu;

/** Any letter or digit: a block with none is punctuation only. */
export const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Leading and trailing punctuation and spaces around a short boilerplate line. */
export const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** Text that ends like a sentence (closing quotes and brackets allowed after the stop). */
export const SENTENCE_END = /[.!?…。！？:;]["'”’»)\]]{0,3}$/;

/** Commas in several scripts (used as a "this is prose" signal). */
export const COMMA = /[,，、،]/g;

/** Lazy-loading attributes that hold an image URL. */
export const LAZY_SRC_ATTRIBUTE = /^data-(?:src|lazy-src|original|lazy|url|srcset|hi-res-src|full-src|img-src)$/i;

/** First URL of a `srcset`: the text up to the first space or comma-space. */
export const SRCSET_FIRST_URL = /^\s*([^\s,]+(?:,[^\s,]+)*)/;

/** Schemes that must not survive in clean HTML. */
export const UNSAFE_URL_SCHEME = /^\s*(?:javascript|vbscript|data(?!:image\/))\s*:/i;

/** A URL that already has a scheme. */
export const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Separator of a language tag's subtags: `en-AU`, `pt_BR`. */
export const LANGUAGE_TAG_SEPARATOR = /[-_]/;

/** A tag/word list separator in `keywords` metas: commas and semicolons. */
export const LIST_SEPARATOR = /[,;]/;

/** Markdown characters that must be escaped at the start or inside plain text. */
export const MARKDOWN_SPECIAL = /([\\`*_[\]<>])/g;

/** A Markdown line that would read as a list, heading or quote: escaped at line start. */
export const MARKDOWN_LINE_START = /^(\s{0,3})([#>+-]|\d{1,9}[.)])(?=\s)/gm;

/** A character reference left in text by double-encoding (`&amp;#8216;` read once is `&#8216;`). */
export const LEFTOVER_CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(amp|quot|apos|lt|gt|nbsp));/g;

/** Characters that must be escaped in HTML text and attributes. */
export const HTML_SPECIAL = /[&<>"']/g;

/** A "By ..." byline in visible text. */
export const BYLINE_TEXT = /^\s*(?:by|von|par|por|di|door|av|przez)\s+\S/i;
