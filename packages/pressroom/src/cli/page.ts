import { isPressroomError } from '@pressroom/core';
import { parseArticle } from '../index';
import { decodeHtml } from '../io/charset';
import type { PageInput } from '../io/inputs';
import { pickFields } from './fields';

/** What every batch worker is told besides the page. */
export interface PageJobOptions {
  timeoutMs: number;
  fields: string[] | null;
}

/** One output line of `pressroom batch`, before serialisation. */
export type PageRecord = { id: string; url: string | null } & Record<string, unknown>;

/**
 * The JSON line written for a page that failed: `{ id, url, error: { code, message } }`.
 *
 * @example
 * errorRecord('a.html', null, 'PRESSROOM_TIMEOUT', 'took too long'); // { id: 'a.html', url: null, error: {...} }
 */
export function errorRecord(id: string, url: string | null, code: string, message: string): PageRecord {
  return { id, url, error: { code, message } };
}

/**
 * Decodes and parses one page and returns its output record; never throws. A failure is an
 * `error` record with a stable code (`PRESSROOM_TIMEOUT`, `PRESSROOM_INPUT_TOO_LARGE`, ...;
 * `PRESSROOM_INTERNAL` for a bug).
 *
 * @example
 * parsePage({ id: 'a', url: null, html: '<p>Hi</p>' }, { timeoutMs: 5000, fields: ['title'] });
 */
export function parsePage(page: PageInput, options: PageJobOptions): PageRecord {
  try {
    let html = page.html;
    const warnings: string[] = [];
    let charset: string | undefined;
    if (html === undefined) {
      const decoded = decodeHtml(page.bytes ?? new Uint8Array(0), page.contentType);
      html = decoded.html;
      charset = decoded.charset;
      if (decoded.warning) warnings.push(decoded.warning);
    }
    const result = parseArticle(html, {
      ...(page.url ? { url: page.url } : {}),
      timeoutMs: options.timeoutMs,
    }) as unknown as Record<string, unknown>;
    if (warnings.length) result.warnings = [...warnings, ...((result.warnings as string[] | undefined) ?? [])];
    if (charset) result.charset = charset;
    return { id: page.id, url: page.url, ...pickFields(result, options.fields) };
  } catch (error) {
    if (isPressroomError(error)) return errorRecord(page.id, page.url, error.code, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return errorRecord(page.id, page.url, 'PRESSROOM_INTERNAL', `${message} (a bug: please report it with the page)`);
  }
}
