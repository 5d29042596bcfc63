import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, type Favor } from '@pressroom/boilerplate';
import { describe, expect, test } from 'vitest';

/** What a fixture's `expected.json` may check. */
interface Expected {
  url?: string;
  favor?: Favor;
  mustContain?: string[];
  mustNotContain?: string[];
  firstBlockStartsWith?: string;
  blockTypes?: string[];
  htmlContains?: string[];
  markdownContains?: string[];
  figures?: { src?: string; caption?: string }[];
  tags?: string[];
}

const dir = join(import.meta.dirname, 'fixtures');
const slugs = readdirSync(dir).filter((slug) => slug !== 'seed-article');

describe.each(slugs)('fixture %s', (slug) => {
  const html = readFileSync(join(dir, slug, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as Expected;
  const article = extractArticle(html, {
    ...(expected.url ? { url: expected.url } : {}),
    ...(expected.favor ? { favor: expected.favor } : {}),
  });

  test('is an article', () => {
    expect(article.isArticle).toBe(true);
  });
  test.each(expected.mustContain ?? [])('keeps "%s"', (s) => {
    expect(article.text).toContain(s);
  });
  test.each(expected.mustNotContain ?? [])('drops "%s"', (s) => {
    expect(article.text).not.toContain(s);
  });
  test.runIf(expected.firstBlockStartsWith)('starts with the first paragraph', () => {
    expect(article.text.startsWith(expected.firstBlockStartsWith!)).toBe(true);
  });
  test.each(expected.blockTypes ?? [])('has a %s block', (type) => {
    expect(article.blocks.map((b) => b.type)).toContain(type);
  });
  test.each(expected.htmlContains ?? [])('clean HTML holds %s', (s) => {
    expect(article.html).toContain(s);
  });
  test.each(expected.markdownContains ?? [])('Markdown holds %s', (s) => {
    expect(article.markdown).toContain(s);
  });
  test.runIf(expected.figures)('recovers the figures', () => {
    const figures = article.blocks.filter((b) => b.type === 'figure');
    expect(figures).toMatchObject(expected.figures!);
  });
  test.runIf(expected.tags)('reads the tags', () => {
    expect(article.tags).toEqual(expect.arrayContaining(expected.tags!));
  });
});
