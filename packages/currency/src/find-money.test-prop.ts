import { convert, findMoney } from '@pressroom/currency';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

/** Strings made of the pieces money is written with, so the parser is exercised, not just skipped. */
const pieces = fc.constantFrom(
  '$',
  '€',
  '£',
  '¥',
  'HK$',
  'US$',
  'c $',
  'USD',
  'eur',
  'MUSD',
  'kr',
  'Rs',
  'R',
  '₹',
  ' ',
  '  ',
  '\n',
  '-',
  '–',
  '(',
  ')',
  ',',
  '.',
  "'",
  '1',
  '12',
  '1,234',
  '1.234,56',
  '12 500',
  '0',
  '99',
  'm',
  'bn',
  'k',
  'million',
  'milliards',
  'Mio.',
  'lakh',
  'crore',
  'to',
  'and',
  'between',
  'about',
  'dollars',
  'euros',
  'cents',
  'p',
  'c',
  'Australian',
  'pounds',
  'sterling',
  'francs',
  'suisses',
  'de',
  'd’',
  'one',
  'twenty',
  'five',
  'hundred',
  'a',
  'half',
  '万',
  '億',
  '元',
  '円',
  '千',
  '五',
  '角',
  '만',
  '억',
  '달러',
  '천',
  'और',
  'डॉलर',
  'ALL',
  'TRY',
);
const moneyish = fc.array(pieces, { maxLength: 40 }).map((xs) => xs.join(''));
const languages = fc.constantFrom(
  undefined,
  'en',
  'fr',
  'de',
  'sv',
  'es',
  'pt-BR',
  'ja',
  'zh',
  'ko',
  'hi',
  'tr',
  'nl',
  'it',
  'en-AU',
);

describe('findMoney properties', () => {
  test('never throws on any string, and offsets slice back to the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), moneyish),
        languages,
        (text, language) => {
          const found = findMoney(text, language ? { language } : {});
          let last = -1;
          for (const m of found) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
            const v = typeof m.value === 'number' ? [m.value] : [m.value.min, m.value.max];
            for (const x of v) expect(Number.isFinite(x)).toBe(true);
            if (m.currency !== null) expect(m.candidates[0]).toBe(m.currency);
            if (m.equivalentOf !== undefined) expect(m.equivalentOf).toBeLessThan(found.indexOf(m));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  test('never reports more mentions than there are characters', () => {
    fc.assert(
      fc.property(moneyish, (text) => {
        expect(findMoney(text).length).toBeLessThanOrEqual(text.length);
      }),
    );
  });

  test('convert of a decided mention to its own currency is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom('€', 'HK$', 'A$', '£', '₹'), (n, sym) => {
        const [m] = findMoney(`${sym}${n}`);
        expect(m).toBeDefined();
        expect(convert(m!, m!.currency!)).toBeCloseTo(n, 6);
      }),
    );
  });
});
