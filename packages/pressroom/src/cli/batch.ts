import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInputStats, type InputStats, readInputs } from '../io/inputs';
import { readDoneIds } from '../io/resume';
import { inShard, type Shard } from '../io/shard';
import { EXIT } from './exit-codes';
import { WorkerPool } from './pool';
import type { BatchCounts } from './progress';
import { ProgressBar } from './progress';

/** Options of {@link runBatch}, from `pressroom batch`. */
export interface BatchOptions {
  inputs: string[];
  out: string;
  workers?: number;
  resume: boolean;
  shard: Shard | null;
  timeoutMs: number;
  fields: string[] | null;
  /** Draw a progress bar (stderr is a TTY) rather than print a JSON summary line. */
  progress: boolean;
  stderr: NodeJS.WriteStream;
}

/** The summary `pressroom batch` prints on stderr as one JSON line when stderr is not a TTY. */
export interface BatchSummary extends BatchCounts {
  command: 'batch';
  out: string;
  workers: number;
  /** Records skipped by the readers: not an HTML 2xx response. */
  skipped: number;
  /** Pages skipped because `--resume` found them in the output. */
  resumed: number;
  /** Pages left to the other shards. */
  otherShards: number;
  workersReplaced: number;
  seconds: number;
  pagesPerSecond: number;
  /** Resident memory of the whole process (all workers), MB: before, after the first 5% of pages (at least 50), at the end, highest. */
  rssMb: { start: number; warm: number | null; end: number; peak: number };
  /** Pages parsed when `warm` was sampled. */
  warmPages: number | null;
  /** Bytes of input read. */
  inputBytes: number;
  /** CPU time of the whole process (all threads), user + system, in seconds. */
  cpuSeconds: number;
}

const MB = 1024 * 1024;

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Runs `pressroom batch`: streams the inputs, skips pages outside the shard and pages already
 * in the output (`--resume`), parses the rest on a worker pool and appends one JSON line per
 * page (in completion order, not input order). Returns the exit code: 0 when every page
 * parsed, 1 when some failed (their lines carry `error`).
 */
export async function runBatch(options: BatchOptions): Promise<{ code: number; summary: BatchSummary }> {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const rssStart = process.memoryUsage().rss;
  let rssPeak = rssStart;
  const done = options.resume ? await readDoneIds(options.out) : new Set<string>();
  const out = createWriteStream(options.out, { flags: options.resume ? 'a' : 'w' });
  const outError = once(out, 'error').then(([error]) => {
    throw error;
  });
  outError.catch(() => {});
  const stats: InputStats = createInputStats();
  const counts: BatchCounts = { pages: 0, ok: 0, failed: 0 };
  const workers = options.workers ?? availableParallelism();
  let warm: { rss: number; pages: number } | null = null;
  let resumed = 0;
  let otherShards = 0;
  let nextWarmCheck = 50;
  const write = (line: string, failed: boolean) => {
    out.write(`${line}\n`);
    counts.pages++;
    if (failed) counts.failed++;
    else counts.ok++;
    if (counts.pages % 50 === 0) {
      const rss = process.memoryUsage().rss;
      if (rss > rssPeak) rssPeak = rss;
      if (!warm && counts.pages >= nextWarmCheck) {
        // "warm" = after max(50, 5% of the pages seen by then) pages, once the estimate is stable
        const share = stats.bytesTotal > 0 ? stats.bytesRead / stats.bytesTotal : 1;
        if (share >= 0.05 || share === 0) warm = { rss, pages: counts.pages };
        else nextWarmCheck = counts.pages + 50;
      }
    }
  };
  const pool = new WorkerPool({
    workers,
    job: { timeoutMs: options.timeoutMs, fields: options.fields },
    onResult: write,
  });
  const bar = options.progress ? new ProgressBar(options.stderr, counts, stats) : null;
  let readError: unknown = null;
  try {
    for await (const item of readInputs(options.inputs, stats)) {
      const id = 'page' in item ? item.page.id : item.failed.id;
      if (options.shard && !inShard(id, options.shard)) {
        otherShards++;
        continue;
      }
      if (done.has(id)) {
        resumed++;
        continue;
      }
      if ('failed' in item) write(JSON.stringify(item.failed), true);
      else await pool.submit(item.page);
      if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), outError]);
    }
  } catch (error) {
    readError = error;
  }
  await pool.close();
  out.end();
  await Promise.race([once(out, 'finish'), outError]);
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;
  const rssEnd = process.memoryUsage().rss;
  const summary: BatchSummary = {
    command: 'batch',
    out: options.out,
    workers,
    ...counts,
    skipped: stats.skipped,
    resumed,
    otherShards,
    workersReplaced: pool.replaced,
    seconds: round(seconds),
    pagesPerSecond: round(seconds > 0 ? counts.pages / seconds : 0),
    rssMb: {
      start: round(rssStart / MB),
      warm: warm ? round((warm as { rss: number }).rss / MB) : null,
      end: round(rssEnd / MB),
      peak: round(Math.max(rssPeak, rssEnd) / MB),
    },
    warmPages: warm ? (warm as { pages: number }).pages : null,
    inputBytes: stats.bytesRead,
    cpuSeconds: round(cpuSeconds(cpuStart)),
  };
  if (readError) throw Object.assign(readError as Error, { summary });
  return { code: counts.failed > 0 ? EXIT.PAGES_FAILED : EXIT.OK, summary };
}
