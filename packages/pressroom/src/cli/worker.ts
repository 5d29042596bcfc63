// The batch worker: parses the pages the pool sends and posts back finished JSON lines.
import { parentPort } from 'node:worker_threads';
import type { PageInput } from '../io/inputs';
import { type PageJobOptions, parsePage } from './page';

/** A message from the pool to a worker. */
export interface WorkerTask {
  seq: number;
  page: PageInput;
  options: PageJobOptions;
}

/** A message from a worker to the pool: the page's output line, serialised. */
export interface WorkerResult {
  seq: number;
  line: string;
  failed: boolean;
}

/** The first message of a worker: the parsers are loaded and it takes pages. */
export interface WorkerReady {
  ready: true;
}

parentPort?.on('message', (task: WorkerTask) => {
  const record = parsePage(task.page, task.options);
  const message: WorkerResult = { seq: task.seq, line: JSON.stringify(record), failed: 'error' in record };
  parentPort?.postMessage(message);
});

parentPort?.postMessage({ ready: true } satisfies WorkerReady);
