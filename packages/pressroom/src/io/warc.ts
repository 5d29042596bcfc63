import type { Readable } from 'node:stream';
import { brotliDecompressSync, createGunzip, gunzipSync, inflateSync } from 'node:zlib';
import { LINE_BREAK } from '../patterns';

/** One WARC record: its headers (names lower-cased) and its content block. */
export interface WarcRecord {
  version: string;
  headers: Map<string, string>;
  block: Uint8Array;
}

/** An HTTP response parsed out of a WARC `response` record. */
export interface HttpResponse {
  status: number;
  /** Header names lower-cased; repeated headers joined with ", ". */
  headers: Map<string, string>;
  body: Uint8Array;
}

const CRLF_CRLF = Buffer.from('\r\n\r\n');
const LF_LF = Buffer.from('\n\n');
/** A WARC header block larger than this is not a WARC file. */
const MAX_HEADER_BYTES = 1024 * 1024;

class ByteQueue {
  private chunks: Buffer[] = [];
  length = 0;

  push(chunk: Buffer): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.length += chunk.length;
  }

  /** Joins the queued chunks into one buffer (cheap when there is one chunk). */
  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.length)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  indexOf(needle: Buffer, limit: number): number {
    const flat = this.flatten();
    const at = flat.indexOf(needle);
    return at >= 0 && at < limit ? at : -1;
  }

  peek(n: number): Buffer {
    return this.flatten().subarray(0, n);
  }

  /** Removes and returns the first `n` bytes (copied, so the record does not pin the chunk). */
  take(n: number): Buffer {
    const flat = this.flatten();
    const out = Buffer.from(flat.subarray(0, n));
    this.chunks = flat.length > n ? [flat.subarray(n)] : [];
    this.length -= n;
    return out;
  }

  skip(n: number): void {
    const flat = this.flatten();
    this.chunks = flat.length > n ? [flat.subarray(n)] : [];
    this.length -= n;
  }
}

function parseHeaderLines(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(LINE_BREAK)) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
      headers.set(last, `${headers.get(last) ?? ''} ${line.trim()}`); // obsolete line folding
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    last = name;
  }
  return headers;
}

/**
 * Reads WARC records from a byte stream, one at a time, holding at most one record in memory.
 * Pass `gzip: true` for `.warc.gz` (per-record gzip members, as Common Crawl writes them, or
 * one member: both work). Throws on a malformed file, naming the byte offset.
 *
 * @example
 * for await (const record of readWarc(createReadStream('crawl.warc.gz'), { gzip: true })) {
 *   record.headers.get('warc-type'); // 'response'
 * }
 */
export async function* readWarc(source: Readable, options: { gzip?: boolean } = {}): AsyncGenerator<WarcRecord> {
  const stream: AsyncIterable<Buffer> = options.gzip ? source.pipe(createGunzip()) : source;
  const queue = new ByteQueue();
  let offset = 0;
  let state: 'header' | 'block' = 'header';
  let pending: { version: string; headers: Map<string, string>; length: number } | null = null;
  const drain = function* (): Generator<WarcRecord> {
    for (;;) {
      if (state === 'header') {
        // Skip blank lines between records (the record trailer is CRLF CRLF).
        while (queue.length > 0) {
          const head = queue.peek(Math.min(queue.length, 2));
          if (head[0] === 0x0d || head[0] === 0x0a) {
            queue.skip(1);
            offset++;
          } else break;
        }
        if (queue.length === 0) return;
        let end = queue.indexOf(CRLF_CRLF, MAX_HEADER_BYTES);
        let sep = 4;
        if (end < 0) {
          end = queue.indexOf(LF_LF, MAX_HEADER_BYTES);
          sep = 2;
        }
        if (end < 0) {
          if (queue.length > MAX_HEADER_BYTES) throw new Error(`no WARC header end near byte ${offset}`);
          return;
        }
        const text = queue.take(end + sep).toString('latin1');
        const newline = text.indexOf('\n');
        const version = text.slice(0, newline).trim();
        if (!version.startsWith('WARC/'))
          throw new Error(`expected "WARC/1.x" at byte ${offset}, found "${version.slice(0, 20)}"`);
        const headers = parseHeaderLines(text.slice(newline + 1));
        const length = Number(headers.get('content-length'));
        if (!Number.isSafeInteger(length) || length < 0)
          throw new Error(`record at byte ${offset} has no Content-Length`);
        offset += end + sep;
        pending = { version, headers, length };
        state = 'block';
      }
      if (state === 'block' && pending) {
        if (queue.length < pending.length) return;
        const block = queue.take(pending.length);
        offset += pending.length;
        const record: WarcRecord = { version: pending.version, headers: pending.headers, block };
        pending = null;
        state = 'header';
        yield record;
      }
    }
  };
  for await (const chunk of stream) {
    queue.push(chunk);
    yield* drain();
  }
  yield* drain();
  if ((state as string) === 'block' || queue.length > 0)
    throw new Error(`WARC file ends inside a record (byte ${offset}): it is truncated`);
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return body;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isFinite(size)) return body;
    if (size === 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Buffer, encoding: string): Buffer {
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body);
    if (encoding === 'deflate') return inflateSync(body);
    if (encoding === 'br') return brotliDecompressSync(body);
  } catch {
    // Crawlers often store the decoded body but keep the header: use the bytes as they are.
  }
  return body;
}

/**
 * Parses the HTTP response in the block of a WARC `response` record: status line, headers,
 * and the body, de-chunked and decompressed when the stored headers say so (Common Crawl
 * stores decoded bodies and renames such headers to `X-Crawler-*`, which are then ignored).
 * Returns `null` when the block is not an HTTP response.
 *
 * @example
 * parseHttpResponse(record.block)?.headers.get('content-type'); // 'text/html; charset=utf-8'
 */
export function parseHttpResponse(block: Uint8Array): HttpResponse | null {
  const buf = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let end = buf.indexOf(CRLF_CRLF);
  let sep = 4;
  const lf = buf.indexOf(LF_LF);
  if (end < 0 || (lf >= 0 && lf < end)) {
    end = lf;
    sep = 2;
  }
  if (end < 0) return null;
  const text = buf.subarray(0, end).toString('latin1');
  const newline = text.indexOf('\n');
  const statusLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  if (!statusLine.startsWith('HTTP/')) return null;
  const status = Number(statusLine.split(' ')[1]);
  const headers = parseHeaderLines(newline < 0 ? '' : text.slice(newline + 1));
  let body: Buffer = buf.subarray(end + sep);
  if ((headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) body = dechunk(body);
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  if (encoding && encoding !== 'identity') body = decodeContent(body, encoding);
  return { status: Number.isFinite(status) ? status : 0, headers, body };
}
