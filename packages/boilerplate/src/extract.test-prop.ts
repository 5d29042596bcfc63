import { extractArticle } from '@pressroom/boilerplate';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

const tag = fc.constantFrom(
  'div',
  'p',
  'span',
  'a',
  'article',
  'section',
  'ul',
  'li',
  'table',
  'td',
  'h2',
  'br',
  'img',
);
const fragment = fc.oneof(
  fc.string(),
  fc.tuple(tag, fc.string()).map(([t, s]) => `<${t} class="${s.slice(0, 5)}">${s}</${t}>`),
  fc.tuple(tag, fc.string()).map(([t, s]) => `<${t}>${s}`),
);
const html = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

describe('extractArticle properties', () => {
  test('never throws on arbitrary strings, and the text is the rendered blocks', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('precision', 'balanced', 'recall' as const), (input, favor) => {
        const article = extractArticle(input, { favor });
        expect(typeof article.text).toBe('string');
        if (article.blocks.length === 0) expect(article.text).toBe('');
      }),
      { numRuns: 300 },
    );
  });

  test('the text never grows past the visible characters of the input', () => {
    fc.assert(
      fc.property(html, (input) => {
        expect(extractArticle(input).text.length).toBeLessThanOrEqual(input.length);
      }),
      { numRuns: 200 },
    );
  });

  test('the input string is never changed and extraction is deterministic', () => {
    fc.assert(
      fc.property(html, (input) => {
        const copy = `${input}`;
        const a = extractArticle(input);
        expect(input).toBe(copy);
        expect(extractArticle(input)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
