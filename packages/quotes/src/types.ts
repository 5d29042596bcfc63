/** How a quotation is given: verbatim, paraphrased with quoted words, or paraphrased. */
export type QuoteType = 'direct' | 'indirect' | 'mixed';

/** Who said it. */
export interface Speaker {
  /**
   * The canonical name: a person's full name as the article first gives it, without titles
   * ("Lin Junyang" for "Lin", "he" or "Mr. Lin"), or the description of an unnamed or
   * collective source ("a Google spokesperson", "people familiar with the matter").
   */
  name: string;
  /** The words at this quotation that point to the speaker ("Lin", "he", "the company"). */
  mention: string;
  /** The role or affiliation the article gives the speaker, when it gives one. */
  role?: string;
}

/** One quotation. */
export interface Quote {
  /** The quoted (direct) or reported (indirect, mixed) words: `input.slice(start, end)`. */
  text: string;
  type: QuoteType;
  /** The speaker, or null when the text names none. */
  speaker: Speaker | null;
  /** The speech cue as written ("said", "told", "according to"), or null (continuations). */
  cue: string | null;
  /** UTF-16 offsets into the text (for `string[]` input: into the paragraphs joined by `"\n\n"`). */
  start: number;
  end: number;
  /** Index of the paragraph the quotation starts in (the array index for `string[]` input). */
  paragraph: number;
  /** How sure the extractor is, from 0 to 1. */
  confidence: number;
}

/** Options of {@link extractQuotes}. */
export interface ExtractQuotesOptions {
  /**
   * Names known from elsewhere (the byline, page metadata): a surname or a pronoun in the text
   * resolves to them as it would to a full name given in the text.
   */
  people?: readonly string[];
  /** Largest accepted input, in UTF-16 code units. Default 10,000,000. */
  maxLength?: number;
}
