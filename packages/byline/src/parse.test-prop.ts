import { parseByline } from '@pressroom/byline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Bylines made of the parts real ones have, in any order, plus arbitrary noise. */
const bylineLike = fc
  .array(
    fc.oneof(
      fc.constantFrom('By', 'by', 'BY:', 'Von', 'Par', 'Posted by', 'Reporting by', 'Editing by', 'Photo:', 'Текст:'),
      fc.constantFrom('Jane', 'DOE', "O'Brien", 'van', 'de', 'McAllister', 'Jr.', 'J.', 'Ольга', '김민준', 'Byrne'),
      fc.constantFrom(',', 'and', '&', '|', ';', '-', '/', '(', ')', '@jdoe', 'jane@example.com', 'https://x.y/z'),
      fc.constantFrom(
        'Staff Writer',
        'Reuters',
        'Associated Press',
        'Updated',
        'Nov 5, 2024',
        '10:15 AM EST',
        'Follow',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(' '));

describe('parseByline properties', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), bylineLike),
        (s) => {
          parseByline(s);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('takes every word of every name from the input', () => {
    fc.assert(
      fc.property(bylineLike, (s) => {
        const input = fold(s);
        for (const author of parseByline(s).authors) {
          expect(author.name.length).toBeGreaterThan(0);
          for (const word of fold(author.name).split(' ')) expect(input).toContain(word);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('returns no more names than the input has words, and keeps raw as given', () => {
    fc.assert(
      fc.property(bylineLike, (s) => {
        const result = parseByline(s);
        expect(result.raw).toBe(s);
        expect(result.authors.length).toBeLessThanOrEqual(s.split(/\s+/u).length);
      }),
      { numRuns: 1000 },
    );
  });
});
