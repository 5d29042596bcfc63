import type { InputStats } from '../io/inputs';

/** Counters of a batch run. */
export interface BatchCounts {
  pages: number;
  ok: number;
  failed: number;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
}

/**
 * One line of the TTY progress bar: share of the input bytes read, pages, pages per second,
 * time left (from the bytes still to read) and failures.
 *
 * @example
 * progressLine({ pages: 500, ok: 498, failed: 2 }, stats, 10, 40);
 * // '[#########...............]  37%  500 pages  50.0 pages/s  ETA 17s  2 failed'
 */
export function progressLine(counts: BatchCounts, stats: InputStats, seconds: number, width = 24): string {
  const share = stats.bytesTotal > 0 ? Math.min(1, stats.bytesRead / stats.bytesTotal) : 0;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? counts.pages / seconds : 0;
  const eta = share > 0 ? (seconds * (1 - share)) / share : Number.NaN;
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  const failed = counts.failed ? `  ${counts.failed} failed` : '';
  return `${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${counts.pages} pages  ${rate.toFixed(1)} pages/s  ETA ${duration(eta)}${failed}`;
}

/** Draws the progress bar on a TTY stream, at most every `intervalMs`. */
export class ProgressBar {
  private timer: NodeJS.Timeout | null = null;
  private readonly started = performance.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly counts: BatchCounts,
    private readonly stats: InputStats,
    intervalMs = 200,
  ) {
    this.timer = setInterval(() => this.draw(), intervalMs);
    this.timer.unref();
  }

  private draw(): void {
    const seconds = (performance.now() - this.started) / 1000;
    const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - 70));
    this.stream.write(`\r${progressLine(this.counts, this.stats, seconds, width)}\x1b[K`);
  }

  /** Draws the final state and moves to a new line. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.draw();
    this.stream.write('\n');
  }
}
