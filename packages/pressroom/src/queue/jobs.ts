// What a queue job holds: a slice of the inputs, referenced by path (never the pages themselves).
import { createHash } from 'node:crypto';
import type { PageJobOptions } from '../cli/page';

/** A file as the job refers to it: `path` is what workers open, `name` what page ids are made of. */
export interface JobFile {
  /** Absolute path, resolved on the machine that enqueued: every worker must see it there. */
  path: string;
  /** The path as the user gave it (or as the directory walk built it), as `pressroom batch` names it in ids. */
  name: string;
}

/** HTML files, one page each. */
export interface HtmlFilesSource {
  kind: 'html';
  files: JobFile[];
}

/**
 * A byte range of a WARC or WARC.gz file that starts and ends on record boundaries (for
 * `.warc.gz`, on gzip member boundaries too). `start = 0, end = size` is the whole file.
 */
export interface WarcRangeSource {
  kind: 'warc';
  file: JobFile;
  start: number;
  end: number;
  gzip: boolean;
  /** Response records in the range, as counted when enqueued (null when not counted). */
  responses: number | null;
}

/**
 * Lines of a JSON Lines file. A plain file is cut by byte range (`start`, `end`, on line
 * starts) with `firstLine` the 1-based number of its first line; a `.gz` file is one job
 * (`end` = its size, `firstLine` = 1).
 */
export interface JsonlRangeSource {
  kind: 'jsonl';
  file: JobFile;
  start: number;
  end: number;
  firstLine: number;
  /** Lines in the range (null for a `.gz` file, which is not counted). */
  lines: number | null;
}

/** The inputs of one job. */
export type JobSource = HtmlFilesSource | WarcRangeSource | JsonlRangeSource;

/** The data of a queue job: its inputs and how every page of it is parsed. */
export interface QueueJobData {
  /** Format of this object; a worker refuses versions it does not know. */
  v: 1;
  source: JobSource;
  /** Per-page options, fixed at enqueue time so every worker (and every retry) writes the same shard. */
  page: PageJobOptions;
}

/** What a finished job returns (stored by BullMQ as the job's return value). */
export interface QueueJobResult {
  /** Output lines written: pages parsed plus input entries that could not be read. */
  pages: number;
  ok: number;
  failed: number;
  /** Shard file name under the worker's `--out`. */
  shard: string;
  seconds: number;
  /** `host:pid` of the worker that wrote the shard. */
  worker: string;
}

/**
 * The id of the job for `data`: its kind and a hash of its inputs and options. The same slice
 * enqueued twice gets the same id, so BullMQ keeps one job (re-running `pressroom enqueue` is
 * safe), and the shard a job writes is always `<id>.jsonl`.
 *
 * @example
 * jobId({ v: 1, source: { kind: 'html', files: [...] }, page: { timeoutMs: 10000, fields: null } }); // 'html-3f2a91c0d4e5b6a7'
 */
export function jobId(data: QueueJobData): string {
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
  return `${data.source.kind}-${hash}`;
}

/**
 * The shard file a job writes under `--out`.
 *
 * @example
 * shardName('warc-3f2a91c0d4e5b6a7'); // 'warc-3f2a91c0d4e5b6a7.jsonl'
 */
export function shardName(id: string): string {
  return `${id}.jsonl`;
}

/**
 * A short description of a job's inputs, for logs and `pressroom status`.
 *
 * @example
 * describeSource({ kind: 'warc', file: { path: '/d/a.warc.gz', name: 'a.warc.gz' }, start: 0, end: 9000, gzip: true, responses: 100 });
 * // 'a.warc.gz bytes 0-9000 (100 responses)'
 */
export function describeSource(source: JobSource): string {
  switch (source.kind) {
    case 'html': {
      const first = source.files[0]?.name ?? '';
      return source.files.length === 1 ? first : `${source.files.length} HTML files from ${first}`;
    }
    case 'warc':
      return `${source.file.name} bytes ${source.start}-${source.end}${source.responses === null ? '' : ` (${source.responses} responses)`}`;
    case 'jsonl':
      return source.lines === null
        ? source.file.name
        : `${source.file.name} lines ${source.firstLine}-${source.firstLine + source.lines - 1}`;
  }
}
