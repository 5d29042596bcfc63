import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scoreExtraction } from '../src/metrics/extraction';
import { locateSharedBench } from '../src/shared-data';

describe('scoreExtraction', () => {
  test.each([
    { truth: 'one two three four five', pred: 'one two three four five', f1: 1, accuracy: 1 },
    { truth: 'one two three four five', pred: '', f1: 0, accuracy: 0 },
    // truth shingles {1234, 2345}; prediction {1234}: tp 1, fn 1 -> P 1, R 0.5
    { truth: 'one two three four five', pred: 'one two three four', f1: 2 / 3, accuracy: 0 },
    // punctuation and case: tokens are word runs, case kept
    { truth: 'Hello, world!', pred: 'Hello world', f1: 1, accuracy: 1 },
    { truth: 'Hello, world!', pred: 'hello world', f1: 0, accuracy: 0 },
  ])('$truth | $pred -> F1 $f1', ({ truth, pred, f1, accuracy }) => {
    const s = scoreExtraction({ a: truth }, { a: pred }, { bootstrap: 0 });
    expect(s.f1).toBeCloseTo(f1, 10);
    expect(s.accuracy).toBe(accuracy);
  });

  test('a missing prediction counts as empty', () => {
    const s = scoreExtraction({ a: 'one two three four', b: 'five six seven eight' }, { a: 'one two three four' });
    expect(s.empty).toBe(1);
    expect(s.recall).toBeCloseTo(0.5, 10);
    expect(s.precision).toBe(1);
  });

  test('per-page figures weigh pages equally', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const s = scoreExtraction({ a: long, b: 'x y z q' }, { a: long, b: '' }, { bootstrap: 0 });
    expect(s.recall).toBeCloseTo(0.5, 10);
  });
});

const shared = locateSharedBench();
describe.runIf(shared.dir)('agrees with shared/bench/score-extraction.mjs to 3 decimals', () => {
  test.each(['readability-js-linkedom', 'postlight-parser', 'trafilatura-2.2.0-precision'])('%s', async (name) => {
    const dir = shared.dir as string;
    const scorer = (await import(pathToFileURL(join(dir, 'score-extraction.mjs')).href)) as {
      score: (t: Record<string, string>, p: Record<string, string>) => Record<string, number>;
      loadPredictionFile: (path: string) => { map: Record<string, string> };
    };
    const file = join(dir, 'peer-predictions', `${name}.json`);
    if (!existsSync(file)) return;
    const truthRaw = JSON.parse(readFileSync(join(dir, 'article-extraction', 'ground-truth.json'), 'utf8')) as Record<
      string,
      { articleBody: string }
    >;
    const truth = Object.fromEntries(Object.entries(truthRaw).map(([id, v]) => [id, v.articleBody]));
    const { map } = scorer.loadPredictionFile(file);
    const theirs = scorer.score(truth, map);
    const ours = scoreExtraction(truth, map);
    for (const k of ['f1', 'precision', 'recall', 'accuracy'] as const) {
      expect(ours[k].toFixed(3)).toBe((theirs[k] as number).toFixed(3));
    }
    expect(ours.f1Std.toFixed(3)).toBe((theirs.f1_std as number).toFixed(3));
  });
});

test('locateSharedBench says where to put the corpora when they are absent', () => {
  const r = locateSharedBench({ PRESSROOM_SHARED_BENCH: '/nonexistent/bench' });
  expect(r.dir).toBeNull();
  expect(r.message).toContain('PRESSROOM_SHARED_BENCH');
  expect(r.message).toContain('/nonexistent/bench');
});
