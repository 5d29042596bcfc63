import { CC_TLD_EXCEPTIONS, GENERIC_CC_TLDS } from './data/country';
import { openingTags } from './markup';
import { CC_TLD, LANG_ATTRIBUTE, LANGUAGE_REGION, LOCALE_CONTENT, OG_LOCALE } from './patterns';

/** How far into a page the `<html lang>` / `og:locale` is looked for. */
const HEAD_CHARS = 20_000;

/**
 * The country a URL's host belongs to, by its country-code top-level domain, as an ISO 3166-1
 * alpha-2 code; `null` for generic TLDs (`.com`) and ccTLDs used worldwide (`.io`, `.co`, `.tv`).
 *
 * @example
 * countryFromUrl('https://www.itnews.com.au/news/1'); // 'AU'
 * countryFromUrl('https://example.com/'); // null
 */
export function countryFromUrl(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const host = new URL(url).hostname.toLowerCase();
  const tld = CC_TLD.exec(host)?.[1];
  if (!tld || GENERIC_CC_TLDS.has(tld)) return null;
  return CC_TLD_EXCEPTIONS[tld] ?? tld.toUpperCase();
}

/**
 * The region of a language tag as an ISO 3166-1 alpha-2 code (`en-AU` -> `AU`), or `null`.
 *
 * @example
 * countryFromLanguage('pt_BR'); // 'BR'
 * countryFromLanguage('en'); // null
 */
export function countryFromLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  return LANGUAGE_REGION.exec(tag)?.[1]?.toUpperCase() ?? null;
}

/**
 * The locale a page declares near its start (`<html lang="en-AU">`, else `og:locale`), or `null`.
 *
 * @example
 * pageLocale('<html lang="en-AU"><head>'); // 'en-AU'
 */
export function pageLocale(html: string): string | null {
  const head = html.slice(0, HEAD_CHARS);
  const [htmlTag] = openingTags(head, 'html');
  const lang = htmlTag ? LANG_ATTRIBUTE.exec(htmlTag)?.[1] : undefined;
  if (lang) return lang;
  for (const tag of openingTags(head, 'meta')) {
    if (OG_LOCALE.test(tag)) return LOCALE_CONTENT.exec(tag)?.[1] ?? null;
  }
  return null;
}

/**
 * The country a page is most likely from: its URL's ccTLD, else the region of its declared
 * locale (`<html lang>` / `og:locale`). Used as the currency context of `$` and friends.
 *
 * @example
 * pageCountry('<html lang="en-NZ">', 'https://example.com/a'); // 'NZ'
 */
export function pageCountry(html: string, url: string | null | undefined): string | null {
  return countryFromUrl(url) ?? countryFromLanguage(pageLocale(html));
}
