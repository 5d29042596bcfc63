import { ADVERSARIAL_SHAPES, findSuperLinearShape } from '@pressroom/test-utils';
import { describe, expect, test } from 'vitest';
import * as patterns from './patterns';

const regexes = Object.entries(patterns).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);

/** Shapes of this package's inputs on top of the shared ones: markup, dates, Markdown marks. */
const shapes = [
  ...ADVERSARIAL_SHAPES,
  { repeat: '<meta ' },
  { repeat: 'charset=' },
  { repeat: '2026-01-12T' },
  { repeat: '[*_`' },
];

describe('patterns', () => {
  test('every export is a regular expression', () => {
    expect(regexes.length).toBe(Object.keys(patterns).length);
  });

  test.each(regexes)('%s runs in linear time on adversarial input', (name, regex) => {
    const bad = findSuperLinearShape(regex, shapes);
    expect(bad, `${name} grows super-linearly on ${JSON.stringify(bad)}`).toBeNull();
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
