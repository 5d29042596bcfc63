import { describe, expect, it } from 'vitest';
import * as patterns from './patterns';

const hostile = [
  'a'.repeat(50_000),
  ' '.repeat(50_000),
  '<meta '.repeat(10_000),
  `<meta ${'charset='.repeat(6_000)}`,
  `<html ${'lang='.repeat(10_000)}`,
  `<meta content="${'charset='.repeat(6_000)}`,
  `;${' charset '.repeat(6_000)}`,
  '0'.repeat(50_000),
  '1/'.repeat(25_000),
  '\r\n'.repeat(25_000),
  `en${'-AU'.repeat(15_000)}`,
  `${'.a'.repeat(25_000)}.`,
];

describe('patterns', () => {
  const entries = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);
  it('has patterns to test', () => expect(entries.length).toBeGreaterThan(5));
  it.each(entries)('%s runs in linear time on 50,000-character hostile strings', (_name, re) => {
    for (const input of hostile) {
      const t0 = performance.now();
      re.lastIndex = 0;
      re.test(input);
      input.split(re);
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });
});
