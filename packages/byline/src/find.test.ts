import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBylines, isPressroomError } from '@pressroom/byline';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

interface Expected {
  url?: string;
  authors: string[];
  sources?: string[];
  organizations?: string[];
  handles?: string[];
  distractors?: string[];
}

const fixtures = readdirSync(FIXTURES).map((slug) => ({
  slug,
  html: readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8'),
  expected: JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected,
}));

describe('findBylines on page fixtures', () => {
  it.each(fixtures)('$slug', ({ html, expected }) => {
    const options = expected.url ? { url: expected.url } : {};
    const result = findBylines(html, options);
    expect(result.authors.map((a) => a.name)).toEqual(expected.authors);
    if (expected.sources) expect(result.authors.map((a) => a.source)).toEqual(expected.sources);
    if (expected.organizations) expect(result.organizations).toEqual(expected.organizations);
    if (expected.handles) expect(result.handles).toEqual(expected.handles);
    for (const name of expected.distractors ?? []) {
      expect(result.authors.map((a) => a.name)).not.toContain(name);
    }
  });

  it('gives the same answer for a CheerioAPI the caller already loaded, without changing it', () => {
    for (const { html, expected } of fixtures) {
      const $ = load(html);
      const before = $.html();
      const options = expected.url ? { url: expected.url } : {};
      expect(findBylines($, options)).toEqual(findBylines(html, options));
      expect($.html()).toBe(before);
    }
  });
});

describe('findBylines on the seed page', () => {
  const seed = fixtures.find((f) => f.slug === 'seed-article');
  it('finds no author in an empty "By" and invents none', () => {
    const result = findBylines(seed?.html ?? '', { url: seed?.expected.url ?? '' });
    expect(result.authors).toEqual([]);
    const names = result.authors.map((a) => a.name.toLowerCase());
    for (const junk of ['follow google news', 'ai researchers say.', 'itnews']) expect(names).not.toContain(junk);
  });
});

describe('findBylines details', () => {
  it('returns the profile URL given in JSON-LD', () => {
    const html = fixtures.find((f) => f.slug === 'jsonld-person')?.html ?? '';
    expect(findBylines(html).authors[0]?.url).toBe('https://example.com/authors/nadia-petrova');
  });

  it('reads pages without a head, body or headline', () => {
    expect(findBylines('<p class="byline">By Jo Marsh</p>').authors.map((a) => a.name)).toEqual(['Jo Marsh']);
    expect(findBylines('').authors).toEqual([]);
    expect(findBylines('<<<>>>').authors).toEqual([]);
  });

  it('ignores long containers whose class mentions the author', () => {
    const filler = 'word '.repeat(80);
    const html = `<h1>T</h1><div class="author-box">By Jo Marsh ${filler}</div>`;
    expect(findBylines(html).authors).toEqual([]);
  });

  it('throws typed errors on wrong input', () => {
    for (const bad of [42, null, undefined, {}]) {
      try {
        findBylines(bad as unknown as string);
        expect.unreachable();
      } catch (error) {
        expect(isPressroomError(error, 'PRESSROOM_INVALID_INPUT')).toBe(true);
      }
    }
  });
});
