/**
 * `pressroom/node`: what only Node can do, for servers and scripts that fetch pages
 * themselves. The main entry (`pressroom`) runs anywhere; this one uses `node:http`,
 * `node:https`, `node:dns` and `node:zlib`.
 *
 * @example
 * import { parseArticle } from 'pressroom';
 * import { fetchPage } from 'pressroom/node';
 *
 * const page = await fetchPage('https://www.example.com/news/1', { timeoutMs: 10_000 });
 * const article = parseArticle(page.html, { url: page.url });
 * article.title; // 'The headline'
 */

export type { CharsetSource, DecodedPage } from './io/charset';
export { decodeHtml } from './io/charset';
export type { FetchedPage, FetchOptions } from './io/fetch';
export { FETCH_DEFAULTS, fetchPage } from './io/fetch';
