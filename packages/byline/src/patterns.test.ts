import { parseByline } from '@pressroom/byline';
import { describe, expect, it } from 'vitest';
import { ALL_PATTERNS } from './patterns';

/** Strings that make backtracking regular expressions blow up, 50,000 characters each. */
const N = 50_000;
const ADVERSARIAL: Record<string, string> = {
  letters: 'a'.repeat(N),
  capitals: 'A'.repeat(N),
  mixed: 'aA'.repeat(N / 2),
  spaces: ' '.repeat(N),
  spacesThenX: `${' '.repeat(N)}x`,
  dashes: `${'-'.repeat(N)}a`,
  dots: `${'a.'.repeat(N / 2)}!`,
  emailish: `${'a'.repeat(N)}@`,
  atRuns: '@a'.repeat(N / 2),
  commas: `${', '.repeat(N / 2)}x`,
  byRuns: 'by '.repeat(N / 3),
  digits: '1'.repeat(N),
  brackets: `[${'a='.repeat(N / 2)}`,
  hangul: '가'.repeat(N),
  colons: ': '.repeat(N / 2),
  urlish: `http://${'a'.repeat(N)}`,
};

describe('patterns: no catastrophic backtracking', () => {
  for (const [name, pattern] of Object.entries(ALL_PATTERNS)) {
    it(name, () => {
      for (const [kind, text] of Object.entries(ADVERSARIAL)) {
        const start = performance.now();
        const re = new RegExp(pattern.source, pattern.flags);
        if (re.global) {
          for (const _ of text.matchAll(re)) {
            /* drain */
          }
        } else {
          re.test(text);
          text.split(re);
        }
        const elapsed = performance.now() - start;
        // linear patterns take a few ms; quadratic ones take seconds on 50,000 characters
        expect(elapsed, `${name} on ${kind}`).toBeLessThan(1000);
      }
    });
  }

  it('parseByline stays fast on adversarial input', () => {
    for (const text of Object.values(ADVERSARIAL)) {
      const start = performance.now();
      parseByline(text);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
