/**
 * Every regular expression this package runs over user text. Each is linear: no nested
 * quantifiers over overlapping classes, and every repeated group starts with a character its
 * neighbour cannot match. `patterns.test.ts` runs each against long adversarial strings.
 */

/** Does this one-character string hold a letter or a combining mark? Used on single characters only. */
export const LETTER = /^[\p{L}\p{M}]$/u;

/** Is this one-character string white space? Used on single characters only. */
export const SPACE_CHAR = /^\s$/u;

/** Han ideographs and kana: scripts written without spaces, decomposed character by character. */
export const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]$/u;

/** Hangul syllables. */
export const HANGUL_CHAR = /^\p{Script=Hangul}$/u;

/** A host name's top-level labels: "www.itnews.com.au" -> "au". Tested on the host only. */
export const HOST = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i;

/** A two-letter country code given as an option ("AU"). */
export const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/** The separators of a language tag ("en-AU", "pt_BR"). */
export const LANGUAGE_SEPARATOR = /[-_]/;

/** Does this one-character string hold a letter or a digit? Used on single characters only. */
export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
