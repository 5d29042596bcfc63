import { Worker } from 'node:worker_threads';
import type { PageInput } from '../io/inputs';
import { errorRecord, type PageJobOptions } from './page';
import type { WorkerReady, WorkerResult, WorkerTask } from './worker';

/** Options of {@link WorkerPool}. */
export interface PoolOptions {
  /** Worker threads. */
  workers: number;
  /** What each page is parsed with (its `timeoutMs` is the per-page budget). */
  job: PageJobOptions;
  /**
   * Extra time after `job.timeoutMs` before a worker that has not answered is considered hung,
   * terminated and replaced. Default: max(2,000 ms, timeoutMs).
   */
  graceMs?: number;
  /** Pages queued per worker, so a worker never waits for the reader. Default 2. */
  depth?: number;
  /** Heap cap of each worker, MB: a page that blows it crashes only its worker. Default 2048. */
  maxHeapMb?: number;
  /** The worker script; default: the package's own. Tests pass a stand-in. */
  workerUrl?: URL;
  /** Called with every finished output line (JSON, no newline). */
  onResult: (line: string, failed: boolean) => void;
}

interface Pending {
  task: WorkerTask;
}

interface Slot {
  worker: Worker;
  queue: Pending[];
  timer: NodeJS.Timeout | null;
  /** Set once the worker is being replaced: its late messages are ignored. */
  retired: boolean;
  /** The worker has loaded the parsers: its boot time does not count against the page's budget. */
  online: boolean;
}

/** Where the worker script is: beside this file once built, or the TypeScript source under tsx. */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}

/**
 * A pool of worker threads parsing pages. Each page gets the per-page budget of
 * `job.timeoutMs` inside the worker (the parser stops between stages); a worker that does not
 * answer within the budget plus a grace period (a stage stuck in a loop) is terminated and
 * replaced, and its page is written as a `PRESSROOM_TIMEOUT` error. A worker that crashes is
 * replaced too, its page written as `PRESSROOM_WORKER_CRASHED`. Pages queued behind a lost
 * page are sent to the replacement. Nothing stops the batch.
 *
 * @example
 * const pool = new WorkerPool({ workers: 4, job: { timeoutMs: 10_000, fields: null }, onResult: write });
 * for await (const page of pages) await pool.submit(page);
 * await pool.close();
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly options: Required<Omit<PoolOptions, 'graceMs' | 'workerUrl'>> & { graceMs: number; url: URL };
  private seq = 0;
  private waiters: (() => void)[] = [];
  private idleWaiters: (() => void)[] = [];
  /** Workers replaced so far (hung or crashed). */
  replaced = 0;

  constructor(options: PoolOptions) {
    this.options = {
      depth: 2,
      maxHeapMb: 2048,
      graceMs: Math.max(2_000, options.job.timeoutMs),
      ...options,
      url: options.workerUrl ?? workerUrl(),
    };
    for (let i = 0; i < Math.max(1, options.workers); i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.url, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
    const slot: Slot = { worker, queue: [], timer: null, retired: false, online: false };
    worker.on('message', (message: WorkerResult | WorkerReady) => {
      if (slot.retired) return;
      if ('ready' in message) {
        slot.online = true;
        this.arm(slot);
        return;
      }
      const head = slot.queue[0];
      if (!head || head.task.seq !== message.seq) return;
      slot.queue.shift();
      this.options.onResult(message.line, message.failed);
      this.arm(slot);
      this.notify();
    });
    // Act on 'exit', not 'error': Node delivers the messages the worker posted before it died
    // first, so the page at the head of the queue is the one that killed it.
    let crash: string | null = null;
    worker.on('error', (error) => {
      crash = `the worker crashed: ${error.message}`;
    });
    worker.on('exit', (code) => {
      if (!slot.retired) this.lose(slot, 'PRESSROOM_WORKER_CRASHED', crash ?? `the worker exited with code ${code}`);
    });
    return slot;
  }

  /** Starts the watchdog for the page at the head of the slot's queue. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.queue.length === 0 || !slot.online) return;
    const budget = this.options.job.timeoutMs + this.options.graceMs;
    slot.timer = setTimeout(
      () =>
        this.lose(
          slot,
          'PRESSROOM_TIMEOUT',
          `the page took longer than ${budget} ms and its worker was stopped; raise --timeout to give pages more time`,
        ),
      budget,
    );
    slot.timer.unref();
  }

  /** Writes the head page as failed, replaces the worker and re-sends the pages queued behind it. */
  private lose(slot: Slot, code: string, message: string): void {
    if (slot.retired) return;
    slot.retired = true;
    if (slot.timer) clearTimeout(slot.timer);
    const [head, ...rest] = slot.queue;
    slot.queue = [];
    void slot.worker.terminate();
    this.replaced++;
    const index = this.slots.indexOf(slot);
    const fresh = this.spawn();
    if (index >= 0) this.slots[index] = fresh;
    if (head) {
      const { page } = head.task;
      this.options.onResult(JSON.stringify(errorRecord(page.id, page.url, code, message)), true);
    }
    for (const pending of rest) this.send(fresh, pending.task);
    this.notify();
  }

  private send(slot: Slot, task: WorkerTask): void {
    slot.queue.push({ task });
    slot.worker.postMessage(task);
    if (slot.queue.length === 1) this.arm(slot);
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
    if (this.inFlight() === 0) {
      const idle = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of idle) w();
    }
  }

  /** Pages sent and not yet answered. */
  inFlight(): number {
    let n = 0;
    for (const slot of this.slots) n += slot.queue.length;
    return n;
  }

  private freeSlot(): Slot | null {
    let best: Slot | null = null;
    for (const slot of this.slots) {
      if (slot.queue.length < this.options.depth && (!best || slot.queue.length < best.queue.length)) best = slot;
    }
    return best;
  }

  /** Sends a page to the least busy worker, waiting until one has room. */
  async submit(page: PageInput): Promise<void> {
    let slot = this.freeSlot();
    while (!slot) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      slot = this.freeSlot();
    }
    this.send(slot, { seq: this.seq++, page, options: this.options.job });
  }

  /** Waits for every page sent so far, then stops the workers. */
  async close(): Promise<void> {
    if (this.inFlight() > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    for (const slot of this.slots) {
      slot.retired = true;
      if (slot.timer) clearTimeout(slot.timer);
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
