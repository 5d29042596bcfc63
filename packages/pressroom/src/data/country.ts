/**
 * Country-code top-level domains that do not mean a country, because they are sold and used
 * worldwide as generic domains (Google's list of "generic ccTLDs" treated as gTLDs for
 * geotargeting, Search Central docs, plus `.eu` and `.su`, which are not ISO 3166 countries).
 */
export const GENERIC_CC_TLDS: ReadonlySet<string> = new Set([
  'ad',
  'ai',
  'as',
  'bz',
  'cc',
  'cd',
  'co',
  'dj',
  'fm',
  'gg',
  'io',
  'la',
  'me',
  'ms',
  'nu',
  'sc',
  'sr',
  'su',
  'tv',
  'tk',
  'ws',
  'eu',
  'to',
  'ly',
  'gl',
  'vc',
  'im',
  'sh',
  'ac',
]);

/**
 * ccTLDs whose ISO 3166-1 alpha-2 code differs (IANA root zone database): `.uk` is `GB`.
 * Every other two-letter ccTLD is its country code, upper-cased.
 */
export const CC_TLD_EXCEPTIONS: Readonly<Record<string, string>> = { uk: 'GB' };
