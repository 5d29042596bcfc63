/**
 * Where an author was found. `text` is a byline string given to `parseByline`.
 *
 * @example
 * findBylines(html).authors.filter((a) => a.source !== 'visible'); // names the markup also gives
 */
export type AuthorSource = 'jsonld' | 'meta' | 'rel-author' | 'itemprop' | 'visible' | 'text';

/**
 * A person credited as an author.
 *
 * @example
 * const person: Person = { name: 'Jane Doe', source: 'jsonld', url: 'https://example.com/jane' };
 */
export interface Person {
  /** The name in canonical form: no prefix, role, handle or date; ALL-CAPS title-cased. */
  name: string;
  /** The strongest signal the name was found in. */
  source: AuthorSource;
  /** The role printed next to the name, when there is one ("Staff Writer"). */
  role?: string;
  /** A profile URL given with the name (JSON-LD `url`, `rel=author` href). */
  url?: string;
}

/**
 * Who wrote something: people, and the organisations, roles and handles credited beside them.
 *
 * @example
 * const { authors, organizations } = parseByline('Jane Doe, Associated Press');
 * // authors: [{ name: 'Jane Doe', source: 'text' }], organizations: ['Associated Press']
 */
export interface Byline {
  /** People, deduplicated, in byline order. */
  authors: Person[];
  /** Wire services, outlets and desks credited ("Associated Press", "CNN Business"). */
  organizations: string[];
  /** Roles and titles found next to the names ("Staff Writer", "IGN Staff"). */
  roles: string[];
  /** Social handles found in the byline, with their `@`. */
  handles: string[];
  /** The byline string that was parsed; for a page, the visible byline chosen, or `''`. */
  raw: string;
}

/**
 * Options of `findBylines`.
 *
 * @example
 * findBylines(html, { url: 'https://www.example.com/news/story' });
 */
export interface FindBylinesOptions {
  /** The page's URL: lets the site's own name be told apart from a person's. */
  url?: string;
}
