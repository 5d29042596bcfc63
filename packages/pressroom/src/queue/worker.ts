// `pressroom worker`: takes jobs from a BullMQ queue and writes one JSONL shard per job.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import type { PageJobOptions } from '../cli/page';
import { WorkerPool } from '../cli/pool';
import { DEFAULT_PREFIX, parseRedisUrl, RECORD_JOB, RECORD_JOB_SCRIPT, statsKey } from './connection';
import { describeSource, type QueueJobData, type QueueJobResult, shardName } from './jobs';
import { isSystemError, readJobItems } from './read';

/** Options of {@link runQueueWorker}, from `pressroom worker`. */
export interface QueueWorkerOptions {
  redis: string;
  queue: string;
  prefix?: string;
  /** Directory of the shards (created if missing). Every worker of a queue should write to the same one, or their union is the result. */
  out: string;
  /** Worker threads parsing pages. */
  workers: number;
  /** Jobs taken at once, so the threads never wait between jobs. Default 2. */
  concurrency?: number;
  /** How long a job stays locked without a heartbeat before another worker takes it over, ms. Default 30,000. */
  lockMs?: number;
  /** Exit once no job is waiting, delayed or active anywhere. */
  untilEmpty?: boolean;
  /** Told about every job that finished, failed or was taken over. */
  log: (event: QueueWorkerEvent) => void;
  /** Aborting stops taking jobs, finishes the running ones and returns. */
  signal?: AbortSignal;
}

/** One line of the worker's log. */
export type QueueWorkerEvent =
  | ({ event: 'completed'; job: string; input: string } & QueueJobResult)
  | { event: 'failed'; job: string; input: string; attempt: number; attempts: number; final: boolean; error: string }
  | { event: 'stalled'; job: string }
  | { event: 'error'; error: string }
  | { event: 'ready'; worker: string; queue: string; out: string; threads: number };

/** What `pressroom worker` prints when it stops. */
export interface QueueWorkerSummary {
  command: 'worker';
  worker: string;
  queue: string;
  jobs: number;
  failedJobs: number;
  pages: number;
  ok: number;
  failed: number;
  seconds: number;
  pagesPerSecond: number;
  /** CPU time of the whole process (main thread and parsing threads), user + system, seconds. */
  cpuSeconds: number;
  workersReplaced: number;
}

/** Marks the ids of pages in flight, so a result line finds its job: `{"id":"<TAG><token>.<index>",...`. */
const TAG = 'pressroom-queue\u0000';
const LINE_HEAD = `{"id":${JSON.stringify(TAG).slice(0, -1)}`;

/** One job being processed: its output lines by input position, so the shard is written in input order. */
class JobRun {
  readonly ids: string[] = [];
  readonly lines: (string | undefined)[] = [];
  outstanding = 0;
  ok = 0;
  failed = 0;
  reading = true;
  private resolve: (() => void) | null = null;

  add(id: string): number {
    this.ids.push(id);
    this.lines.push(undefined);
    this.outstanding++;
    return this.ids.length - 1;
  }

  set(index: number, line: string, failed: boolean): void {
    if (this.lines[index] !== undefined) return;
    this.lines[index] = line;
    this.outstanding--;
    if (failed) this.failed++;
    else this.ok++;
    if (!this.reading && this.outstanding === 0) this.resolve?.();
  }

  /** Resolves once every page read has its line. */
  finished(): Promise<void> {
    this.reading = false;
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }
}

