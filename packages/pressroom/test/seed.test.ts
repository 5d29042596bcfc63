// The seed page: every field of expected.json must hold for parseArticle.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from 'pressroom';
import { describe, expect, it } from 'vitest';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed-article');
const html = readFileSync(join(dir, 'page.html'), 'utf8');

interface Expected {
  url: string;
  title: string;
  description: string;
  siteName: string;
  publishedAt: string;
  language: string;
  authors: string[];
  body: {
    firstParagraphStartsWith: string;
    lastParagraphEndsWith: string;
    paragraphCount: number;
    headings: string[];
    mustNotContain: string[];
  };
  quotes: {
    direct: { startsWith: string; speaker: string; mention: string; cue: string; role?: string }[];
    indirectRequired: { contains: string; speaker: string; cue: string }[];
    people: { name: string; role: string }[];
  };
  money: {
    inArticleBody: { text: string; currency: string; value: number; equivalentOf?: string }[];
    inBoilerplateOnly: { text: string }[];
  };
}

const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
const page = parseArticle(html, { url: expected.url });

describe('parseArticle on the seed page', () => {
  it('gets the metadata', () => {
    expect(page.title).toBe(expected.title);
    expect(page.description).toBe(expected.description);
    expect(page.siteName).toBe(expected.siteName);
    expect(page.publishedAt).toBe(expected.publishedAt);
    expect(page.language).toBe(expected.language);
    expect(page.country).toBe('AU');
  });

  it('invents no author', () => {
    expect(page.byline.authors.map((a) => a.name)).toEqual(expected.authors);
  });

  it('gets the body and nothing else', () => {
    const paragraphs = page.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs).toHaveLength(expected.body.paragraphCount);
    expect(paragraphs[0]?.text.startsWith(expected.body.firstParagraphStartsWith)).toBe(true);
    expect(paragraphs.at(-1)?.text.endsWith(expected.body.lastParagraphEndsWith)).toBe(true);
    expect(page.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(
      expected.body.headings,
    );
    for (const junk of expected.body.mustNotContain) expect(page.text).not.toContain(junk);
  });

  it('finds every direct quote with its speaker, mention, cue and role', () => {
    for (const want of expected.quotes.direct) {
      const got = page.quotes.find((q) => q.type === 'direct' && q.text.startsWith(want.startsWith));
      expect(got, want.startsWith).toBeDefined();
      expect(got?.speaker?.name).toBe(want.speaker);
      expect(got?.speaker?.mention).toBe(want.mention);
      expect(got?.cue).toBe(want.cue);
      if (want.role) expect(got?.speaker?.role).toBe(want.role);
    }
  });

  it('finds the required indirect quotes', () => {
    for (const want of expected.quotes.indirectRequired) {
      const got = page.quotes.find((q) => q.type !== 'direct' && q.text.includes(want.contains));
      expect(got, want.contains).toBeDefined();
      expect(got?.speaker?.name).toBe(want.speaker);
      expect(got?.cue).toBe(want.cue);
    }
  });

  it('maps quote offsets back to the text and to blocks', () => {
    expect(page.quotes.length).toBeGreaterThan(0);
    for (const q of page.quotes) {
      expect(page.text.slice(q.start, q.end)).toBe(q.text);
      const block = page.blocks[q.block] as { text: string };
      if (q.block === q.endBlock) expect(block.text.slice(q.blockStart, q.blockEnd)).toBe(q.text);
      else expect(block.text.slice(q.blockStart)).toBe(q.text.slice(0, block.text.length - q.blockStart));
    }
  });

  it('reports per-stage timings', () => {
    for (const stage of ['extract', 'byline', 'quotes', 'money', 'total'] as const) {
      expect(page.timings[stage]).toBeGreaterThanOrEqual(0);
    }
    expect(page.timedOut).toBeNull();
  });
});

describe('money on the seed page', () => {
  it('finds the sums in the article body, with currency, value and the restatement', () => {
    const want = expected.money.inArticleBody;
    for (const w of want) {
      const got = page.money.find((m) => m.text === w.text);
      expect(got, w.text).toBeDefined();
      expect(got?.currency).toBe(w.currency);
      expect(got?.value).toBe(w.value);
      if (w.equivalentOf) expect(page.money[got?.equivalentOf ?? -1]?.text).toBe(w.equivalentOf);
      expect(page.text.slice(got?.start, got?.end)).toBe(w.text);
    }
  });

  it('finds none of the sums that are only in the boilerplate', () => {
    for (const w of expected.money.inBoilerplateOnly) expect(page.money.map((m) => m.text)).not.toContain(w.text);
  });
});
