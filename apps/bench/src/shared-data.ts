import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The environment variable that points the bench at the shared corpora. */
export const SHARED_BENCH_ENV = 'PRESSROOM_SHARED_BENCH';

/**
 * Where the shared corpora live: `$PRESSROOM_SHARED_BENCH`, else `../shared/bench` beside the
 * repository. Returns `null` (and the message to show) when neither exists.
 */
export function locateSharedBench(env: Record<string, string | undefined> = process.env): {
  dir: string | null;
  message: string;
} {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const fromEnv = env[SHARED_BENCH_ENV];
  const candidate = fromEnv ? resolve(fromEnv) : join(repoRoot, '..', 'shared', 'bench');
  if (existsSync(join(candidate, 'article-extraction', 'ground-truth.json'))) return { dir: candidate, message: '' };
  return {
    dir: null,
    message:
      `The shared benchmark corpora were not found at ${candidate}.\n` +
      `They are not part of this repository. Put them at ../shared/bench beside the clone, or set ` +
      `${SHARED_BENCH_ENV}=/path/to/bench (the folder holding article-extraction/ground-truth.json).`,
  };
}
