import { describe, expect, test } from 'vitest';
import * as patterns from './patterns';

/** Long strings built to make a backtracking engine work hard on each pattern. */
const ADVERSARIAL = [
  '1'.repeat(50_000),
  '1.'.repeat(25_000),
  '1,1'.repeat(17_000),
  `${'1 '.repeat(25_000)}x`,
  'a'.repeat(50_000),
  '$'.repeat(50_000),
  ' '.repeat(50_000),
  `(${' '.repeat(50_000)}`,
  `( or${' '.repeat(50_000)}about${' '.repeat(50_000)}!`,
  `http://${'a'.repeat(50_000)}`,
  `http://${'@'.repeat(50_000)}`,
  '万'.repeat(50_000),
  '1\u00a0'.repeat(25_000),
];

describe('patterns', () => {
  const entries = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

  test('every pattern is documented here and tested', () => {
    expect(entries.map(([name]) => name).sort()).toEqual(
      [
        'CJK_CHAR',
        'COUNTRY_CODE',
        'HANGUL_CHAR',
        'HOST',
        'LANGUAGE_SEPARATOR',
        'LETTER',
        'LETTER_OR_DIGIT',
        'SPACE_CHAR',
      ].sort(),
    );
  });

  test.each(entries)('%s runs in linear time on adversarial input', (_name, re) => {
    for (const input of ADVERSARIAL) {
      const started = performance.now();
      if (re.sticky) {
        for (let pos = 0; pos < input.length; ) {
          re.lastIndex = pos;
          const m = re.exec(input);
          pos = m && m[0].length > 0 ? pos + m[0].length : pos + 1;
        }
      } else {
        re.test(input);
        input.split(re);
      }
      expect(performance.now() - started).toBeLessThan(500);
    }
  });
});
