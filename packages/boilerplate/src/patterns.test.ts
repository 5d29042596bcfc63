import { describe, expect, test } from 'vitest';
import * as patterns from './patterns';

const adversarial = [
  'a'.repeat(50_000),
  ' '.repeat(50_000),
  '-'.repeat(50_000),
  '1'.repeat(50_000),
  '1-'.repeat(25_000),
  'Jan 1'.repeat(10_000),
  '<meta '.repeat(10_000),
  'charset='.repeat(6_000),
  `${'\t\n '.repeat(20_000)}x`,
  '2026-01-12T'.repeat(5_000),
  '#'.repeat(50_000),
  '[*_`'.repeat(12_500),
  `${'a,'.repeat(25_000)}!`,
  '\u00a0'.repeat(50_000),
];

const regexes = Object.entries(patterns).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);

describe('patterns', () => {
  test('every export is a regular expression', () => {
    expect(regexes.length).toBe(Object.keys(patterns).length);
  });

  test.each(regexes)('%s runs in linear time on adversarial input', (_name, regex) => {
    for (const input of adversarial) {
      const started = performance.now();
      if (regex.global) input.replace(regex, '');
      else regex.test(input);
      if (regex.global) regex.lastIndex = 0;
      expect(performance.now() - started).toBeLessThan(250);
    }
  });
});

describe('what the patterns match', () => {
  test.each([
    { pattern: patterns.HIDDEN_STYLE, input: 'color:red; display: none', out: true },
    { pattern: patterns.HIDDEN_STYLE, input: 'display:block', out: false },
    { pattern: patterns.BOILERPLATE_CLASS, input: 'related-stories', out: true },
    { pattern: patterns.BOILERPLATE_CLASS, input: 'article-body', out: false },
    { pattern: patterns.CONTENT_CLASS, input: 'c-article-body__text', out: true },
    { pattern: patterns.TITLE_SEPARATOR, input: 'Headline - Section', out: true },
    { pattern: patterns.TITLE_SEPARATOR, input: 'Co-operative news', out: false },
    { pattern: patterns.BYLINE_TEXT, input: 'By Jane Doe', out: true },
    { pattern: patterns.BYLINE_TEXT, input: 'Bystanders said', out: false },
  ])('$pattern on "$input" -> $out', ({ pattern, input, out }) => {
    expect(pattern.test(input)).toBe(out);
  });
});
