/**
 * One row of a suite's table: a tool (ours or a peer) with its figures. Metric values are
 * numbers in [0, 1] for accuracy figures, or plain numbers for speed and memory; `null` where
 * the tool does not give that figure.
 */
export interface Row {
  /** Tool name as shown in the table, e.g. `readability (linkedom)` or `@pressroom/byline`. */
  name: string;
  /** Versions of what was measured, e.g. `@mozilla/readability 0.6.0 + linkedom 0.18.15`. */
  version: string;
  /** Figure name -> value; the suite's `columns` give the order. */
  metrics: Record<string, number | null>;
}

/** What one suite returns: its rows plus anything the reader must know to trust them. */
export interface SuiteResult {
  suite: string;
  /** What was measured, on which data, in one sentence. */
  description: string;
  /** Metric keys in table order. */
  columns: string[];
  rows: Row[];
  /** Ratios and remarks printed under the table (e.g. "pressroom / readability-linkedom: 6.1x pages/s"). */
  notes: string[];
}

/** What the runner gives every suite. */
export interface SuiteContext {
  /** `../shared/bench` or `$PRESSROOM_SHARED_BENCH`, known to exist. */
  benchDir: string;
  /** Timed rounds after the warm-up; the median is reported. */
  rounds: number;
  /** Quick mode: fewer rounds, for a smoke run. */
  quick: boolean;
  log: (message: string) => void;
}

/** A suite: one module under `src/suites/`, registered in `src/suites/index.ts`. */
export interface Suite {
  name: string;
  run(ctx: SuiteContext): Promise<SuiteResult>;
}
