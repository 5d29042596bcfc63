/** How much to keep when a block might or might not belong to the article. */
export type Favor = 'precision' | 'balanced' | 'recall';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL: links and images are resolved against it (a `<base>` or canonical URL is used otherwise). */
  url?: string;
  /** `precision` drops doubtful blocks, `recall` keeps them; `balanced` (default) in between. */
  favor?: Favor;
  /** Put figure captions into `text` too (they are always in `blocks`, `html` and `markdown`). Default false. */
  captionsInText?: boolean;
  /** Largest accepted input in UTF-16 code units. Default 20,000,000. */
  maxInputLength?: number;
}

/** Options of {@link extractArticleFromBytes}. */
export interface ExtractBytesOptions extends ExtractOptions {
  /** The HTTP `Content-Type` header, whose `charset` is trusted after a BOM. */
  contentType?: string;
}

/** A run of inline text with its formatting, as kept in clean HTML and Markdown. */
export interface Inline {
  text: string;
  /** Absolute link target, when the run is a link. */
  href?: string;
  strong?: boolean;
  em?: boolean;
  code?: boolean;
  /** A line break before this run (from `<br>`). */
  break?: boolean;
}

/** A heading inside the article (`<h2>`...). */
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
  inlines: Inline[];
}

/** A paragraph of running text. */
export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  inlines: Inline[];
}

/** A list; nested lists are flattened into its items. */
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: { text: string; inlines: Inline[] }[];
}

/** A block quote (also pull quotes). */
export interface QuoteBlock {
  type: 'quote';
  text: string;
  inlines: Inline[];
}

/** A table as rows of cell texts; `header` says whether the first row is a header row. */
export interface TableBlock {
  type: 'table';
  header: boolean;
  rows: string[][];
}

/** An image with its caption. */
export interface FigureBlock {
  type: 'figure';
  /** Absolute image URL (lazy-loading attributes, `srcset` and `<noscript>` are followed). */
  src: string | null;
  alt: string | null;
  caption: string | null;
}

/** Preformatted text or code. */
export interface CodeBlock {
  type: 'code';
  text: string;
}

/** An embedded post (tweet, Instagram...) or media player; `text` is what the post says. */
export interface EmbedBlock {
  type: 'embed';
  provider: string;
  url: string | null;
  text: string;
}

/** One unit of the article, in reading order. */
export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | TableBlock
  | FigureBlock
  | CodeBlock
  | EmbedBlock;

/** What {@link extractArticle} returns. */
export interface Article {
  /** The headline (not the `<title>` with the site's name appended). */
  title: string | null;
  description: string | null;
  siteName: string | null;
  /** Canonical URL of the page, absolute. */
  url: string | null;
  /** Primary language subtag, lower-case (`en`), from markup or guessed from the text. */
  language: string | null;
  /** ISO 8601 in UTC (`2026-01-11T19:45:00.000Z`). */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Lead image, absolute. */
  image: string | null;
  tags: string[];
  /** Raw byline strings as found (meta, JSON-LD, visible bylines), for `@pressroom/byline`. */
  bylines: string[];
  /** The article's blocks in reading order. */
  blocks: Block[];
  /** Blocks as plain text, separated by blank lines. */
  text: string;
  /** The clean article HTML. */
  html: string;
  /** The article as Markdown. */
  markdown: string;
  /** Does the page hold an article at all? */
  isArticle: boolean;
  /** What was odd about the input (never fatal). */
  warnings: string[];
}
