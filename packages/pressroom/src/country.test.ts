import { countryFromLanguage, countryFromUrl, pageCountry } from 'pressroom';
import { describe, expect, it } from 'vitest';

describe('country', () => {
  it.each([
    ['https://www.itnews.com.au/news/1', 'AU'],
    ['https://www.bbc.co.uk/news', 'GB'],
    ['https://www.lemonde.fr/', 'FR'],
    ['https://example.com/', null],
    ['https://techcrunch.io/', null],
    ['https://t.co/x', null],
    ['not a url', null],
    [null, null],
  ])('countryFromUrl(%s) = %s', (url, country) => expect(countryFromUrl(url)).toBe(country));

  it.each([
    ['en-AU', 'AU'],
    ['pt_BR', 'BR'],
    ['zh-Hant-TW', 'TW'],
    ['en', null],
    ['', null],
  ])('countryFromLanguage(%s) = %s', (tag, country) => expect(countryFromLanguage(tag)).toBe(country));

  it('falls back from the URL to the page locale', () => {
    expect(pageCountry('<html lang="en-NZ">', 'https://example.com/')).toBe('NZ');
    expect(pageCountry('<meta property="og:locale" content="de_AT">', null)).toBe('AT');
    expect(pageCountry('<html lang="en-NZ">', 'https://example.ie/')).toBe('IE');
    expect(pageCountry('<html>', null)).toBeNull();
  });
});
