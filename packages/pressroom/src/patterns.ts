/**
 * Every regular expression this package runs over text it did not write (URLs, host names,
 * HTTP and WARC headers, markup). Each is anchored or bounded so it runs in linear time;
 * `patterns.test.ts` runs all of them against 50,000-character adversarial strings.
 */

/** A `0x` / `0X` prefix of a hexadecimal IPv4 part (`0x7f.0.0.1`). */
export const HEX_PREFIX = /^0[xX]/;

/** A dotted-quad IPv4 tail inside an IPv6 address (`::ffff:127.0.0.1`). */
export const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** One IPv6 group of one to four hex digits. */
export const IPV6_GROUP = /^[0-9a-fA-F]{1,4}$/;

/**
 * The `charset` parameter of a Content-Type header value (`text/html; charset="ISO-8859-1"`).
 * Group 1 is the label, without quotes.
 */
export const CONTENT_TYPE_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s,]{1,40})/i;

/**
 * A `charset=` inside one `<meta ...>` tag, as `<meta charset="koi8-r">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`. Run on the text of a
 * single tag (found with `indexOf`, see `markup.ts`), so no scan across the page. Group 1 is the label.
 */
export const META_CHARSET = /\bcharset\s*=\s*["']?([A-Za-z0-9_:.+-]{1,40})/i;

/** An `--shard i/n` argument. */
export const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

/** A URL the CLI fetches rather than reads from disk. */
export const HTTP_URL = /^https?:\/\//i;

/** A country-code top-level domain at the end of a host name (`www.itnews.com.au` -> `au`). */
export const CC_TLD = /\.([a-z]{2})\.?$/;

/** A region subtag in a language tag (`en-AU`, `pt_BR`, `zh-Hant-TW`). */
export const LANGUAGE_REGION = /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2})(?:[-_]|$)/i;

/** A line break in HTTP / WARC headers (CRLF, or a bare LF from sloppy writers). */
export const LINE_BREAK = /\r?\n/;

/** File names read as HTML pages in a directory. */
export const HTML_FILE = /\.x?html?(?:\.gz)?$/i;

/** File names read as WARC files. */
export const WARC_FILE = /\.warc(?:\.gz)?$/i;

/** File names read as JSON Lines. */
export const JSONL_FILE = /\.(?:jsonl|ndjson)(?:\.gz)?$/i;

/** The `lang` attribute in the text of an `<html ...>` tag. Group 1 is the language tag. */
export const LANG_ATTRIBUTE = /\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3})/i;

/** An `og:locale` property in the text of a `<meta ...>` tag. */
export const OG_LOCALE = /\bproperty\s*=\s*["']?og:locale["'\s>]/i;

/** The `content` attribute of a `<meta ...>` tag holding a locale (`en_AU`). Group 1 is the locale. */
export const LOCALE_CONTENT = /\bcontent\s*=\s*["']?([A-Za-z]{2,3}[-_][A-Za-z]{2})\b/i;

/** A run of whitespace, collapsed when names are compared. */
export const WHITESPACE_RUN = /\s+/g;

/** C1 control characters, which windows-1252 text decoded as ISO-8859-1 holds instead of `€`, `“`, `—`. */
export const C1_CONTROLS = /[\u0080-\u009f]/g;
