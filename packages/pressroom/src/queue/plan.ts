// `pressroom enqueue`: cuts the inputs into jobs. Reads each input once; keeps no page in memory.
import { createReadStream } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { PageJobOptions } from '../cli/page';
import { inputKind, walkInputFiles } from '../io/inputs';
import type { JobFile, JobSource, QueueJobData } from './jobs';
import { isSystemError } from './read';

/** Options of {@link planJobs}. */
export interface PlanOptions {
  /** Pages per job: HTML files, WARC response records, or JSONL lines. */
  pagesPerJob: number;
  page: PageJobOptions;
  /** Told about inputs that could not be split as asked (they still become jobs). */
  warn: (message: string) => void;
  /** Bytes read at a time (default 4 MB); tests make it tiny to cut lines and records across reads. */
  chunkBytes?: number;
}

/** A WARC header block larger than this is not a WARC file (as in the batch reader). */
const MAX_HEADER_BYTES = 1024 * 1024;
/** A gzip member larger than this (compressed) is not split further: the rest of the file is one job. */
const MAX_MEMBER_BYTES = 64 * 1024 * 1024;
/** Nor one that inflates to more than this. */
const MAX_MEMBER_OUTPUT = 256 * 1024 * 1024;
const READ_CHUNK = 4 * 1024 * 1024;
const CRLF_CRLF = Buffer.from('\r\n\r\n');
const LF_LF = Buffer.from('\n\n');
const CR = 0x0d;
const LF = 0x0a;

/**
 * Follows the record structure of an uncompressed WARC stream without keeping the blocks:
 * reports each record's type and the stream offset where its block ends.
 */
export class WarcRecordScanner {
  private state: 'between' | 'header' | 'block' = 'between';
  private header: Buffer[] = [];
  private headerBytes = 0;
  private remaining = 0;
  private type: string | null = null;
  /** Bytes pushed so far. */
  offset = 0;

  /** True when the stream so far ends between records (a clean place to cut). */
  atBoundary(): boolean {
    return this.state === 'between';
  }

  /** Feeds bytes; returns the records they complete. Throws on bytes that are not WARC. */
  push(chunk: Buffer): { type: string | null; end: number }[] {
    const done: { type: string | null; end: number }[] = [];
    let at = 0;
    while (at < chunk.length) {
      if (this.state === 'between') {
        const byte = chunk[at] as number;
        if (byte === CR || byte === LF) {
          at++;
          continue;
        }
        this.state = 'header';
      }
      if (this.state === 'header') {
        const rest = chunk.subarray(at);
        const before = this.headerBytes;
        this.header.push(rest);
        this.headerBytes += rest.length;
        const joined = this.header.length > 1 ? Buffer.concat(this.header) : rest;
        this.header = [joined];
        const from = Math.max(0, before - 3);
        let end = joined.indexOf(CRLF_CRLF, from);
        let sep = 4;
        const lf = joined.indexOf(LF_LF, Math.max(0, before - 1));
        if (end < 0 || (lf >= 0 && lf < end)) {
          end = lf;
          sep = 2;
        }
        if (end < 0) {
          if (this.headerBytes > MAX_HEADER_BYTES)
            throw new Error(`no WARC header end near byte ${this.offset + at - before}`);
          at = chunk.length;
          break;
        }
        const text = joined.subarray(0, end).toString('latin1');
        if (!text.startsWith('WARC/'))
          throw new Error(`expected "WARC/1.x" at byte ${this.offset + at - before}, found "${text.slice(0, 20)}"`);
        let length = Number.NaN;
        this.type = null;
        for (const line of text.split('\n')) {
          const colon = line.indexOf(':');
          if (colon <= 0) continue;
          const name = line.slice(0, colon).trim().toLowerCase();
          if (name === 'content-length') length = Number(line.slice(colon + 1).trim());
          else if (name === 'warc-type') this.type = line.slice(colon + 1).trim();
        }
        if (!Number.isSafeInteger(length) || length < 0)
          throw new Error(`record at byte ${this.offset + at - before} has no Content-Length`);
        at += end + sep - before;
        this.header = [];
        this.headerBytes = 0;
        this.remaining = length;
        this.state = 'block';
      }
      if (this.state === 'block') {
        const take = Math.min(this.remaining, chunk.length - at);
        at += take;
        this.remaining -= take;
        if (this.remaining === 0) {
          done.push({ type: this.type, end: this.offset + at });
          this.state = 'between';
        }
      }
    }
    this.offset += chunk.length;
    return done;
  }
}

