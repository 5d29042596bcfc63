import { WINDOWS_1252_HIGH } from '../data/windows-1252';
import { openingTags } from '../markup';
import { C1_CONTROLS, CONTENT_TYPE_CHARSET, META_CHARSET } from '../patterns';

/** How the charset of a page was decided. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

/** Decoded text of a page and how its charset was chosen. */
export interface DecodedPage {
  html: string;
  /** WHATWG encoding name actually used, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  charset: string;
  source: CharsetSource;
  /** Set when a declared charset was unknown and UTF-8 was used instead. */
  warning?: string;
}

/** How many leading bytes are searched for a `<meta charset>` (the HTML prescan uses 1024). */
const PRESCAN_BYTES = 4096;

const latin1 = new TextDecoder('latin1');

/**
 * The charset label of a Content-Type header value, or `null`.
 *
 * @example
 * charsetFromContentType('text/html; charset="Shift_JIS"'); // 'Shift_JIS'
 */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return CONTENT_TYPE_CHARSET.exec(contentType)?.[1] ?? null;
}

/**
 * The charset declared by a `<meta>` tag in the first bytes of a page, or `null`.
 *
 * @example
 * charsetFromMeta(new TextEncoder().encode('<meta charset="koi8-r">')); // 'koi8-r'
 */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of openingTags(head, 'meta')) {
    const label = META_CHARSET.exec(tag)?.[1];
    if (label) return label;
  }
  return null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/**
 * Node 20's TextDecoder reads `windows-1252` (and its aliases, `latin1` and `iso-8859-1`
 * among them, per the Encoding Standard) as ISO-8859-1: bytes 0x80-0x9F come out as C1
 * control characters instead of `€`, curly quotes and dashes. Map them as the standard says.
 */
function fixWindows1252(text: string): string {
  return text.replace(C1_CONTROLS, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/**
 * Decodes the bytes of an HTML page: byte-order mark first, then the charset of the
 * Content-Type header, then a `<meta>` declaration, else UTF-8 (as browsers do, but without
 * statistical sniffing). Never throws: an unknown label falls back to UTF-8 with a warning.
 * A `<meta>` that claims a UTF-16 charset is read as UTF-8, as the HTML standard says.
 *
 * @example
 * decodeHtml(bytes, 'text/html; charset=windows-1252').charset; // 'windows-1252'
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedPage {
  const candidates: [string | null, CharsetSource][] = [
    [bomCharset(bytes), 'bom'],
    [charsetFromContentType(contentType), 'header'],
    [charsetFromMeta(bytes), 'meta'],
  ];
  let warning: string | undefined;
  for (const [label, source] of candidates) {
    if (!label) continue;
    let decoder = decoderFor(label);
    if (decoder && source === 'meta' && decoder.encoding.startsWith('utf-16')) decoder = decoderFor('utf-8');
    if (!decoder) {
      warning ??= `unknown charset "${label}" (from ${source}); ignored`;
      continue;
    }
    const html = decode(decoder, bytes);
    return warning ? { html, charset: decoder.encoding, source, warning } : { html, charset: decoder.encoding, source };
  }
  const html = new TextDecoder('utf-8').decode(bytes);
  return warning
    ? { html, charset: 'utf-8', source: 'default', warning }
    : { html, charset: 'utf-8', source: 'default' };
}
