import type { RateTable } from './data/rates';

/**
 * What decided a mention's currency, strongest first.
 *
 * @example
 * findMoney('HK$4.35 billion ($560 million)').map((m) => m.evidence); // ['symbol', 'conversion']
 */
export type Evidence =
  /** A symbol that names one currency ("€", "HK$", "R$"). */
  | 'symbol'
  /** An ISO 4217 code ("USD 5", "5 EUR", "MUSD"). */
  | 'code'
  /** A currency name ("Swiss francs", "Australian dollars", "yen"). */
  | 'name'
  /** Nearby text names the currency ("... in Australian dollars ... $5m"). */
  | 'text'
  /** The conversion in parentheses fits this currency at the rate table's rates. */
  | 'conversion'
  /** The page: its URL's country domain, the `country` option, or the language tag. */
  | 'page'
  /** Nothing decided: `currency` is null and `candidates` are ranked. */
  | 'none';

/**
 * One sum of money found in a text.
 *
 * @example
 * findMoney('about €2bn-€3bn')[0];
 * // { text: '€2bn-€3bn', start: 6, end: 15, currency: 'EUR', candidates: ['EUR'], evidence: 'symbol',
 * //   value: { min: 2e9, max: 3e9 }, approximate: true, qualifier: 'about', negative: false }
 */
export interface Money {
  /** The mention as written: `text === input.slice(start, end)`. */
  text: string;
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset after the last UTF-16 code unit (exclusive). */
  end: number;
  /** ISO 4217 code (BTC for bitcoin); null only when nothing could decide it. */
  currency: string | null;
  /** Possible currencies, best first (one element when the mention is unambiguous). */
  candidates: string[];
  /** What decided `currency`. */
  evidence: Evidence;
  /** The amount in major units ("30p" is 0.3), or both ends of a range. */
  value: number | { min: number; max: number };
  /** Written with an approximation or a bound ("about", "more than", "up to"). */
  approximate: boolean;
  /** The approximation word as written, lower case ("about", "more than"). */
  qualifier?: string;
  /** A negative amount ("-$5m", "€ -12", "minus £3"). */
  negative: boolean;
  /** The sub-unit the amount was written in ("cent", "pence", "satoshi"); `value` is already converted. */
  unit?: string;
  /** Index (in the returned array) of the mention this one restates: "HK$4.35 billion ($840 million)". */
  equivalentOf?: number;
}

/**
 * Options of `findMoney`.
 *
 * @example
 * findMoney(text, { url: 'https://www.smh.com.au/business/x', language: 'en-AU', date: '2024-05-01' });
 */
export interface FindMoneyOptions {
  /** URL of the page: its country domain (.com.au, .ca, .co.uk) helps decide "$", "kr", "¥". */
  url?: string;
  /** ISO 3166-1 alpha-2 country of the publication ("AU"), stronger than the URL. */
  country?: string;
  /** Publication date (ISO 8601); picks the bundled rate table of that year. */
  date?: string;
  /** Rate table for conversions; defaults to the bundled annual averages. */
  rates?: RateTable;
  /** BCP 47 language tag of the text ("en", "fr-CA", "pt-BR"): number format, words, page context. */
  language?: string;
  /** Largest accepted input in UTF-16 code units (default 20,000,000). */
  maxInputLength?: number;
}