/** Cuts an uncompressed WARC file after every `perJob` response records. */
async function* planWarc(file: JobFile, size: number, options: PlanOptions): AsyncGenerator<JobSource> {
  const scanner = new WarcRecordScanner();
  let start = 0;
  let responses = 0;
  try {
    for await (const chunk of createReadStream(file.path, { highWaterMark: options.chunkBytes ?? READ_CHUNK })) {
      for (const record of scanner.push(chunk as Buffer)) {
        if (record.type === 'response') responses++;
        if (responses >= options.pagesPerJob) {
          yield { kind: 'warc', file, start, end: record.end, gzip: false, responses };
          start = record.end;
          responses = 0;
        }
      }
    }
  } catch (error) {
    if (isSystemError(error)) throw error;
    options.warn(`${file.name}: ${(error as Error).message}; its last job will report the error.`);
    yield { kind: 'warc', file, start, end: size, gzip: false, responses: null };
    return;
  }
  if (responses > 0 || !scanner.atBoundary())
    yield { kind: 'warc', file, start, end: size, gzip: false, responses: scanner.atBoundary() ? responses : null };
}

/** Length of the gzip member header at `buf[0]`, or -1 when `buf` does not start a gzip member. */
function gzipHeaderLength(buf: Buffer): number {
  if (buf.length < 10 || buf[0] !== 0x1f || buf[1] !== 0x8b || buf[2] !== 8) return -1;
  const flags = buf[3] as number;
  let at = 10;
  if (flags & 4) {
    if (buf.length < at + 2) return -1;
    at += 2 + (buf.readUInt16LE(at) as number);
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      const zero = buf.indexOf(0, at);
      if (zero < 0) return -1;
      at = zero + 1;
    }
  }
  if (flags & 2) at += 2;
  return at <= buf.length ? at : -1;
}

/** Reads gzip members one by one from an open file: where each starts and ends, and its bytes inflated. */
async function* gzipMembers(handle: FileHandle, size: number): AsyncGenerator<{ end: number; data: Buffer }> {
  let buf = Buffer.alloc(0);
  let bufStart = 0;
  let pos = 0;
  const fill = async (need: number) => {
    while (bufStart + buf.length < size && bufStart + buf.length - pos < need) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK, size - bufStart - buf.length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, bufStart + buf.length);
      if (bytesRead === 0) break;
      const keep = buf.subarray(pos - bufStart);
      buf = Buffer.concat([keep, chunk.subarray(0, bytesRead)]);
      bufStart = pos;
    }
  };
  while (pos < size) {
    let want = 64 * 1024;
    for (;;) {
      await fill(want);
      const view = buf.subarray(pos - bufStart);
      const header = gzipHeaderLength(view);
      if (header < 0) throw new Error(`no gzip member at byte ${pos}`);
      try {
        const { buffer, engine } = inflateRawSync(view.subarray(header), {
          info: true,
          maxOutputLength: MAX_MEMBER_OUTPUT,
        }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
        const end = pos + header + engine.bytesWritten + 8;
        if (end > size) throw new Error(`the gzip member at byte ${pos} is truncated`);
        yield { end, data: buffer };
        pos = end;
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        const more = bufStart + buf.length < size;
        if (code === 'Z_BUF_ERROR' && more && want < MAX_MEMBER_BYTES) {
          want *= 4;
          continue;
        }
        if (code === 'Z_BUF_ERROR' && more) throw new Error(`the gzip member at byte ${pos} is too large to split at`);
        throw new Error(`the gzip member at byte ${pos} cannot be read: ${(error as Error).message}`);
      }
    }
  }
}

/**
 * Cuts a WARC.gz file on gzip member boundaries that are also record boundaries (Common Crawl
 * writes one member per record), after every `perJob` response records. A file that cannot be
 * cut (one gzip member for everything) stays one job.
 */
async function* planWarcGz(file: JobFile, size: number, options: PlanOptions): AsyncGenerator<JobSource> {
  const scanner = new WarcRecordScanner();
  let start = 0;
  let responses = 0;
  const handle = await open(file.path, 'r');
  try {
    for await (const member of gzipMembers(handle, size)) {
      for (const record of scanner.push(member.data)) if (record.type === 'response') responses++;
      if (responses >= options.pagesPerJob && scanner.atBoundary()) {
        yield { kind: 'warc', file, start, end: member.end, gzip: true, responses };
        start = member.end;
        responses = 0;
      }
    }
  } catch (error) {
    if (isSystemError(error)) throw error;
    options.warn(`${file.name}: ${(error as Error).message}; the rest of the file from byte ${start} is one job.`);
    yield { kind: 'warc', file, start, end: size, gzip: true, responses: null };
    return;
  } finally {
    await handle.close();
  }
  if (responses > 0 || !scanner.atBoundary())
    yield { kind: 'warc', file, start, end: size, gzip: true, responses: scanner.atBoundary() ? responses : null };
}

