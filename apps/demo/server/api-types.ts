import type { Money, ParsedArticle } from 'pressroom';

/** A bundled sample page, as `GET /api/samples` lists it. */
export interface SampleInfo {
  id: string;
  title: string;
  site: string;
  language: string;
  /** What the page shows off. */
  shows: string;
}

/** Body of `POST /api/parse`: exactly one of `html`, `url` or `sampleId`. */
export interface ParseRequest {
  html?: string;
  /** With `html`: the page's address, used as context (links, country for `$`). Never fetched. */
  pageUrl?: string;
  url?: string;
  sampleId?: string;
}

/** Answer of `POST /api/parse`. */
export interface ParseResponse {
  source: {
    kind: 'html' | 'url' | 'sample';
    /** The URL given or fetched (after redirects), or the sample's canonical address, or null. */
    url: string | null;
    /** The original HTML, for the "original page" view. */
    html: string;
    /** For URLs: how the page was fetched. */
    fetch?: { status: number; charset: string; redirects: string[]; address: string; ms: number };
  };
  result: ParsedArticle;
  /** Milliseconds the server spent in `parseArticle`, measured around the call. */
  parseMs: number;
}

/** Body of `POST /api/convert`. */
export interface ConvertRequest {
  money: Money[];
  /** ISO 4217 code to convert into. */
  to: string;
  /** The article's publication date: picks the bundled rate table of that year. */
  date?: string | null;
}

/** One converted mention: a value, or why there is none. */
export type Converted = { value: number | { min: number; max: number } } | { error: string };

/** Answer of `POST /api/convert`. */
export interface ConvertResponse {
  to: string;
  rates: { base: string; date: string | null; source: string | null };
  values: Converted[];
}

/** Answer of `GET /api/currencies`. */
export interface CurrenciesResponse {
  codes: string[];
}

/** Every error answer. */
export interface ErrorResponse {
  error: { code: string; message: string };
}
