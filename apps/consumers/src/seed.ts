import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedExpected, SeedInput } from './checks';
import { seedDir } from './workspace';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The article body of the seed page as plain text: its paragraphs and subheading, blank-line
 * separated, as a user of `@pressroom/quotes` or `@pressroom/currency` alone would pass it.
 * Read from the page's `itemprop="articleBody"` element with a deliberately dumb scan of this one
 * fixture (test code, not a parser), so those packages are checked without the extractor.
 */
export function articleText(html: string): string {
  const start = html.indexOf('itemprop="articleBody"');
  const end = html.indexOf('<div class="news-tip">', start);
  if (start < 0 || end < 0) throw new Error('seed page: article body not found');
  const body = html.slice(start, end);
  const blocks = [...body.matchAll(/<(p|h3)>([\s\S]*?)<\/\1>/g)].map((m) =>
    (m[2] ?? '').replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? ''),
  );
  return blocks.map((b) => b.trim()).join('\n\n');
}

/** The seed page and what every package must get out of it. */
export function loadSeed(): { input: SeedInput; expected: SeedExpected } {
  const html = readFileSync(join(seedDir, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(seedDir, 'expected.json'), 'utf8')) as SeedExpected;
  return { input: { html, url: expected.url, text: articleText(html) }, expected };
}
