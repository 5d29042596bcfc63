import { type ArticleQuote, type Money, type ParsedArticle, parseArticle, type Stage } from 'pressroom';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('parseArticle returns the article with byline, quotes, money and timings', () => {
    const page = parseArticle('<p>x</p>', { url: 'https://example.com', timeoutMs: 1000 });
    expectTypeOf(page).toEqualTypeOf<ParsedArticle>();
    expectTypeOf(page.title).toEqualTypeOf<string | null>();
    expectTypeOf(page.quotes).toEqualTypeOf<ArticleQuote[]>();
    expectTypeOf(page.money).toEqualTypeOf<Money[]>();
    expectTypeOf(page.timedOut).toEqualTypeOf<Stage | null>();
    expectTypeOf(page.timings.quotes).toEqualTypeOf<number>();
    expectTypeOf(page.byline.authors[0]?.name).toEqualTypeOf<string | undefined>();
  });
  it('refuses unknown options', () => {
    // @ts-expect-error no such option
    parseArticle('', { timeout: 5 });
    // @ts-expect-error onTimeout is partial | throw
    parseArticle('', { onTimeout: 'ignore' });
  });
});
