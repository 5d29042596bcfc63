import { expect, test } from 'vitest';
import { measureLinearTime } from './linear-time';

test('a linear scan passes', () => {
  const r = measureLinearTime(
    (n) => 'ab '.repeat(n),
    (s) => /(?:ab\s)+$/.test(s),
  );
  expect(r.ok, JSON.stringify(r)).toBe(true);
});

test('a quadratic pattern is caught', () => {
  // /^a*a*b/ on "aaaa…" (no b) backtracks O(n²): the textbook polynomial ReDoS.
  const r = measureLinearTime(
    (n) => 'a'.repeat(n),
    (s) => /^a*a*b/.test(s),
    { small: 1_000, factor: 8, floorMs: 5, runs: 2 },
  );
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(r.ratio).toBeGreaterThan(24);
});
