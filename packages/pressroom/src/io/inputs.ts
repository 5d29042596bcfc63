import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { HTML_FILE, JSONL_FILE, WARC_FILE } from '../patterns';
import { parseHttpResponse, readWarc, type WarcRecord } from './warc';

/** One page to parse, as read from an input. Either `html` or `bytes` is set. */
export interface PageInput {
  /** Stable id: the WARC-Record-ID, the JSONL `id` (else `url`, else `file#line`), or the file path. */
  id: string;
  url: string | null;
  html?: string;
  /** Raw body, decoded in the worker by `contentType` and `<meta>`. */
  bytes?: Uint8Array;
  contentType?: string | null;
}

/** An input entry that could not be read as a page (a bad JSONL line, say). */
export interface InputError {
  id: string;
  url: string | null;
  error: { code: string; message: string };
}

/** What the readers yield. */
export type InputItem = { page: PageInput } | { failed: InputError };

/** Counters the readers update while they stream, for progress and the summary. */
export interface InputStats {
  /** Bytes of input files (as stored, compressed or not) read so far. */
  bytesRead: number;
  /** Total size of the input files found so far (grows while directories are walked). */
  bytesTotal: number;
  /** Records skipped: not a response, not HTML, or an HTTP status other than 2xx. */
  skipped: number;
  files: number;
}

/** Creates zeroed {@link InputStats}. */
export function createInputStats(): InputStats {
  return { bytesRead: 0, bytesTotal: 0, skipped: 0, files: 0 };
}

/** The kind of input a path holds, by its name. */
export type InputKind = 'warc' | 'jsonl' | 'html';

/**
 * The kind of input file `path` names: `.warc[.gz]`, `.jsonl` / `.ndjson` (optionally `.gz`),
 * else HTML.
 *
 * @example
 * inputKind('CC-NEWS-20240101.warc.gz'); // 'warc'
 */
export function inputKind(path: string): InputKind {
  if (WARC_FILE.test(path)) return 'warc';
  if (JSONL_FILE.test(path)) return 'jsonl';
  return 'html';
}

function counted(path: string, stats: InputStats): Readable {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  stream.on('data', (chunk) => {
    stats.bytesRead += chunk.length;
  });
  return stream;
}

/**
 * The input files under `dir`, as `batch` and `enqueue` both read them: recursive, in name
 * order, HTML (optionally gzipped), JSONL and WARC files.
 */
export async function* walkInputFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkInputFiles(path);
    else if (entry.isFile() && (HTML_FILE.test(entry.name) || inputKind(entry.name) !== 'html')) yield path;
  }
}

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/** Is this Content-Type one a page parser should see? Unknown and empty types are let through. */
export function isHtmlType(contentType: string | undefined): boolean {
  if (!contentType) return true; // unknown: let the parser judge
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' || HTML_TYPES.includes(type);
}

/**
 * The page of a WARC `response` record when it is a 2xx HTML response, else `null`. The id is the
 * WARC-Record-ID (`fallbackId` without one), the URL the WARC-Target-URI.
 */
export function responsePage(record: WarcRecord, fallbackId: string): PageInput | null {
  const http = parseHttpResponse(record.block);
  if (!http || http.status < 200 || http.status > 299 || !isHtmlType(http.headers.get('content-type'))) return null;
  return {
    id: record.headers.get('warc-record-id') ?? fallbackId,
    url: record.headers.get('warc-target-uri') ?? null,
    bytes: http.body,
    contentType: http.headers.get('content-type') ?? null,
  };
}

/**
 * Streams the HTML responses of a WARC or WARC.gz file: `response` records only, HTTP
 * headers parsed, 2xx HTML responses kept, the rest counted as skipped. The page id is the
 * WARC-Record-ID, the URL the WARC-Target-URI; bytes are decoded later by the charset of the
 * stored Content-Type header, else the page's `<meta>`.
 *
 * @example
 * for await (const item of readWarcPages('CC-NEWS.warc.gz', stats)) if ('page' in item) item.page.url;
 */
export async function* readWarcPages(path: string, stats: InputStats): AsyncGenerator<InputItem> {
  for await (const record of readWarc(counted(path, stats), { gzip: path.toLowerCase().endsWith('.gz') })) {
    const type = record.headers.get('warc-type');
    if (type !== 'response') {
      if (type !== 'warcinfo' && type !== 'request' && type !== 'metadata') stats.skipped++;
      continue;
    }
    const page = responsePage(record, `${path}#${stats.bytesRead}`);
    if (page) yield { page };
    else stats.skipped++;
  }
}

/**
 * Streams a JSON Lines file (optionally gzipped) of `{ "url": ..., "html": ... }` objects, one
 * per line (an `id` field is used when present). A line that is not such an object is yielded
 * as a failure, and the stream goes on.
 *
 * @example
 * for await (const item of readJsonlPages('pages.jsonl', stats)) ...
 */
export async function* readJsonlPages(
  path: string,
  stats: InputStats,
  source: Readable = counted(path, stats),
): AsyncGenerator<InputItem> {
  const stream = path.toLowerCase().endsWith('.gz') ? source.pipe(createGunzip()) : source;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const where = `${path}#L${lineNo}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield failed(where, null, `line ${lineNo} of ${path} is not JSON: ${(error as Error).message}`);
      continue;
    }
    const obj = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const url = typeof obj.url === 'string' ? obj.url : null;
    const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : (url ?? where);
    if (typeof obj.html !== 'string') {
      yield failed(
        id,
        url,
        `line ${lineNo} of ${path} has no "html" string; each line must be {"url": ..., "html": ...}`,
      );
      continue;
    }
    yield { page: { id, url, html: obj.html } };
  }
}

function failed(id: string, url: string | null, message: string): InputItem {
  return { failed: { id, url, error: { code: 'PRESSROOM_INVALID_INPUT', message } } };
}

async function readHtmlFile(path: string, stats: InputStats): Promise<InputItem> {
  let bytes: Uint8Array = await readFile(path);
  stats.bytesRead += bytes.byteLength;
  if (path.toLowerCase().endsWith('.gz')) bytes = gunzipSync(bytes);
  return { page: { id: path, url: null, bytes, contentType: null } };
}

/**
 * Streams every page of the given inputs, in order: HTML files, directories (walked
 * recursively, in name order, picking HTML, WARC and JSONL files), JSONL and WARC(.gz) files.
 * `-` reads JSON Lines from stdin. Throws (with a message saying what to do) when a path does
 * not exist; a malformed WARC file throws when the bad record is reached.
 *
 * @example
 * for await (const item of readInputs(['crawl/', 'extra.jsonl'], createInputStats())) ...
 */
export async function* readInputs(paths: string[], stats: InputStats): AsyncGenerator<InputItem> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      throw new Error(`input not found: ${path}. Give HTML files, directories, .jsonl or .warc(.gz) files.`);
    }
    if (info.isDirectory()) {
      for await (const file of walkInputFiles(path)) {
        files.push(file);
        stats.bytesTotal += (await stat(file)).size;
      }
    } else {
      files.push(path);
      stats.bytesTotal += info.size;
    }
  }
  for (const file of files) {
    stats.files++;
    if (file === '-') {
      yield* readJsonlPages('stdin', stats, process.stdin);
      continue;
    }
    const kind = inputKind(file);
    if (kind === 'warc') yield* readWarcPages(file, stats);
    else if (kind === 'jsonl') yield* readJsonlPages(file, stats);
    else yield await readHtmlFile(file, stats);
  }
}
