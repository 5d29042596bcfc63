import type { Document, Element } from 'domhandler';
import type { Article, Block, Favor } from './types';

/** Text measures of one element, over its kept (not hard-dropped) subtree. */
export interface NodeStats {
  /** Characters of text (whitespace-trimmed per text node). */
  chars: number;
  /** Characters of text inside links. */
  linkChars: number;
  /** Characters of text that flow inline directly in this element (nearest block ancestor). */
  ownChars: number;
  /** Of `ownChars`, those inside links. */
  ownLinkChars: number;
  /** Commas in the inline text. */
  ownCommas: number;
  /** Number of `<p>` elements in the subtree. */
  paragraphs: number;
  /**
   * Characters of prose in the subtree: non-link text of blocks with enough inline text,
   * not counting blocks inside boilerplate-classed containers (comments, related links...).
   */
  prose: number;
}

/** Raw metadata gathered from the head, JSON-LD and markup, resolved at the end. */
export interface RawMetadata {
  /** `<meta>` name/property (lower-cased) -> contents, in document order. */
  meta: Map<string, string[]>;
  /** JSON-LD objects (flattened `@graph`s). */
  jsonLd: Record<string, unknown>[];
  titleTag: string | null;
  canonical: string | null;
  baseHref: string | null;
  htmlLang: string | null;
  /** `<time datetime>` values in document order. */
  times: string[];
  /** `<h1>` elements in document order. */
  h1s: Element[];
  /** Visible byline elements (class/id, `rel=author`, `itemprop=author`), in document order. */
  bylineElements: Element[];
  /** Elements whose class/id says date, time or byline, in document order. */
  dateElements: Element[];
  /** `rel=tag` links' texts. */
  relTags: string[];
}

/** What the stages share. Each stage reads and fills parts of it; none calls another. */
export interface Context {
  readonly html: string;
  readonly favor: Favor;
  readonly url: string | null;
  document: Document | null;
  body: Element | null;
  /** Base URL links and images resolve against (page URL, `<base>`, canonical). */
  baseUrl: string | null;
  /** Hard-dropped subtrees (scripts, hidden elements...): never content. */
  readonly dropped: WeakSet<Element>;
  readonly stats: WeakMap<Element, NodeStats>;
  /** Kept elements of the body in document order (filled by the scan). */
  elements: Element[];
  /** Candidate scores: never on the DOM. */
  readonly scores: WeakMap<Element, number>;
  /** Elements scored as candidates, in first-scored order. */
  candidates: Element[];
  /** Embedded posts (tweets...) and their near ancestors: never dropped for their class. */
  readonly embedHolders: WeakSet<Element>;
  /** Elements with an `articleBody`-like marker (itemprop, class). */
  bodyMarked: Element[];
  /** The best container of the article. */
  candidate: Element | null;
  /** Containers whose content is the article, in document order. */
  contentRoots: Element[];
  raw: RawMetadata;
  blocks: Block[];
  /** The element each block was read from (for filters that look at the markup around it). */
  readonly blockSources: WeakMap<Block, Element>;
  /** Resolved metadata (filled by the metadata stage). */
  metadata: Metadata;
  /** Does the page hold an article? (decided by the verdict stage) */
  isArticle: boolean;
  warnings: string[];
}

/** The metadata fields of an article. */
export type Metadata = Pick<
  Article,
  | 'title'
  | 'description'
  | 'siteName'
  | 'url'
  | 'language'
  | 'publishedAt'
  | 'modifiedAt'
  | 'image'
  | 'tags'
  | 'bylines'
>;

/** A fresh context for one page. */
export function createContext(html: string, favor: Favor, url: string | null): Context {
  return {
    html,
    favor,
    url,
    document: null,
    body: null,
    baseUrl: url,
    dropped: new WeakSet(),
    stats: new WeakMap(),
    elements: [],
    scores: new WeakMap(),
    candidates: [],
    embedHolders: new WeakSet(),
    bodyMarked: [],
    candidate: null,
    contentRoots: [],
    raw: {
      meta: new Map(),
      jsonLd: [],
      titleTag: null,
      canonical: null,
      baseHref: null,
      htmlLang: null,
      times: [],
      h1s: [],
      bylineElements: [],
      dateElements: [],
      relTags: [],
    },
    blocks: [],
    blockSources: new WeakMap(),
    metadata: {
      title: null,
      description: null,
      siteName: null,
      url: null,
      language: null,
      publishedAt: null,
      modifiedAt: null,
      image: null,
      tags: [],
      bylines: [],
    },
    isArticle: false,
    warnings: [],
  };
}
