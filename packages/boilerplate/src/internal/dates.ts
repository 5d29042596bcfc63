import { ISO_DATE, TEXT_DATE, TEXT_NUMERIC_DATE } from '../patterns';
import { MONTHS } from '../rules';

/**
 * A date string in any common form (ISO 8601 with or without offset, RFC 2822, "Jan 12 2026
 * 6:45AM", "12 January 2026") as ISO 8601 in UTC, or `null`. Without an offset, UTC is assumed.
 *
 * @example
 * toIsoUtc('2026-01-12T06:45:00+11:00') // '2026-01-11T19:45:00.000Z'
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim().slice(0, 100);
  if (s === '') return null;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    let offsetMinutes = 0;
    if (zone && zone.toUpperCase() !== 'Z') {
      const sign = zone.startsWith('-') ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
    }
    return fromParts(
      Number(y),
      Number(mo),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(sec ?? 0),
      offsetMinutes,
    );
  }
  const text = fromText(s);
  if (text) return text;
  const parsed = Date.parse(s);
  if (!Number.isNaN(parsed)) {
    const year = new Date(parsed).getUTCFullYear();
    if (year > 1900 && year < 2200) return new Date(parsed).toISOString();
  }
  return null;
}

/** A date written in running text ("Jan 12 2026 6:45AM"), as ISO UTC; `null` when there is none. */
export function dateInText(text: string): string | null {
  return fromText(text.slice(0, 300));
}

function fromText(s: string): string | null {
  const m = TEXT_DATE.exec(s);
  if (m) {
    const monthName = (m[1] ?? m[5] ?? '').toLowerCase();
    const month = MONTHS[monthName] ?? MONTHS[monthName.slice(0, 3)];
    if (month !== undefined) {
      const day = Number(m[2] ?? m[4]);
      const year = Number(m[3] ?? m[6]);
      let hour = Number(m[7] ?? 0);
      const minute = Number(m[8] ?? 0);
      const meridiem = (m[9] ?? '').toLowerCase().split('.').join('');
      if (meridiem === 'pm' && hour < 12) hour += 12;
      if (meridiem === 'am' && hour === 12) hour = 0;
      return fromParts(year, month, day, hour, minute, 0, 0);
    }
  }
  const n = TEXT_NUMERIC_DATE.exec(s);
  if (n) return fromParts(Number(n[1]), Number(n[2]), Number(n[3]), 0, 0, 0, 0);
  return null;
}

function fromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMinutes: number) {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60 || y < 1900 || y > 2200) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMinutes * 60_000;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
