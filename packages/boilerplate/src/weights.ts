/**
 * The numbers the scoring and selection stages use, named, in one place. Tuned on the
 * development corpus as a whole (never per page).
 */

/** Starting score of a candidate container by tag. */
export const CANDIDATE_TAG_WEIGHTS: Readonly<Record<string, number>> = {
  div: 5,
  article: 8,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Paragraph scoring and candidate selection. */
export const SCORING = {
  /** A block with less inline text than this gives no points. */
  minParagraphChars: 25,
  /** A block whose inline text is more links than this gives no points. */
  maxParagraphLinkShare: 0.5,
  /** One point per this many characters... */
  charsPerPoint: 100,
  /** ...up to this many. */
  maxLengthPoints: 3,
  /** How far up a paragraph's points travel. */
  ancestorLevels: 5,
  /** Class/id word bonus or malus. */
  classWeight: 25,
  /** Bonus for an explicit article-body marker (`itemprop=articleBody`, `.article-body`). */
  contentClassWeight: 30,
  /** Alternatives scoring at least this share of the top are "close". */
  closeAlternativeShare: 0.75,
  /** This many close alternatives under one ancestor promote it. */
  closeAlternativesToPromote: 3,
  /** A sibling joins the article when it scores this share of the top candidate... */
  siblingShare: 0.2,
  /** ...and at least this. */
  siblingMinScore: 10,
  /** A sibling paragraph with this much prose joins whatever its links (a sentence full of names). */
  siblingMinProse: 150,
  /** The scored pick is replaced by the best prose container when it holds less than this share of its prose. */
  fallbackProseShare: 0.3,
};

/** What each `favor` lets through while collecting and filtering blocks. */
export const FAVOR_LIMITS = {
  precision: {
    /** A container holding more than this share of the article is never dropped as boilerplate. */
    majorShare: 0.5,
    /** Link share above which a paragraph is dropped. */
    paragraphLinkDensity: 0.6,
    /** Link share above which a container (div, list, table...) is dropped. */
    containerLinkDensity: 0.3,
    /** Prose objective: each character of link text costs this many characters of prose... */
    proseLinkPenalty: 3,
    /** ...and each character of other non-prose text this many. */
    proseOtherPenalty: 1,
    /** An ancestor replaces the pick only when it holds at least this much more prose. */
    widenMinProseGain: 1.2,
    /** Lines shorter than this that are not sentences are trimmed from the end... */
    tailLineChars: 120,
    /** How many closing calls to action ("Follow us on Twitter") are trimmed from the end. */
    closingCalls: 3,
    /** ...and from the start. */
    leadLineChars: 120,
  },
  balanced: {
    majorShare: 0.5,
    paragraphLinkDensity: 0.8,
    containerLinkDensity: 0.4,
    proseLinkPenalty: 3,
    proseOtherPenalty: 1,
    widenMinProseGain: 1.2,
    /** Lines shorter than this that are not sentences are trimmed from the end... */
    tailLineChars: 60,
    closingCalls: 3,
    leadLineChars: 60,
  },
  recall: {
    majorShare: 0.4,
    // Recall keeps link lists (shopping links, "see also" lines often belong to the story).
    paragraphLinkDensity: 1,
    containerLinkDensity: 1,
    proseLinkPenalty: 3,
    proseOtherPenalty: 1,
    widenMinProseGain: 1.2,
    /** Lines shorter than this that are not sentences are trimmed from the end... */
    tailLineChars: 0,
    closingCalls: 0,
    leadLineChars: 0,
  },
};
