// `pressroom status`: progress of a queue across all its workers.
import { DEFAULT_PREFIX, parseRedisUrl, redactRedisUrl, statsKey } from './connection';
import { describeSource, type QueueJobData, type QueueJobResult } from './jobs';

/** Options of {@link getQueueStatus}. */
export interface StatusOptions {
  redis: string;
  queue: string;
  prefix?: string;
}

/** What `pressroom status --json` prints. */
export interface QueueStatus {
  command: 'status';
  queue: string;
  redis: string;
  /** Jobs by state. `delayed` jobs wait for a retry (after a failed attempt) to come due. */
  jobs: { done: number; failed: number; waiting: number; active: number; delayed: number; total: number };
  /** Output lines written by completed jobs: pages parsed (`ok`) or written with their error (`failed`). */
  pages: { done: number; ok: number; failed: number };
  pagesPerSecond: {
    /** Pages done / (last job finished - first job started), across every worker. */
    overall: number;
    /** Pages of the jobs that finished in the last 60 s, per second. */
    lastMinute: number;
  };
  /** Workers connected now (`host:pid`). */
  workers: string[];
  /** Up to 10 failed jobs, newest first, with their error. */
  failedJobs: { id: string; input: string; attempts: number; error: string }[];
  /** True when no job is waiting, delayed or active. */
  finished: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Reads the progress of a queue: job counts by state (BullMQ's), pages done and pages per
 * second across every worker (from counters the workers keep beside the queue), the workers
 * connected, and the last failed jobs with their errors.
 *
 * @example
 * const s = await getQueueStatus({ redis: 'redis://10.0.0.5:6379', queue: 'crawl' });
 * s.jobs; // { done: 312, failed: 1, waiting: 90, active: 8, delayed: 0, total: 411 }
 */
export async function getQueueStatus(options: StatusOptions): Promise<QueueStatus> {
  const { Queue } = await import('bullmq');
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const queue = new Queue<QueueJobData, QueueJobResult>(options.queue, {
    connection: parseRedisUrl(options.redis),
    prefix,
  });
  try {
    const counts = await queue.getJobCounts('completed', 'failed', 'waiting', 'prioritized', 'active', 'delayed');
    const client = await queue.client;
    const stats = await client.hgetall(statsKey(prefix, options.queue));
    const num = (key: string) => Number(stats[key] ?? 0) || 0;
    const now = Date.now();
    let recent = 0;
    let oldest = now;
    for (let start = 0; ; start += 100) {
      const jobs = await queue.getJobs(['completed'], start, start + 99, false);
      let older = false;
      for (const job of jobs) {
        if (!job.finishedOn || job.finishedOn < now - 60_000) {
          older = true;
          continue;
        }
        recent += (job.returnvalue as QueueJobResult | null)?.pages ?? 0;
        oldest = Math.min(oldest, job.processedOn ?? job.finishedOn);
      }
      if (older || jobs.length < 100) break;
    }
    const startedAt = num('startedAt');
    const window = Math.min(60, Math.max(1, (now - Math.max(oldest, startedAt || oldest)) / 1000));
    const elapsed = startedAt && num('finishedAt') > startedAt ? (num('finishedAt') - startedAt) / 1000 : 0;
    const failed = await queue.getJobs(['failed'], 0, 9, false);
    // CLIENT LIST, which some managed Redis services refuse: then no names, the rest still holds.
    const workers = await queue.getWorkers().then(
      (list) => list.map((w) => w.name ?? w.id ?? '?').sort(),
      () => [] as string[],
    );
    const jobs = {
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      total: 0,
    };
    jobs.total = jobs.done + jobs.failed + jobs.waiting + jobs.active + jobs.delayed;
    return {
      command: 'status',
      queue: options.queue,
      redis: redactRedisUrl(options.redis),
      jobs,
      pages: { done: num('pages'), ok: num('ok'), failed: num('failed') },
      pagesPerSecond: {
        overall: round(elapsed > 0 ? num('pages') / elapsed : 0),
        lastMinute: round(recent / window),
      },
      workers,
      failedJobs: failed.map((job) => ({
        id: String(job.id),
        input: job.data?.source ? describeSource(job.data.source) : '?',
        attempts: job.attemptsMade,
        error: job.failedReason ?? '',
      })),
      finished: jobs.waiting + jobs.active + jobs.delayed === 0,
    };
  } finally {
    await queue.close();
  }
}

/**
 * The status as a few lines of text for a terminal.
 *
 * @example
 * formatStatus(status);
 * // queue crawl on redis://10.0.0.5:6379
 * // jobs:  312 done, 1 failed, 90 waiting, 8 active, 0 retrying (411 in all)
 * // ...
 */
export function formatStatus(s: QueueStatus): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const lines = [
    `queue ${s.queue} on ${s.redis}${s.finished ? ' (finished)' : ''}`,
    `jobs:    ${n(s.jobs.done)} done, ${n(s.jobs.failed)} failed, ${n(s.jobs.waiting)} waiting, ${n(s.jobs.active)} active, ${n(s.jobs.delayed)} retrying (${n(s.jobs.total)} in all)`,
    `pages:   ${n(s.pages.done)} done (${n(s.pages.ok)} ok, ${n(s.pages.failed)} written with an error)`,
    `speed:   ${n(s.pagesPerSecond.lastMinute)} pages/s over the last minute, ${n(s.pagesPerSecond.overall)} pages/s overall`,
    `workers: ${s.workers.length}${s.workers.length ? ` (${s.workers.join(', ')})` : ''}`,
  ];
  if (s.failedJobs.length) {
    lines.push('failed jobs (newest first):');
    for (const job of s.failedJobs) lines.push(`  ${job.id} ${job.input}, ${job.attempts} attempts: ${job.error}`);
  }
  return `${lines.join('\n')}\n`;
}
