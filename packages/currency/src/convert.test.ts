import { BUNDLED_RATES, convert, findMoney, isPressroomError, pickBundledRates } from '@pressroom/currency';
import { describe, expect, test } from 'vitest';
import { isConversionGap } from './internal/context';

describe('convert', () => {
  test.each([
    { input: '€100', to: 'USD', rates: { base: 'USD', rates: { EUR: 0.8 } }, out: 125 },
    {
      input: '$100',
      to: 'EUR',
      rates: { base: 'USD', rates: { EUR: 0.8, USD: 1 } },
      options: { country: 'US' },
      out: 80,
    },
    {
      input: 'between €2bn and €3bn',
      to: 'USD',
      rates: { base: 'USD', rates: { EUR: 0.5 } },
      out: { min: 4e9, max: 6e9 },
    },
  ])('$input -> $to', ({ input, to, rates, options, out }) => {
    const [m] = findMoney(input, options);
    expect(convert(m!, to, rates)).toEqual(out);
  });

  test('uses the bundled annual averages by default', () => {
    const [m] = findMoney('HK$4.35 billion');
    const usd = convert(m!, 'USD') as number;
    expect(usd).toBeGreaterThan(5.3e8);
    expect(usd).toBeLessThan(5.9e8);
  });

  test('refuses an undecided currency and says what to do', () => {
    const [m] = findMoney('$5');
    try {
      convert(m!, 'EUR');
      expect.unreachable();
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INVALID_OPTION')).toBe(true);
      expect(String(e)).toMatch(/candidates USD, CAD/);
    }
  });

  test('refuses a currency the table lacks', () => {
    const [m] = findMoney('€5');
    expect(() => convert(m!, 'XYZ')).toThrow(/no rate/);
  });

  test('picks the bundled table of the nearest year', () => {
    expect(pickBundledRates('2023-05-01').date).toBe('2023');
    expect(pickBundledRates('2030-01-01').date).toBe(BUNDLED_RATES[BUNDLED_RATES.length - 1]!.date);
    expect(pickBundledRates('1999').date).toBe('2022');
    expect(pickBundledRates().source).toMatch(/Approximate/);
  });
});

describe('conversion gaps', () => {
  test.each([' (', ' (about ', ', or about ', ' (US', ' (approx. ', ' [', ', or '])('%j restates', (gap) => {
    expect(isConversionGap(gap)).toBe(true);
  });
  test.each([' and ', ' to ', ' (the ', '', ' ( the of ', ' '.repeat(50)])('%j does not', (gap) => {
    expect(isConversionGap(gap)).toBe(false);
  });
});
