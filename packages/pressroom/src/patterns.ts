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
 * A `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...charset=...">` in the
 * first bytes of a page (the HTML prescan reads 1024 bytes; we read a few more). Group 1 or
 * group 2 is the label. Bounded repetitions keep it linear.
 */
export const META_CHARSET =
  /<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?([A-Za-z0-9_:.+-]{1,40})|<meta\b[^>]{0,512}?content\s*=\s*["'][^"'>]{0,200}?charset\s*=\s*([A-Za-z0-9_:.+-]{1,40})/i;

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

/**
 * The `lang` attribute of the `<html>` tag, or an `og:locale` meta, near the start of a page
 * (`<html lang="en-AU">`, `content="en_AU"`). Group 1 or 2 is the tag. Bounded, so linear.
 */
export const PAGE_LOCALE =
  /<html\b[^>]{0,300}?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3})|<meta\b[^>]{0,200}?og:locale["'][^>]{0,100}?content\s*=\s*["']([A-Za-z]{2,3}[-_][A-Za-z]{2})/i;

/** A run of whitespace, collapsed when names are compared. */
export const WHITESPACE_RUN = /\s+/g;

/** C1 control characters, which windows-1252 text decoded as ISO-8859-1 holds instead of `€`, `“`, `—`. */
export const C1_CONTROLS = /[\u0080-\u009f]/g;
