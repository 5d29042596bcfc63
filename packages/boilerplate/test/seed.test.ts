import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '@pressroom/boilerplate';
import { describe, expect, test } from 'vitest';

const dir = join(import.meta.dirname, 'fixtures', 'seed-article');
const html = readFileSync(join(dir, 'page.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const article = extractArticle(html, { url: expected.url });

describe('the seed article', () => {
  test.each(['title', 'description', 'siteName', 'publishedAt', 'language', 'url'])('%s', (field) => {
    expect(article[field as keyof typeof article]).toBe(expected[field]);
  });

  test('body: first and last paragraph, paragraph count, headings', () => {
    const paragraphs = article.blocks.filter((b) => b.type === 'paragraph');
    const headings = article.blocks.filter((b) => b.type === 'heading');
    expect(paragraphs[0]?.text.startsWith(expected.body.firstParagraphStartsWith)).toBe(true);
    expect(paragraphs.at(-1)?.text.endsWith(expected.body.lastParagraphEndsWith)).toBe(true);
    expect(paragraphs).toHaveLength(expected.body.paragraphCount);
    expect(headings.map((h) => h.text)).toEqual(expected.body.headings);
    expect(article.text.startsWith(expected.body.firstParagraphStartsWith)).toBe(true);
  });

  test.each(expected.body.mustNotContain as string[])('text has no "%s"', (s) => {
    expect(article.text).not.toContain(s);
  });

  test('money mentions of the body survive in the text', () => {
    for (const m of expected.money.inArticleBody as { text: string }[]) expect(article.text).toContain(m.text);
  });

  test('is an article with an absolute lead image and raw bylines', () => {
    expect(article.isArticle).toBe(true);
    expect(article.image).toBe('https://www.itnews.com.au/images/china-us-tech.jpg');
    for (const raw of article.bylines) {
      expect(raw).not.toContain('Follow google news');
      expect(raw).not.toContain('AI researchers say');
    }
  });

  test('text is the blocks joined by blank lines', () => {
    expect(article.text.split('\n\n')).toHaveLength(13);
  });
});
