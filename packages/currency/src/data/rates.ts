/**
 * Bundled reference rates: annual averages of daily reference rates, in units of each currency
 * per one US dollar, for a few recent years.
 *
 * Sources: the U.S. Federal Reserve's G.5A release (annual averages of the H.10 noon buying
 * rates) and the European Central Bank's euro foreign exchange reference rates (annual averages,
 * crossed through the US dollar) for the currencies the Fed does not publish. Figures are rounded
 * and APPROXIMATE: they are meant to decide which dollar a conversion in parentheses uses, and to
 * give ballpark conversions offline, not for accounting. Inject your own table for real work.
 */

/**
 * Units of each currency per one unit of `base`.
 *
 * @example
 * const rates: RateTable = { base: 'USD', date: '2026-01-12', rates: { EUR: 0.86, AUD: 1.49, HKD: 7.79 } };
 */
export interface RateTable {
  /** ISO 4217 code the rates are quoted against. */
  base: string;
  /** What the rates describe, e.g. `2024` or `2026-01-12`. */
  date?: string;
  /** Code -> units of that currency per one `base`. */
  rates: Readonly<Record<string, number>>;
  /** Where the figures come from. */
  source?: string;
}

const SOURCE = 'Approximate annual averages (Federal Reserve G.5A; ECB reference rates crossed through USD)';

/**
 * Bundled tables by year; `pickBundledRates` chooses one for a date.
 *
 * @example
 * BUNDLED_RATES.map((t) => t.date); // ['2022', '2023', '2024']
 */
export const BUNDLED_RATES: readonly RateTable[] = [
  {
    base: 'USD',
    date: '2022',
    source: SOURCE,
    rates: {
      USD: 1,
      EUR: 0.95,
      GBP: 0.811,
      JPY: 131.5,
      CNY: 6.73,
      HKD: 7.83,
      AUD: 1.44,
      CAD: 1.301,
      CHF: 0.955,
      INR: 78.6,
      KRW: 1292,
      SEK: 10.12,
      NOK: 9.62,
      DKK: 7.08,
      NZD: 1.577,
      SGD: 1.379,
      MXN: 20.1,
      BRL: 5.16,
      ZAR: 16.36,
      TWD: 29.8,
      THB: 35.1,
      PLN: 4.46,
      TRY: 16.6,
    },
  },
  {
    base: 'USD',
    date: '2023',
    source: SOURCE,
    rates: {
      USD: 1,
      EUR: 0.925,
      GBP: 0.804,
      JPY: 140.5,
      CNY: 7.08,
      HKD: 7.83,
      AUD: 1.505,
      CAD: 1.35,
      CHF: 0.899,
      INR: 82.6,
      KRW: 1306,
      SEK: 10.61,
      NOK: 10.56,
      DKK: 6.89,
      NZD: 1.628,
      SGD: 1.343,
      MXN: 17.76,
      BRL: 5.0,
      ZAR: 18.45,
      TWD: 31.2,
      THB: 34.8,
      PLN: 4.2,
      TRY: 23.8,
    },
  },
  {
    base: 'USD',
    date: '2024',
    source: SOURCE,
    rates: {
      USD: 1,
      EUR: 0.924,
      GBP: 0.783,
      JPY: 151.4,
      CNY: 7.19,
      HKD: 7.8,
      AUD: 1.515,
      CAD: 1.37,
      CHF: 0.88,
      INR: 83.7,
      KRW: 1364,
      SEK: 10.57,
      NOK: 10.75,
      DKK: 6.89,
      NZD: 1.654,
      SGD: 1.336,
      MXN: 18.3,
      BRL: 5.39,
      ZAR: 18.33,
      TWD: 32.1,
      THB: 35.3,
      PLN: 3.98,
      TRY: 32.8,
    },
  },
];
