// A worker reads the pages of one job from the shared filesystem, as `pressroom batch` reads them.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { createInputStats, type InputItem, readJsonlPages, responsePage } from '../io/inputs';
import { readWarc } from '../io/warc';
import type { JobSource, JsonlRangeSource, WarcRangeSource } from './jobs';

/** An error of the file system (missing file, I/O error): worth retrying, maybe on another machine. */
export function isSystemError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'syscall' in error;
}

function rangeStream(path: string, start: number, end: number): Readable {
  return end > start ? createReadStream(path, { start, end: end - 1, highWaterMark: 256 * 1024 }) : Readable.from([]);
}

/**
 * The response records of a WARC range, with the filter of `pressroom batch` (2xx HTML
 * responses; id = WARC-Record-ID, url = WARC-Target-URI). Bytes that are not WARC end the
 * range with one error item naming the file and offset; file-system errors are thrown.
 */
async function* readWarcRange(source: WarcRangeSource): AsyncGenerator<InputItem> {
  const { file } = source;
  let index = 0;
  try {
    for await (const record of readWarc(rangeStream(file.path, source.start, source.end), { gzip: source.gzip })) {
      index++;
      if (record.headers.get('warc-type') !== 'response') continue;
      const page = responsePage(record, `${file.name}@${source.start}#${index}`);
      if (page) yield { page };
    }
  } catch (error) {
    if (isSystemError(error)) throw error;
    yield {
      failed: {
        id: `${file.name}@${source.start}`,
        url: null,
        error: {
          code: 'PRESSROOM_INVALID_INPUT',
          message: `${file.name} (bytes ${source.start}-${source.end}) is not a readable WARC${source.gzip ? '.gz' : ''}: ${(error as Error).message}`,
        },
      },
    };
  }
}

/**
 * The lines of a JSONL range through the batch reader itself, so ids (`file#L<n>` for lines
 * without url or id) and messages are the same: the range is preceded by `firstLine - 1` empty
 * lines, which the reader counts and skips.
 */
function readJsonlRange(source: JsonlRangeSource): AsyncGenerator<InputItem> {
  const { file } = source;
  const stats = createInputStats();
  if (file.name.toLowerCase().endsWith('.gz')) return readJsonlPages(file.name, stats, createReadStream(file.path));
  const range = rangeStream(file.path, source.start, source.end);
  async function* withOffset(): AsyncGenerator<Buffer> {
    if (source.firstLine > 1) yield Buffer.alloc(source.firstLine - 1, 0x0a);
    for await (const chunk of range) yield chunk as Buffer;
  }
  return readJsonlPages(file.name, stats, Readable.from(withOffset()));
}

/**
 * Streams the pages of a job, in order. A missing or unreadable file throws (the job is
 * retried); entries that cannot be read as pages are yielded as `failed` items.
 *
 * @example
 * for await (const item of readJobItems(job.data.source)) if ('page' in item) pool.submit(item.page);
 */
export async function* readJobItems(source: JobSource): AsyncGenerator<InputItem> {
  switch (source.kind) {
    case 'html':
      for (const file of source.files) {
        let bytes: Uint8Array = await readFile(file.path);
        if (file.name.toLowerCase().endsWith('.gz')) {
          try {
            bytes = gunzipSync(bytes);
          } catch (error) {
            const message = `${file.name} is not gzip: ${(error as Error).message}`;
            yield { failed: { id: file.name, url: null, error: { code: 'PRESSROOM_INVALID_INPUT', message } } };
            continue;
          }
        }
        yield { page: { id: file.name, url: null, bytes, contentType: null } };
      }
      return;
    case 'warc':
      yield* readWarcRange(source);
      return;
    case 'jsonl':
      yield* readJsonlRange(source);
      return;
  }
}