/**
 * Cuts a plain JSON Lines file every `perJob` lines, counting line breaks as `pressroom batch`
 * (Node's readline) does: LF, CRLF, and a lone CR. A `.gz` file is one job.
 */
async function* planJsonl(file: JobFile, size: number, options: PlanOptions): AsyncGenerator<JobSource> {
  if (file.name.toLowerCase().endsWith('.gz')) {
    yield { kind: 'jsonl', file, start: 0, end: size, firstLine: 1, lines: null };
    return;
  }
  let start = 0;
  let firstLine = 1;
  let lines = 0;
  let offset = 0;
  let pendingCr = false;
  let lastBreak = 0;
  const cut = function* (end: number): Generator<JobSource> {
    lines++;
    lastBreak = end;
    if (lines >= options.pagesPerJob) {
      yield { kind: 'jsonl', file, start, end, firstLine, lines };
      start = end;
      firstLine += lines;
      lines = 0;
    }
  };
  for await (const data of createReadStream(file.path, { highWaterMark: options.chunkBytes ?? READ_CHUNK })) {
    const chunk = data as Buffer;
    let at = 0;
    if (pendingCr) {
      pendingCr = false;
      if (chunk[0] === LF) at = 1;
      yield* cut(offset + at);
    }
    for (;;) {
      const lf = chunk.indexOf(LF, at);
      const cr = chunk.indexOf(CR, at);
      if (lf < 0 && cr < 0) break;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (cr === chunk.length - 1) {
          pendingCr = true;
          at = chunk.length;
          break;
        }
        at = chunk[cr + 1] === LF ? cr + 2 : cr + 1;
      } else at = lf + 1;
      yield* cut(offset + at);
    }
    offset += chunk.length;
  }
  if (pendingCr) yield* cut(offset);
  if (start < size)
    yield { kind: 'jsonl', file, start, end: size, firstLine, lines: lastBreak < size ? lines + 1 : lines };
}

/**
 * Cuts the inputs into queue jobs, in input order: HTML files in groups of `pagesPerJob`,
 * WARC files in ranges of `pagesPerJob` response records, plain JSONL files in ranges of
 * `pagesPerJob` lines; directories are walked as `pressroom batch` walks them. Paths are
 * resolved to absolute paths, which every worker must be able to open.
 *
 * @example
 * for await (const data of planJobs(['crawl/'], { pagesPerJob: 100, page, warn })) await queue.add(...);
 */
export async function* planJobs(inputs: string[], options: PlanOptions): AsyncGenerator<QueueJobData> {
  const page = options.page;
  let html: JobFile[] = [];
  const flushHtml = function* (all: boolean): Generator<QueueJobData> {
    while (html.length >= options.pagesPerJob || (all && html.length > 0)) {
      yield { v: 1, source: { kind: 'html', files: html.slice(0, options.pagesPerJob) }, page };
      html = html.slice(options.pagesPerJob);
    }
  };
  const planFile = async function* (name: string, size: number): AsyncGenerator<QueueJobData> {
    const file: JobFile = { path: resolve(name), name };
    const kind = inputKind(name);
    if (kind === 'html') {
      html.push(file);
      yield* flushHtml(false);
      return;
    }
    const sources =
      kind === 'jsonl'
        ? planJsonl(file, size, options)
        : name.toLowerCase().endsWith('.gz')
          ? planWarcGz(file, size, options)
          : planWarc(file, size, options);
    for await (const source of sources) yield { v: 1, source, page };
  };
  for (const input of inputs) {
    if (input === '-')
      throw new Error('enqueue cannot take stdin: workers open inputs by path. Save it to a file they can all read.');
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch {
      throw new Error(`input not found: ${input}. Give HTML files, directories, .jsonl or .warc(.gz) files.`);
    }
    if (info.isDirectory()) {
      for await (const file of walkInputFiles(input)) yield* planFile(file, (await stat(file)).size);
    } else yield* planFile(input, info.size);
  }
  yield* flushHtml(true);
}
