import { PressroomError } from '@pressroom/core';
import { extractArticle } from './extract';
import { CHARSET_PARAM, META_CHARSET } from './patterns';
import type { Article, ExtractBytesOptions } from './types';

/** How many leading bytes are searched for a `<meta charset>`. */
const SNIFF_BYTES = 4096;

/**
 * The charset of an HTML document's bytes: a byte-order mark first, then the `Content-Type`
 * header's charset, then `<meta charset>` / `http-equiv` in the first 4 KB, else UTF-8.
 *
 * @example
 * detectCharset(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c])) // 'utf-8'
 * detectCharset(bytes, 'text/html; charset=ISO-8859-1')    // 'iso-8859-1'
 */
export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  const fromHeader = contentType ? CHARSET_PARAM.exec(contentType)?.[1] : undefined;
  if (fromHeader && isSupported(fromHeader)) return fromHeader.toLowerCase();
  let head = '';
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  const fromMeta = META_CHARSET.exec(head)?.[1];
  if (fromMeta && isSupported(fromMeta)) {
    const label = fromMeta.toLowerCase();
    // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16.
    return label.startsWith('utf-16') ? 'utf-8' : label;
  }
  return 'utf-8';
}

function isSupported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * {@link extractArticle} over raw bytes: the charset is detected ({@link detectCharset}) and the
 * bytes decoded with `TextDecoder` (invalid sequences become U+FFFD, never an error).
 *
 * @example
 * const res = await fetch(url);
 * const article = extractArticleFromBytes(new Uint8Array(await res.arrayBuffer()), {
 *   url, contentType: res.headers.get('content-type') ?? undefined,
 * });
 */
export function extractArticleFromBytes(bytes: Uint8Array, options: ExtractBytesOptions = {}): Article {
  if (!(bytes instanceof Uint8Array)) {
    throw new PressroomError(
      'PRESSROOM_INVALID_INPUT',
      `extractArticleFromBytes expects a Uint8Array, got ${bytes === null ? 'null' : typeof bytes}. Pass strings to extractArticle.`,
    );
  }
  const { contentType, ...rest } = options;
  const charset = detectCharset(bytes, contentType);
  let text: string;
  try {
    text = new TextDecoder(charset).decode(bytes);
  } catch (cause) {
    throw new PressroomError('PRESSROOM_UNSUPPORTED_ENCODING', `This runtime cannot decode ${charset}.`, { cause });
  }
  return extractArticle(text, rest);
}
