import { extractArticle } from '@pressroom/boilerplate';
import pkg from '@pressroom/boilerplate/package.json' with { type: 'json' };

/** What the extraction suite prints in the version column for our rows. */
export const pressroomExtractionVersion: string = `@pressroom/boilerplate ${pkg.version} (cheerio 1.2.0, htmlparser2)`;

/**
 * The article text @pressroom/boilerplate extracts from one page, for the extraction suite's
 * three rows (balanced, precision, recall).
 *
 * @example
 * pressroomExtract(html, 'https://example.com/news/1', 'balanced') // 'First paragraph...\n\nSecond...'
 */
export function pressroomExtract(
  html: string,
  url: string | undefined,
  favor: 'precision' | 'balanced' | 'recall',
): string {
  return extractArticle(html, url === undefined ? { favor } : { url, favor }).text;
}
