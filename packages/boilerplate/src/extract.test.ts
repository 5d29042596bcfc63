import { extractArticle, isPressroomError } from '@pressroom/boilerplate';
import { describe, expect, test } from 'vitest';

const paragraph =
  'The committee published its findings on Monday after a year of hearings, and its chair said the report would change how the agency works.';
const articlePage = (body: string) =>
  `<html><head><title>Report - Site</title></head><body><article><h1>Report</h1>${body}</article></body></html>`;

describe('input', () => {
  test.each([42, null, undefined, {}, new Uint8Array(3)])(
    'a non-string (%s) throws PRESSROOM_INVALID_INPUT',
    (input) => {
      expect(() => extractArticle(input as never)).toThrow();
      try {
        extractArticle(input as never);
      } catch (e) {
        expect(isPressroomError(e, 'PRESSROOM_INVALID_INPUT')).toBe(true);
      }
    },
  );

  test('input over the cap throws PRESSROOM_INPUT_TOO_LARGE', () => {
    try {
      extractArticle('<p>x</p>'.repeat(10), { maxInputLength: 20 });
      expect.unreachable();
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INPUT_TOO_LARGE')).toBe(true);
      expect(String(e)).toContain('maxInputLength');
    }
  });

  test('a bad favor throws PRESSROOM_INVALID_OPTION', () => {
    expect(() => extractArticle('<p>x</p>', { favor: 'most' as never })).toThrow(/favor/);
  });

  test.each(['', '   ', '<html></html>', '<<<>>>', '<p>Hi</p>', 'plain text, no tags'])(
    'an empty or non-article page (%j) is not an article, without throwing',
    (html) => {
      const article = extractArticle(html);
      expect(article.isArticle).toBe(false);
      expect(article.blocks).toEqual([]);
      expect(article.text).toBe('');
    },
  );

  test('100,000-deep nesting neither crashes nor hangs', () => {
    const depth = 100_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>${paragraph}</p><p>${paragraph}</p>${'</div>'.repeat(depth)}</body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain('committee published');
  });

  test('a 50 MB page is read when the cap is raised', () => {
    const block = `<div class="x"><p>${paragraph}</p><a href="/a">link</a></div>`;
    const html = `<html><body><article>${block.repeat(Math.ceil(50_000_000 / block.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThanOrEqual(50_000_000);
    const article = extractArticle(html, { maxInputLength: 60_000_000 });
    expect(article.isArticle).toBe(true);
  }, 300_000);
});

describe('favor', () => {
  test('captions are in blocks, HTML and Markdown, and in the text only when asked', () => {
    const html = articlePage(
      `<p>${paragraph}</p><figure><img src="/a.jpg"><figcaption>The committee room on Monday.</figcaption></figure><p>${paragraph}</p>`,
    );
    for (const favor of ['precision', 'balanced', 'recall'] as const) {
      const article = extractArticle(html, { favor });
      expect(article.text).not.toContain('committee room');
      expect(article.html).toContain('<figcaption>The committee room on Monday.</figcaption>');
      expect(article.markdown).toContain('*The committee room on Monday.*');
    }
    expect(extractArticle(html, { captionsInText: true }).text).toContain('committee room');
  });
});

describe('output', () => {
  test('html and markdown are plain enumerable fields (rendered on first read)', () => {
    const article = extractArticle(articlePage(`<p>${paragraph}</p><p>${paragraph}</p>`));
    const json = JSON.parse(JSON.stringify(article));
    expect(json.html).toBe(`<p>${paragraph}</p>\n<p>${paragraph}</p>`);
    expect(json.markdown).toBe(`${paragraph}\n\n${paragraph}`);
    expect({ ...article }.html).toBe(article.html);
  });
});

describe('metadata', () => {
  test('JSON-LD dates and authors, UTC dates', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Findings published',
      datePublished: '2026-03-02T09:30:00-05:00',
      dateModified: '2026-03-02T11:00:00Z',
      author: [{ '@type': 'Person', name: 'Jane Doe' }],
      image: { url: '/lead.jpg' },
      keywords: ['Politics', 'Reports'],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Findings published</h1><p>${paragraph}</p><p>${paragraph}</p></article></body></html>`;
    const article = extractArticle(html, { url: 'https://example.com/news/1' });
    expect(article).toMatchObject({
      title: 'Findings published',
      publishedAt: '2026-03-02T14:30:00.000Z',
      modifiedAt: '2026-03-02T11:00:00.000Z',
      image: 'https://example.com/lead.jpg',
      tags: ['Politics', 'Reports'],
      language: 'en',
    });
    expect(article.bylines).toContain('Jane Doe');
  });

  test('language is detected from the text when the markup is silent', () => {
    const de =
      'Die Regierung hat am Montag einen neuen Plan für die Stadt vorgestellt, und der Bürgermeister ist mit dem Ergebnis nicht zufrieden, sagte er in der Sitzung.';
    const article = extractArticle(`<html><body><article><p>${de}</p><p>${de}</p></article></body></html>`);
    expect(article.language).toBe('de');
  });
});
