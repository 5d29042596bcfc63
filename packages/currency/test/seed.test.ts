import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMoney } from '@pressroom/currency';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed-article');
const html = readFileSync(join(dir, 'page.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  url: string;
  publishedAt: string;
  money: {
    inArticleBody: { text: string; currency: string; value: number; equivalentOf?: string }[];
    inBoilerplateOnly: { text: string; currency: string; value: number }[];
  };
};

/** Plain text of the article paragraphs and of the whole page, the simplest way cheerio gives it. */
function texts(): { article: string; page: string } {
  const $ = load(html);
  $('script, style, noscript').remove();
  const article = $('article p, article h2')
    .map((_, el) => $(el).text().trim())
    .get()
    .join('\n\n');
  const page = $('body')
    .find('*')
    .contents()
    .filter((_, n) => n.type === 'text')
    .map((_, n) => $(n).text().trim())
    .get()
    .filter(Boolean)
    .join('\n');
  return { article, page };
}

describe('seed article', () => {
  const { article, page } = texts();

  test('the article body holds exactly the expected money, the $ decided by the .com.au URL and the conversion', () => {
    const money = findMoney(article, { url: expected.url, date: expected.publishedAt });
    expect(money.map((m) => ({ text: m.text, currency: m.currency, value: m.value }))).toEqual(
      expected.money.inArticleBody.map(({ text, currency, value }) => ({ text, currency, value })),
    );
    const [hk, aud] = money;
    expect(hk?.evidence).toBe('symbol');
    expect(aud?.equivalentOf).toBe(0);
    expect(aud?.evidence).toBe('conversion');
    for (const m of money) expect(article.slice(m.start, m.end)).toBe(m.text);
  });

  test('without the URL the $ is still decided by the conversion fitting the rates', () => {
    const money = findMoney(article, { date: expected.publishedAt });
    expect(money[1]?.currency).toBe('AUD');
  });

  test('the whole page text with the URL adds "$210m" as AUD, from the page', () => {
    const money = findMoney(page, { url: expected.url });
    const texts = [...new Set(money.map((m) => m.text))];
    expect(texts.sort()).toEqual(
      [...expected.money.inArticleBody, ...expected.money.inBoilerplateOnly].map((m) => m.text).sort(),
    );
    const m210 = money.find((m) => m.text === '$210m');
    expect(m210).toMatchObject({ currency: 'AUD', value: 210_000_000, evidence: 'page' });
  });
});