/** Writes `lines` to `<out>/<name>` atomically: a temporary file beside it, flushed, then renamed. */
async function writeShard(out: string, name: string, lines: string[]): Promise<void> {
  const tmp = join(out, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(lines.length ? `${lines.join('\n')}\n` : '');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw error;
  }
  await handle.close();
  await rename(tmp, join(out, name)).catch(async (error: unknown) => {
    await unlink(tmp).catch(() => {});
    throw error;
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Runs a queue worker until `signal` aborts (or, with `untilEmpty`, until the queue has no job
 * left). Each job's pages are read from the shared filesystem and parsed on the same worker
 * thread pool as `pressroom batch` (per-page time budget, hung or crashed threads replaced, a
 * failing page written as an error line), so the main thread only moves bytes and keeps the
 * job locks renewed. A job's lines are written in input order to `<out>/<job id>.jsonl`
 * atomically when the job completes: a worker killed mid-job leaves no shard, and the retry
 * (here or on another machine) writes the same file. A job whose inputs cannot be read throws,
 * and BullMQ retries it with exponential backoff until its attempts run out.
 *
 * @example
 * const summary = await runQueueWorker({ redis: 'redis://10.0.0.5:6379', queue: 'crawl', out: '/mnt/out', workers: 8, log: console.log });
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerSummary> {
  const { Queue, Worker, UnrecoverableError } = await import('bullmq');
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const connection = { ...parseRedisUrl(options.redis), maxRetriesPerRequest: null };
  const me = `${hostname()}:${process.pid}`;
  await mkdir(options.out, { recursive: true });

  const pools = new Map<string, WorkerPool>();
  const runs = new Map<string, JobRun>();
  let nextToken = 0;
  const summary: QueueWorkerSummary = {
    command: 'worker',
    worker: me,
    queue: options.queue,
    jobs: 0,
    failedJobs: 0,
    pages: 0,
    ok: 0,
    failed: 0,
    seconds: 0,
    pagesPerSecond: 0,
    cpuSeconds: 0,
    workersReplaced: 0,
  };

  const route = (line: string, failed: boolean) => {
    if (!line.startsWith(LINE_HEAD)) return; // not ours: cannot happen, the pool echoes our ids
    const close = line.indexOf('"', LINE_HEAD.length);
    const tag = line.slice(LINE_HEAD.length, close);
    const dot = tag.indexOf('.');
    const run = runs.get(tag.slice(0, dot));
    if (!run) return; // the job gave up (its input failed) while this page was parsed
    const index = Number(tag.slice(dot + 1));
    run.set(index, `{"id":${JSON.stringify(run.ids[index])}${line.slice(close + 1)}`, failed);
  };
  const poolFor = (page: PageJobOptions): WorkerPool => {
    const key = JSON.stringify(page);
    let pool = pools.get(key);
    if (!pool) {
      pool = new WorkerPool({ workers: options.workers, job: page, onResult: route });
      pools.set(key, pool);
    }
    return pool;
  };

  const processJob = async (job: Job<QueueJobData, QueueJobResult>): Promise<QueueJobResult> => {
    const data = job.data;
    if (data?.v !== 1 || !data.source || !data.page || !job.id) {
      throw new UnrecoverableError(
        `job ${job.id} was not made by this version of pressroom enqueue (format ${String(data?.v)}); re-enqueue it`,
      );
    }
    const jobStarted = performance.now();
    const token = String(nextToken++);
    const run = new JobRun();
    runs.set(token, run);
    try {
      const pool = poolFor(data.page);
      for await (const item of readJobItems(data.source)) {
        if ('failed' in item) {
          run.set(run.add(item.failed.id), JSON.stringify(item.failed), true);
          continue;
        }
        const index = run.add(item.page.id);
        await pool.submit({ ...item.page, id: `${TAG}${token}.${index}` });
      }
      await run.finished();
      const lines = run.lines as string[];
      const shard = shardName(job.id);
      await writeShard(options.out, shard, lines).catch((error: Error) => {
        throw new Error(`could not write ${shard} to ${options.out} on ${me}: ${error.message}`, { cause: error });
      });
      return {
        pages: lines.length,
        ok: run.ok,
        failed: run.failed,
        shard,
        seconds: round((performance.now() - jobStarted) / 1000),
        worker: me,
      };
    } catch (error) {
      if (isSystemError(error)) {
        throw new Error(`${(error as Error).message} (on ${me}: every worker must see the input paths)`, {
          cause: error,
        });
      }
      throw error;
    } finally {
      runs.delete(token);
    }
  };

  const worker = new Worker<QueueJobData, QueueJobResult>(options.queue, processJob, {
    connection,
    prefix,
    concurrency: options.concurrency ?? 2,
    lockDuration: options.lockMs ?? 30_000,
    stalledInterval: options.lockMs ?? 30_000,
    maxStalledCount: 2,
    name: me,
    autorun: false,
  });
  worker.on('completed', (job, result) => {
    summary.jobs++;
    summary.pages += result.pages;
    summary.ok += result.ok;
    summary.failed += result.failed;
    options.log({ event: 'completed', job: String(job.id), input: describeSource(job.data.source), ...result });
    void worker.client
      .then((client) =>
        client.runCommand(RECORD_JOB, [
          statsKey(prefix, options.queue),
          result.pages,
          result.ok,
          result.failed,
          job.finishedOn ?? Date.now(),
          job.processedOn ?? Date.now(),
        ]),
      )
      .catch((error: Error) =>
        options.log({ event: 'error', error: `could not update the counters: ${error.message}` }),
      );
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    const final = job.attemptsMade >= attempts || error.name === 'UnrecoverableError';
    if (final) summary.failedJobs++;
    options.log({
      event: 'failed',
      job: String(job.id),
      input: job.data?.source ? describeSource(job.data.source) : '?',
      attempt: job.attemptsMade,
      attempts,
      final,
      error: error.message,
    });
  });
  worker.on('stalled', (jobId) => options.log({ event: 'stalled', job: jobId }));
  worker.on('error', (error) => options.log({ event: 'error', error: error.message }));

  let watcher: NodeJS.Timeout | null = null;
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve();
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.untilEmpty) {
      const queue = new Queue(options.queue, { connection, prefix });
      let empty = 0;
      watcher = setInterval(() => {
        queue
          .getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')
          .then((counts) => {
            const left = Object.values(counts).reduce((a, b) => a + b, 0);
            empty = left === 0 && runs.size === 0 ? empty + 1 : 0;
            if (empty >= 2) {
              void queue.close();
              stop();
            }
          })
          .catch(() => {});
      }, 500);
    }
  });

  (await worker.client).defineCommand(RECORD_JOB, RECORD_JOB_SCRIPT);
  const running = worker.run();
  await worker.waitUntilReady();
  options.log({ event: 'ready', worker: me, queue: options.queue, out: options.out, threads: options.workers });
  await Promise.race([stopped, running]);
  if (watcher) clearInterval(watcher);
  await worker.close();
  await running.catch(() => {});
  for (const pool of pools.values()) {
    await pool.close();
    summary.workersReplaced += pool.replaced;
  }
  const seconds = (performance.now() - started) / 1000;
  summary.seconds = round(seconds);
  summary.pagesPerSecond = round(seconds > 0 ? summary.pages / seconds : 0);
  const cpu = process.cpuUsage(cpuStart);
  summary.cpuSeconds = round((cpu.user + cpu.system) / 1e6);
  return summary;
}
