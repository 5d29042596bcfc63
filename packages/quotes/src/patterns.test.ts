import { findSuperLinearShape } from '@pressroom/test-utils';
import { describe, expect, it } from 'vitest';
import { ALL_PATTERNS } from './patterns';

describe('patterns: no catastrophic backtracking', () => {
  for (const [name, re] of Object.entries(ALL_PATTERNS)) {
    it(name, () => {
      const bad = findSuperLinearShape(re);
      expect(bad, `${name} grows super-linearly on ${JSON.stringify(bad)}`).toBeNull();
    });
  }
});
