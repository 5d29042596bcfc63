import fc from 'fast-check';
import { parseArticle } from 'pressroom';
import { describe, it } from 'vitest';

const fragment = fc.oneof(
  fc.string(),
  fc.constantFrom('<p>', '</p>', '<article>', '<h2>', '"', '“', '”', ' said ', '$', '€5m', 'By ', '<br>', '\n\n'),
);

describe('parseArticle properties', () => {
  it('never throws on arbitrary strings, and quote offsets slice back to the text', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        const page = parseArticle(parts.join(''));
        for (const q of page.quotes) if (page.text.slice(q.start, q.end) !== q.text) return false;
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
