import { performance } from 'node:perf_hooks';

/** How {@link expectLinearTime} decides. */
export interface LinearTimeOptions {
  /** Size of the small input (characters, or whatever `build` counts). Default 10,000. */
  small?: number;
  /** How many times larger the big input is. Default 8. */
  factor?: number;
  /** Runs per size; the fastest counts, which filters out a busy machine. Default 5. */
  runs?: number;
  /** Largest accepted ratio of the two times. Linear gives `factor`, quadratic `factor²`. Default `3 × factor`. */
  maxRatio?: number;
  /** Below this time (ms) for the big input, the ratio is not looked at: too fast to matter. Default 20. */
  floorMs?: number;
}

/** What {@link expectLinearTime} measured, for the failure message. */
export interface LinearTimeResult {
  smallMs: number;
  bigMs: number;
  ratio: number;
  ok: boolean;
}

function fastest(run: () => void, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Measures `work` on an input of size n and of size k·n and says whether its cost grew linearly.
 * It compares two times taken on the same machine moments apart (the fastest of several runs
 * each), so a loaded CI machine does not make it fail, where an absolute time limit would;
 * catastrophic backtracking (exponential) hangs, and the test's timeout catches it; quadratic
 * growth shows as a ratio of k² instead of k.
 *
 * @example
 * const r = measureLinearTime((n) => 'a'.repeat(n) + '!', (s) => PATTERN.test(s));
 * expect(r.ok, JSON.stringify(r)).toBe(true);
 */
export function measureLinearTime<T>(
  build: (size: number) => T,
  work: (input: T) => unknown,
  options: LinearTimeOptions = {},
): LinearTimeResult {
  const small = options.small ?? 10_000;
  const factor = options.factor ?? 8;
  const runs = options.runs ?? 5;
  const maxRatio = options.maxRatio ?? 3 * factor;
  const floorMs = options.floorMs ?? 20;
  const a = build(small);
  const b = build(small * factor);
  work(a); // warm up the JIT before timing
  const smallMs = fastest(() => work(a), runs);
  const bigMs = fastest(() => work(b), runs);
  const ratio = bigMs / Math.max(smallMs, 0.01);
  return { smallMs, bigMs, ratio, ok: bigMs < floorMs || ratio <= maxRatio };
}
