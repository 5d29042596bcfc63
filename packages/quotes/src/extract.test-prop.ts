import { extractQuotes } from '@pressroom/quotes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const marks = ['"', '“', '”', '„', '«', '»', "'", '‘', '’', '「', '」', '『', '』', '‚', '‹', '›'];
const words = [
  'said',
  'Smith',
  'he',
  'told',
  'according',
  'to',
  'that',
  'the',
  'Jane Doe',
  ',',
  '.',
  ':',
  '—',
  '\n\n',
  'We',
  'win',
  'and',
];
/** Text made of the pieces the extractor reacts to, so the properties reach deep paths. */
const articleLike = fc
  .array(fc.oneof(fc.constantFrom(...marks), fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(' '));

describe('extractQuotes: properties', () => {
  it('never throws on any string, and offsets slice back to the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), articleLike), (text) => {
        const quotes = extractQuotes(text);
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeGreaterThan(q.start);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          expect(q.confidence).toBeGreaterThan(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('paragraph arrays: offsets point into the paragraphs joined by a blank line', () => {
    fc.assert(
      fc.property(fc.array(articleLike, { maxLength: 6 }), (paragraphs) => {
        const joined = paragraphs.join('\n\n');
        for (const q of extractQuotes(paragraphs)) {
          expect(joined.slice(q.start, q.end)).toBe(q.text);
          expect(q.paragraph).toBeLessThan(Math.max(1, paragraphs.length));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('quotes are ordered and never overlap', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const quotes = extractQuotes(text);
        for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });

  it('an unbalanced quotation mark never swallows the following paragraphs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...marks), fc.string({ maxLength: 40 }), (mark, junk) => {
        // (a paragraph that ends inside a quoted sentence is a continued quotation by design)
        const clean = junk.replace(/["“”„«»'‘’「」『』‚‹›\n.!?…,;:]/g, '');
        const text = `Intro ${mark}${clean}\n\n“We will build the new bridge by next spring,” said Jane Doe.`;
        const quotes = extractQuotes(text);
        const q = quotes.find((x) => x.text.includes('We will build'));
        expect(q?.text).toBe('We will build the new bridge by next spring,');
        expect(q?.speaker?.name).toBe('Jane Doe');
      }),
      { numRuns: 300 },
    );
  });
});
