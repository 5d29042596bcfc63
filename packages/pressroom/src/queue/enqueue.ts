// `pressroom enqueue`: cuts the inputs into jobs and adds them to a BullMQ queue.
import type { PageJobOptions } from '../cli/page';
import { DEFAULT_PREFIX, parseRedisUrl } from './connection';
import { jobId, type QueueJobData } from './jobs';
import { planJobs } from './plan';

/** Options of {@link runEnqueue}. */
export interface EnqueueOptions {
  inputs: string[];
  redis: string;
  queue: string;
  prefix?: string;
  /** Pages per job (HTML files, WARC response records, JSONL lines). Default 100. */
  pagesPerJob?: number;
  page: PageJobOptions;
  /** Tries per job before it is failed. Default 5. */
  attempts?: number;
  /** First retry delay, ms; doubled at every retry. Default 2,000. */
  backoffMs?: number;
  warn: (message: string) => void;
}

/** What `pressroom enqueue` prints. */
export interface EnqueueSummary {
  command: 'enqueue';
  queue: string;
  /** Jobs made from the inputs. */
  jobs: number;
  /** Of those, jobs the queue already held (same inputs enqueued before), waiting, running or done: not added again. */
  existing: number;
  /** Of those, jobs that had failed (all attempts used): put back to wait, with fresh attempts. */
  retried: number;
  /** Pages the jobs should yield, as counted while splitting (HTML files, WARC responses, JSONL lines; null parts not counted). */
  pages: number;
  seconds: number;
}

const BATCH = 200;

/**
 * Splits the inputs into jobs (see `planJobs`) and adds them to the queue, `BATCH` at a time
 * while the inputs are still being read, so workers can start at once. Job ids are derived from
 * the inputs, so enqueuing the same inputs again adds nothing twice; it puts jobs that had
 * failed (a file missing on the workers, say) back to wait, with fresh attempts.
 *
 * @example
 * await runEnqueue({ inputs: ['crawl/'], redis: 'redis://10.0.0.5:6379', queue: 'crawl', page: { timeoutMs: 10000, fields: null }, warn });
 * // { command: 'enqueue', queue: 'crawl', jobs: 412, existing: 0, retried: 0, pages: 41187, seconds: 9.3 }
 */
export async function runEnqueue(options: EnqueueOptions): Promise<EnqueueSummary> {
  const { Queue } = await import('bullmq');
  const started = performance.now();
  const queue = new Queue<QueueJobData>(options.queue, {
    connection: parseRedisUrl(options.redis),
    prefix: options.prefix ?? DEFAULT_PREFIX,
  });
  const summary: EnqueueSummary = {
    command: 'enqueue',
    queue: options.queue,
    jobs: 0,
    existing: 0,
    retried: 0,
    pages: 0,
    seconds: 0,
  };
  const jobOptions = {
    attempts: options.attempts ?? 5,
    backoff: { type: 'exponential', delay: options.backoffMs ?? 2_000 },
  };
  let batch: QueueJobData[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const ids = batch.map(jobId);
    const states = await Promise.all(ids.map((id) => queue.getJobState(id)));
    const fresh = batch.filter((_, i) => states[i] === 'unknown');
    const failed = ids.filter((_, i) => states[i] === 'failed');
    summary.existing += batch.length - fresh.length - failed.length;
    for (const id of failed) {
      await (await queue.getJob(id))?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      summary.retried++;
    }
    await queue.addBulk(
      fresh.map((data) => ({ name: data.source.kind, data, opts: { ...jobOptions, jobId: jobId(data) } })),
    );
    batch = [];
  };
  try {
    for await (const data of planJobs(options.inputs, {
      pagesPerJob: options.pagesPerJob ?? 100,
      page: options.page,
      warn: options.warn,
    })) {
      summary.jobs++;
      const s = data.source;
      summary.pages += s.kind === 'html' ? s.files.length : s.kind === 'warc' ? (s.responses ?? 0) : (s.lines ?? 0);
      batch.push(data);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  return summary;
}
