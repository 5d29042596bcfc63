import { PressroomError } from '@pressroom/core';
import { BUNDLED_RATES, type RateTable } from './data/rates';
import { convertValue } from './internal/context';
import type { Money } from './types';

/**
 * The bundled rate table for a date: the year of `date` if bundled, else the nearest bundled
 * year. Approximate annual averages (see the data module for the source).
 *
 * @example
 * pickBundledRates('2023-06-01').date // '2023'
 */
export function pickBundledRates(date?: string): RateTable {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  let best = BUNDLED_RATES[BUNDLED_RATES.length - 1]!;
  if (Number.isFinite(year)) {
    let bestD = Number.POSITIVE_INFINITY;
    for (const t of BUNDLED_RATES) {
      const d = Math.abs(Number(t.date) - year);
      if (d < bestD || (d === bestD && Number(t.date) > Number(best.date))) {
        best = t;
        bestD = d;
      }
    }
  }
  return best;
}

/**
 * Converts a money mention into another currency with a rate table (the bundled approximate
 * annual averages by default). Ranges convert both ends.
 *
 * @example
 * const [hkd] = findMoney('HK$4.35 billion');
 * convert(hkd, 'USD'); // ≈ 557_692_308 with the bundled 2024 averages
 */
export function convert(
  money: Money,
  to: string,
  rates: RateTable = pickBundledRates(),
): number | { min: number; max: number } {
  if (typeof money !== 'object' || money === null || !('value' in money)) {
    throw new PressroomError('PRESSROOM_INVALID_INPUT', 'convert expects a Money object returned by findMoney.');
  }
  if (money.currency === null) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `convert cannot convert "${money.text}": its currency is undecided (candidates ${money.candidates.join(', ') || 'none'}). Pass url, country or language to findMoney, or pick a candidate yourself.`,
    );
  }
  const one = (v: number): number => {
    const r = convertValue(v, money.currency!, to.toUpperCase(), rates);
    if (r === undefined) {
      throw new PressroomError(
        'PRESSROOM_INVALID_OPTION',
        `convert has no rate for ${money.currency} or ${to} in the rate table (base ${rates.base}). Pass a rate table that has both.`,
      );
    }
    return r;
  };
  return typeof money.value === 'number' ? one(money.value) : { min: one(money.value.min), max: one(money.value.max) };
}
