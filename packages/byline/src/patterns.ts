/**
 * Every regular expression that @pressroom/byline runs over user text, in one place.
 *
 * Each one is linear in the length of its input: no nested quantifiers over overlapping
 * classes, no `x+$` scans, runs anchored by look-behinds. `patterns.test.ts` runs each against
 * 50,000-character adversarial strings. The one pattern built from a lexicon (`CLASS_HINT`) is an
 * alternation of literal words. Byline prefixes are matched word by word, without a pattern.
 */
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

/**
 * Connector words between names: "and", "&", "with", "et", "avec", "und", "mit", "y", "e", "ed",
 * "con", "com", "en", "met", "og", "och", "med", "и" (the non-English ones in lower case only).
 */
export const CONNECTOR = / (?:and|AND|And|&|with|With|WITH|et|avec|und|mit|y|e|ed|con|com|og|och|med|en|met|и) /u;

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

/** Two capitals at the start of a word: an acronym or an ALL-CAPS word ("FOXBusiness", "HAYWARD"). */
export const LEADING_CAPITALS = /^\p{Lu}{2,}/u;

/** A byline that opens with "by". */
export const BY_START = /^by\b/iu;

/** Parentheses, dropped from photo-credit parts. */
export const PARENTHESES = /[()]/gu;

/** The dot of an initial or of Jr./Sr./St. at the end of a byline, which is kept. */
export const KEPT_DOT_END = /(?:^|[\s.])(?:\p{Lu}|[JjSs][RrTt])\.$/u;

/** A word ending a sentence ("Howell."), whose dot is dropped. */
export const SENTENCE_DOT_END = /\p{Ll}{3}\.$/u;

/** Dots, dropped to compare credentials ("Ph.D." = "phd"). */
export const DOTS = /\./gu;

/** Words dropped from the end of a desk's outlet name ("Practical Horseman Editorial Staff"). */
export const EDITORIAL_OR_THE = /^(?:editorial|the)$/iu;

/** A credential written after a name without a comma ("Jane Doe PhD", "MD"). */
export const CREDENTIAL_WORD = /^(?:\p{Lu}{2,4}|Ph\.?D\.?)$/u;

/** Characters that never occur in a person's name. */
export const NOT_IN_NAME = /[\p{N}@_/#&+=<>]/u;

/** One capital letter: a middle initial without its dot. */
export const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Name prefixes after which a capital is normal ("FitzGerald", "VanDyke"). */
export const CAMEL_NAME_PREFIX = /^(?:Fitz|Mac|Mc|Van|Von|De|Di|Da|Le|La)/u;

/**
 * A name word printed in capitals, as surnames are in many newspapers ("DUPONT", "O'NEILL",
 * "SMITH-JONES"): a capital, then capitals, marks, or an apostrophe or hyphen before a capital.
 */
export const CAPS_NAME_WORD = /^\p{Lu}(?:\p{Lu}|\p{M}|['’-]\p{Lu})+$/u;

/** A Mc/Mac surname whose rest is in capitals ("McGREGOR", "MacDONALD"): prefix, first capital, rest. */
export const MC_CAPS_WORD = /^(Ma?c)(\p{Lu})(\p{Lu}+)$/u;

/** "Mc" names, title-cased as "McAllister". */
export const MC_PREFIX = /^mc(\p{L})(.*)$/u;

/** Boundaries after hyphens and apostrophes, where title-casing restarts ("O'Brien", "Chavez-Dreyfuss"). */
export const AFTER_HYPHEN_OR_APOSTROPHE = /(?<=[-'’])/u;

/** A leading "www." of a host name. */
export const WWW_PREFIX = /^www\./u;

/** A value that is a URL, not a name ("https://…", "//…", "www.…"). */
export const URL_LIKE = /^(?:(?:https?:)?\/\/|www\.)/iu;

/** `rel=canonical`. */
export const CANONICAL_REL = /\bcanonical\b/iu;

/** `rel=author`. */
export const AUTHOR_REL = /\bauthor\b/iu;

/** `itemprop=author` / `creator`. */
export const AUTHOR_ITEMPROP = /\b(?:author|creator)\b/iu;

/** Tag names of subheadings. */
export const SUBHEADING_TAG = /^h[2-6]$/u;

/** A whole value that is one social handle. */
export const HANDLE_ONLY = /^@[A-Za-z0-9_]{1,30}$/u;

/** The namespace before a JSON-LD type ("http://schema.org/Person", "schema:Person"). */
export const TYPE_NAMESPACE = /^.*[/:]/u;

/** Single spaces. */
export const SPACES = / /gu;

/** Anything but ASCII letters and digits, dropped from host names. */
export const NON_ALPHANUMERIC_ASCII = /[^a-z0-9]/gu;

/** A plural s. */
export const TRAILING_S = /s$/u;

/** HTML character references left raw inside JSON-LD strings ("O&#039;Brien", "Smith &amp; Jones"). */
export const HTML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gu;

/** "author" as a word inside a data-* attribute value ('[["Permalink meta","Author click"]]'). */
export const AUTHOR_WORD = /\bauthors?\b/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  CLASS_WORD_SPLIT,
  CONTROL_CHARACTERS,
  HTML_COMMENT_EDGES,
  TRAILING_COMMA,
  VISIBLE_PREFIX,
  VISIBLE_CREDIT,
  CLASS_HINT,
  HTML_ENTITY,
  AUTHOR_WORD,
  LEADING_CAPITALS,
  BY_START,
  PARENTHESES,
  KEPT_DOT_END,
  SENTENCE_DOT_END,
  DOTS,
  EDITORIAL_OR_THE,
  CREDENTIAL_WORD,
  NOT_IN_NAME,
  SINGLE_CAPITAL,
  CAMEL_NAME_PREFIX,
  MC_PREFIX,
  CAPS_NAME_WORD,
  MC_CAPS_WORD,
  AFTER_HYPHEN_OR_APOSTROPHE,
  WWW_PREFIX,
  URL_LIKE,
  CANONICAL_REL,
  AUTHOR_REL,
  AUTHOR_ITEMPROP,
  SUBHEADING_TAG,
  HANDLE_ONLY,
  TYPE_NAMESPACE,
  SPACES,
  NON_ALPHANUMERIC_ASCII,
  TRAILING_S,
};
