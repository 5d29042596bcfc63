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
};
