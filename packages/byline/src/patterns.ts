/**
 * Every regular expression that @pressroom/byline runs over user text, in one place.
 *
 * Each one is linear in the length of its input: no nested quantifiers over overlapping
 * classes, no `x+$` scans, runs anchored by look-behinds. `patterns.test.ts` runs each against
 * 50,000-character adversarial strings. Patterns built from the lexicons (prefixes) are
 * alternations of literal words and are built here too.
 */
import { AUTHOR_PREFIXES, OTHER_CREDITS } from './data/prefixes';
import { BYLINE_HINTS, EXCLUDED_REGION_HINTS, FOOTER_HINTS, LEADING_REGION_HINTS } from './data/selectors';

/** Runs of whitespace, including no-break and zero-width spaces. */
export const WHITESPACE = /[\s\u00a0\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

/** URLs (`https://…`, `www.…`), removed from bylines. */
export const URL = /(?:\bhttps?:\/\/|\bwww\.)[^\s<>"'()]+/giu;

/** E-mail addresses, removed from bylines; the look-behind starts a match only at a run's start. */
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Social handles (`@jane_doe`), returned apart; may be glued to the name before them. */
export const HANDLE = /@[A-Za-z_][A-Za-z0-9_.]{0,29}/gu;

/** Symbols that decorate credits and are never part of a name. */
export const DECORATION = /[©®™★☆►▶●◆■□▪✉☎✆]|\u{1F4E7}|\u{1F426}/gu;

/**
 * Where two words were glued together by the DOM's textContent: "JamesStaff Writer",
 * "LAWLESSAssociated Press", "Winter19 Nov", "spokesman.com(509)". Each match is a zero-width
 * boundary; the parser decides whether to split there by looking at the word that follows.
 */
export const GLUE_BOUNDARY =
  /(?<=\p{Ll}{3})(?=\p{Lu})|(?<=\p{Lu}{3})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=[\p{L}\p{N}.])(?=[(])/gu;

/** A word at the start of a string (used after a glue boundary). */
export const LEADING_WORD = /^[\p{L}\p{M}'’-]{1,40}/u;

/** Wire agency in parentheses, as in datelines: "HAYWARD, Calif. (AP) —". */
export const DATELINE_AGENCY = /\((AP|Reuters|AFP|dpa|EFE|ANSA|PTI|IANS|ANI|Xinhua|UPI|CP|AAP|Bloomberg|CNN)\)/u;

/** Korean lead bracket naming outlet and columnist: "[엔터미디어=정덕현의 이슈공감]". */
export const KOREAN_BRACKET = /\[([^=[\]]{1,40})=([^[\]]{1,80})\]/u;

/** A Hangul word ending in the possessive 의 ("정덕현의"). */
export const HANGUL_POSSESSIVE = /^(\p{Script=Hangul}{2,5})의$/u;

/** Bio sentences that follow a name: "Phil Helsel is a reporter for NBC News." */
export const BIO_SENTENCE =
  /\s(?:is|was|has been|are)\s(?:a|an|the|our)\s|\s(?:writes|covers|reports)\s(?:about|on|for)\s/iu;

/** Separators between credits inside a byline: | • · ; ／ / , and dashes between spaces. */
export const SEPARATOR = / ?[|•·;／/,，、] ?| [-–—]+ |[-–—]{2,}/u;

/** Connector words between names: "and", "&", "with", "et", "und", "y", "e", "og", "och", "en". */
export const CONNECTOR = / (?:and|AND|And|&|with|With|WITH|et|und|y|e|og|och|en) /u;

/** Words that lead from a name to an outlet or a place: "for", "of", "in", "from", "à", "aus", "desde". */
export const OUTLET_CONNECTOR = / (?:for|For|FOR|of|OF|in|IN|from|FROM|à|aus|desde) /u;

/** A period that ends a word of two lower-case letters or more and starts a new credit: "Cunningham. Sputnik". */
export const PERIOD_SEPARATOR = /(?<=\p{Ll}{2})\. (?=\p{Lu})/u;

/** Any decimal digit. */
export const DIGIT = /\p{N}/u;

/** Any letter. */
export const LETTER = /\p{L}/u;

/** Any lower-case letter. */
export const LOWER = /\p{Ll}/u;

/** Any upper-case letter. */
export const UPPER = /\p{Lu}/u;

/** A capitalised name word: "Jane", "O'Brien", "Chavez-Dreyfuss", "McCoy", "St.", "J.". */
export const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** A name word with an Arabic article or a French/Italian elision: "al-Rashid", "el-Sayed", "d'Alema". */
export const ARABIC_ARTICLE_WORD = /^(?:al|el|ad|an|ar|as|at|az|ul|d|l)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** Initials: "J.", "J.R.", "J.-P.". */
export const INITIALS = /^(?:\p{Lu}\.-?)+$/u;

/** A word in a script without letter case (Hangul, Han, Kana, Arabic, Hebrew, Thai, Devanagari …). */
export const CASELESS_WORD = /^[\p{Lo}\p{M}·・]+$/u;

/** A camel-cased brand or account word: three lower-case letters then a capital ("LinkNaija", "NatashaTurak"). */
export const BRAND_WORD = /\p{Ll}{3}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2}/u;

/** An acronym: two or more capitals and nothing else ("CNN", "USA"). */
export const ACRONYM = /^\p{Lu}{2,}[.]?$/u;

/** A word that ends with a colon: a label such as "Topic:" or "Categoria:". */
export const LABEL_WORD = /[:：]$/u;

/** A possessive ending: "Reed's". */
export const POSSESSIVE = /['’]s$/u;

/** A host or domain name written as a credit: "Cleveland.com", "POLYGRAPH.info", "NJ.com". */
export const DOMAIN =
  /^[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.(?:com|net|org|info|co|io|news|tv|us|uk|de|fr|es|it|br|ru|in|au|ca|jp|kr|cn|nl|se|no|dk|fi|pl|pt|ch|at|be|ie|nz|za|mx|ar|gov|edu|me|biz)$/iu;

/** Combining marks, removed to compare names without diacritics. */
export const COMBINING_MARKS = /\p{M}+/gu;

/** Characters other than letters and digits, for comparison keys. */
export const NON_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Separators inside one class name: "c-byline__author" -> c, byline, author. */
export const CLASS_WORD_SPLIT = /[-_]+/u;

/** ASCII control characters, which make JSON-LD invalid when left raw inside strings. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f]+/gu;

/** HTML comment and CDATA markers wrapped around JSON-LD. */
export const HTML_COMMENT_EDGES = /<!--|-->|<!\[CDATA\[|\]\]>/gu;

/** A comma before a closing brace or bracket, as in lenient JSON: `{"a": 1,}`. */
export const TRAILING_COMMA = /,(?=\s*[}\]])/gu;

/** A visible text that opens a byline: "By …", "Von …", "Posted by …", "Texto: …", "Текст: …". */
export const VISIBLE_PREFIX =
  /^(?:(?:by|von|par|por|door|written by|posted by|words by|published by|reported by|analysis by|opinion by|publicado por|escrito por|publié par|écrit par|geschrieben von|scritto da)(?:\s?[:：])?(?:\s|$)|(?:author|authors|text|texte|texto|testo|tekst|autor|autora|auteur|autore|текст|автор|文)\s?[:：])/iu;

/** A credit inside a short visible text: "05/10/2018 - Publicado por: Jane Doe", "Posted on … by Admin". */
export const VISIBLE_CREDIT =
  /(?:^|\s)(?:posted|written|published|publicado|escrito|publié|écrit|geschrieben|scritto|pubblicato|gepubliceerd)(?:\s\S{1,20}){0,4}?\s(?:by|por|par|von|da|door)(?:\s?[:：])?\s/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(entries: readonly string[], start: boolean): string {
  return entries
    .filter((entry) => entry.startsWith('^') === start)
    .map((entry) => entry.replace(/^\^/, ''))
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const colon = entry.endsWith(':');
      const words = escapeRegExp(colon ? entry.slice(0, -1) : entry).replace(/ /g, '\\s');
      return colon ? `${words}\\s?[:：]` : `${words}(?:\\s?[:：])?`;
    })
    .join('|');
}

