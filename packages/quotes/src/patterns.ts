/**
 * Every regular expression this package runs over user text, in one place. Each is linear:
 * no nested quantifiers over overlapping classes, no backreferences. `patterns.test.ts` runs
 * every one against long adversarial strings.
 *
 * @module
 */

/**
 * One token: a word (letters, marks and digits, with inner apostrophes, hyphens or periods:
 * "don’t", "Hau-yip", "U.S", "4.35") or any other single non-space character. The separator
 * between word parts is mandatory, so the two quantifiers never compete for a character.
 */
export const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[’'\-‐‑.][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** A character that is part of a word. */
export const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A string that starts with an upper-case letter. */
export const UPPER_START = /^\p{Lu}/u;

/** A string that starts with a lower-case letter. */
export const LOWER_START = /^\p{Ll}/u;

/** A string that contains a letter at all. */
export const HAS_LETTER = /\p{L}/u;

/** A word that is entirely upper case (acronyms, shouted headings): "NASA", "US FALLS". */
export const ALL_CAPS = /^[\p{Lu}\p{N}.\-’']+$/u;

/** An English possessive ending: "Tencent's", "Neumann’s", "players’". */
export const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** Runs of whitespace, for collapsing names. */
export const SPACES = /\s+/gu;

/** One whitespace character. */
export const SPACE_CHAR = /\s/u;

/** A run of whitespace, for splitting phrases into words. */
export const SPACE_RUN = /\s+/u;

/** Text that ends with sentence or clause punctuation. */
export const ENDS_WITH_PUNCT = /[.!?,;]$/u;

/** A token that is one piece of sentence or clause punctuation. */
export const PUNCT_TOKEN = /^[.!?…,;:]$/u;

/** An acronym: two or more capitals and nothing else ("WHO", "NASA"). */
export const ACRONYM = /^\p{Lu}{2,}$/u;

/** A single capital letter: an initial ("J" of "Donald J. Trump"). */
export const INITIAL = /^\p{Lu}$/u;

/** A token that may open a sentence besides a capital: a digit or an opening bracket. */
export const SENTENCE_OPENER = /^[\p{N}([]/u;

/** A digit. */
export const DIGIT = /\d/u;

/** A period at the end of a word ("Mr.", "Gen."). */
export const TRAILING_PERIOD = /\.$/u;

/** An apostrophe-s at the end of a word ("Tencent's"). */
export const APOSTROPHE_S = /['’]s$/u;

/** A leading English article and its space. */
export const LEADING_ARTICLE = /^(?:the|a|an) /iu;

/** A plural-looking English word: three letters or more and a final s. */
export const PLURAL_WORD = /^\p{L}{3,}s$/u;

/** Endings of words that end in s without being plural ("business", "bus", "analysis"). */
export const NOT_PLURAL_ENDING = /(?:ss|us|is)$/u;

/** Endings of agent and role nouns ("researcher", "director", "analyst", "spokesman"). */
export const AGENT_NOUN_ENDING = /(?:er|or|ist|ant|ent|man|woman|person)$/u;

/** Endings of title-like words in front of a name ("Administrator", "Insider", "Prosecution"). */
export const TITLE_SUFFIX = /(?:or|er|ist|ion|ent|ant|ary)s?$/u;

/**
 * A description that names a document after the organisation behind it: "a new Fast Company
 * report", "the Reuters analysis". Group 1 is the organisation. Each repetition of the group is
 * one capitalised word and the spaces after it, so no two quantifiers compete for a character.
 */
export const NAMED_DOCUMENT =
  /^(?:a|an|the|its|this)\s+(?:(?:new|recent|latest|separate|further)\s+)?((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+)+)(?:report|statement|study|survey|analysis|release|filing|letter|post|tweet|memo)$/u;

/** An English contraction at the end of a word: "We've", "don't", "they're", "I'll". */
export const CONTRACTION = /['’](?:ve|re|ll|d|m|t)$/iu;

/** All named patterns, for the ReDoS test. */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = {
  TOKEN,
  WORD_CHAR,
  UPPER_START,
  LOWER_START,
  HAS_LETTER,
  ALL_CAPS,
  POSSESSIVE,
  SPACES,
  SPACE_CHAR,
  SPACE_RUN,
  ENDS_WITH_PUNCT,
  PUNCT_TOKEN,
  ACRONYM,
  INITIAL,
  SENTENCE_OPENER,
  DIGIT,
  TRAILING_PERIOD,
  APOSTROPHE_S,
  LEADING_ARTICLE,
  PLURAL_WORD,
  NOT_PLURAL_ENDING,
  AGENT_NOUN_ENDING,
  TITLE_SUFFIX,
  NAMED_DOCUMENT,
  CONTRACTION,
};
