import { describe, expect, it } from 'vitest';
import { ALL_PATTERNS } from './patterns';

const adversarial = [
  'a'.repeat(50_000),
  "a'".repeat(25_000),
  'a-'.repeat(25_000) + '!',
  'a.'.repeat(25_000),
  '’a'.repeat(25_000),
  ' '.repeat(50_000),
  'A'.repeat(50_000) + 'a',
  '\u0301'.repeat(50_000),
  '1.'.repeat(25_000) + '-',
];

describe('patterns: no catastrophic backtracking', () => {
  for (const [name, re] of Object.entries(ALL_PATTERNS)) {
    it(name, () => {
      for (const input of adversarial) {
        const started = performance.now();
        const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
        let n = 0;
        for (let m = global.exec(input); m !== null && n < 200_000; m = global.exec(input), n++) {
          if (m[0] === '') global.lastIndex++;
        }
        expect(performance.now() - started).toBeLessThan(500);
      }
    });
  }
});