const ALL_CREDITS = [...AUTHOR_PREFIXES, ...OTHER_CREDITS];

/**
 * Credit prefixes anywhere in a byline, as whole words ("By", "Posted by", "Reporting by",
 * "Editing by", "Publicado por:", "Текст:"). Built from `data/prefixes.ts`.
 */
export const CREDIT_PREFIX = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${alternation(ALL_CREDITS, false)})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Credit prefixes that count only at the start of a byline ("Von", "Di", "Door", "Av"). */
export const START_PREFIX = new RegExp(`^(?:${alternation(ALL_CREDITS, true)})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Any class hint at all, byline or excluded region, as a substring of a lower-cased class and id
 * string: a quick test that lets most elements skip the word-by-word reading. Built from
 * `data/selectors.ts`.
 */
export const CLASS_HINT = new RegExp(
  [...BYLINE_HINTS, ...EXCLUDED_REGION_HINTS, ...LEADING_REGION_HINTS, ...FOOTER_HINTS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|'),
  'u',
);

/** Every pattern above, by name, for the catastrophic-backtracking test. */
export const ALL_PATTERNS: Readonly<Record<string, RegExp>> = {
  WHITESPACE,
  URL,
  EMAIL,
  HANDLE,
  DECORATION,
  GLUE_BOUNDARY,
  LEADING_WORD,
  DATELINE_AGENCY,
  KOREAN_BRACKET,
  HANGUL_POSSESSIVE,
  BIO_SENTENCE,
  SEPARATOR,
  CONNECTOR,
  OUTLET_CONNECTOR,
  PERIOD_SEPARATOR,
  DIGIT,
  LETTER,
  LOWER,
  UPPER,
  NAME_WORD,
  INITIALS,
  ARABIC_ARTICLE_WORD,
  CASELESS_WORD,
  BRAND_WORD,
  ACRONYM,
  LABEL_WORD,
  POSSESSIVE,
  DOMAIN,
  COMBINING_MARKS,
  NON_ALPHANUMERIC,
  CREDIT_PREFIX,
  START_PREFIX,
  CLASS_WORD_SPLIT,
  CONTROL_CHARACTERS,
  HTML_COMMENT_EDGES,
  TRAILING_COMMA,
  VISIBLE_PREFIX,
  VISIBLE_CREDIT,
  CLASS_HINT,
};
