import { isPressroomError, parseArticle } from 'pressroom';
import { describe, expect, it } from 'vitest';

const html = `<html lang="en-NZ"><head><title>Budget lifts spending - Example News</title>
<meta property="og:title" content="Budget lifts spending"><meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2026-03-02T09:00:00+13:00"></head><body>
<article><h1>Budget lifts spending</h1><p class="byline">By Jane Doe</p>
<p>The government will spend $3.2 billion on new schools, the finance minister said on Monday.</p>
<p>"This is the largest investment in a generation," said Finance Minister Ruth Hale. "We owe it to the kids."</p>
<p>Opposition leader Tom Marsh said the plan was unaffordable and would add to debt.</p></article></body></html>`;

describe('parseArticle', () => {
  it('composes all four packages', () => {
    const page = parseArticle(html, { url: 'https://news.example.com/budget' });
    expect(page.title).toBe('Budget lifts spending');
    expect(page.byline.authors.map((a) => a.name)).toContain('Jane Doe');
    expect(page.country).toBe('NZ');
    expect(page.quotes.some((q) => q.speaker?.name === 'Ruth Hale')).toBe(true);
    for (const q of page.quotes) expect(page.text.slice(q.start, q.end)).toBe(q.text);
    expect(page.timedOut).toBeNull();
  });

  it('takes the country from the URL before the page locale', () => {
    expect(parseArticle(html, { url: 'https://www.example.co.uk/budget' }).country).toBe('GB');
    expect(parseArticle(html, { url: 'https://example.com/budget', country: 'CA' }).country).toBe('CA');
  });

  it('stops at the stage that runs over the budget and says which', () => {
    const page = parseArticle(html, { timeoutMs: 1e-9 });
    expect(page.timedOut).toBe('extract');
    expect(page.quotes).toEqual([]);
    expect(page.money).toEqual([]);
    expect(page.title).toBe('Budget lifts spending');
    expect(page.warnings.at(-1)).toMatch(/ran out in stage "extract".*skipped: byline, quotes, money/);
    try {
      parseArticle(html, { timeoutMs: 1e-9, onTimeout: 'throw' });
      expect.unreachable();
    } catch (error) {
      expect(isPressroomError(error, 'PRESSROOM_TIMEOUT')).toBe(true);
      expect((error as Error).message).toMatch(/stage "extract"/);
    }
  });

  it('throws typed errors on bad input and options', () => {
    expect(() => parseArticle(42 as never)).toThrow(expect.objectContaining({ code: 'PRESSROOM_INVALID_INPUT' }));
    expect(() => parseArticle('', { timeoutMs: 0 })).toThrow(
      expect.objectContaining({ code: 'PRESSROOM_INVALID_OPTION' }),
    );
  });

  it('parses empty and odd HTML without throwing', () => {
    for (const odd of ['', '<', '<p>', '<html><body><article></article>', '\u0000\uffff', '<p>"unclosed quote</p>']) {
      expect(() => parseArticle(odd)).not.toThrow();
    }
  });
});
