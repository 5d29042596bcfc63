import { expect, test } from 'vitest';
import { findSuperLinearShape } from './regex';

test('a linear pattern passes every shape', () => {
  expect(findSuperLinearShape(/\bby\s+[A-Z][a-z]+/g)).toBeNull();
});

test('a quadratic pattern is caught on the shape that triggers it', () => {
  // Unanchored /\s+$/ is the classic quadratic trim: every start of the run rescans to its end.
  const bad = findSuperLinearShape(/\s+$/, [{ repeat: ' ', suffix: 'x' }], { small: 2_000, floorMs: 5 });
  expect(bad).not.toBeNull();
  expect(bad?.repeat).toBe(' ');
});
