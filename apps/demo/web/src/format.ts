import type { Money } from 'pressroom';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 4 });

/** `4350000000` -> `4,350,000,000`; small amounts keep two decimals. */
export function fullNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 });
}

/** A value or range with its code: `HKD 4,350,000,000`, `EUR 1,000–2,000`. */
export function formatValue(value: Money['value'], code: string | null, short = false): string {
  const one = short ? (n: number) => compact.format(n) : fullNumber;
  const text = typeof value === 'number' ? one(value) : `${one(value.min)}–${one(value.max)}`;
  return code ? `${code} ${text}` : text;
}

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'currency' }) : null;

/** `EUR` -> `EUR · Euro`. */
export function currencyLabel(code: string): string {
  const name = names?.of(code);
  return name && name !== code ? `${code} · ${name}` : code;
}

/** An ISO date as a reader sees it, in UTC: `11 Jan 2026, 19:45 UTC`. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/** Milliseconds with one decimal under 10. */
export function ms(n: number): string {
  return `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
}

/** What decided a currency, in words. */
export const EVIDENCE: Record<string, string> = {
  symbol: 'a symbol that names one currency',
  code: 'an ISO 4217 code',
  name: 'the currency’s name',
  text: 'nearby text names it',
  conversion: 'the conversion in brackets fits its rate',
  page: 'the page’s country or language',
  none: 'nothing decided it',
};
