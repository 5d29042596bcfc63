import { performance } from 'node:perf_hooks';

/** Speed and memory of one tool over a list of inputs. */
export interface Timing {
  /** Inputs per second: count / median of the timed rounds (summed call times). */
  perSecond: number;
  /** Median round, in seconds. */
  medianSeconds: number;
  rounds: number[];
  /** Highest resident set size seen during the rounds, MB. */
  peakRssMb: number;
  /** Highest V8 heap in use above the heap at start (after a GC), MB. */
  peakHeapMb: number;
  errors: number;
}

const MB = 1024 * 1024;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Calls `fn` on every input: once to warm up (its results are returned), then `rounds` timed
 * rounds. Only the calls are timed; memory is sampled after every call. A call that throws counts
 * as an error and its result as `undefined`.
 */
export async function measure<I, O>(
  inputs: I[],
  fn: (input: I) => O | Promise<O>,
  rounds: number,
): Promise<{ results: (O | undefined)[]; timing: Timing }> {
  gc();
  const heapStart = process.memoryUsage().heapUsed;
  let peakRss = 0;
  let peakHeap = 0;
  let errors = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const results: (O | undefined)[] = [];
  for (const input of inputs) {
    try {
      results.push(await fn(input));
    } catch {
      errors++;
      results.push(undefined);
    }
    sample();
  }
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let total = 0;
    for (const input of inputs) {
      const t0 = performance.now();
      try {
        await fn(input);
      } catch {
        // counted in the warm-up round
      }
      total += performance.now() - t0;
      sample();
    }
    times.push(total / 1000);
  }
  const med = median(times);
  return {
    results,
    timing: {
      perSecond: med > 0 ? inputs.length / med : Number.POSITIVE_INFINITY,
      medianSeconds: med,
      rounds: times,
      peakRssMb: peakRss / MB,
      peakHeapMb: Math.max(0, peakHeap - heapStart) / MB,
      errors,
    },
  };
}
