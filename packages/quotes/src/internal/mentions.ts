import {
  CUE_WORDS,
  DETERMINERS,
  FRAGMENT_CUES,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_PARTICLES,
  NON_NAME_CAPITALS,
  ORGANISATION_ANAPHORS,
  ORGANISATION_WORDS,
  POST_MODIFIER_STARTS,
  PRONOUNS,
  SOURCE_NOUNS,
  TITLE_WORDS,
} from '../lexicon';
import {
  AGENT_NOUN_ENDING,
  ALL_CAPS,
  APOSTROPHE_S,
  CONTRACTION,
  HAS_LETTER,
  LEADING_ARTICLE,
  LOWER_START,
  NOT_PLURAL_ENDING,
  PLURAL_WORD,
  POSSESSIVE,
  TITLE_SUFFIX,
  TRAILING_PERIOD,
} from '../patterns';
import type { Item } from './sentences';

/** A place in the text that names (or points to) a speaker. */
export interface Mention {
  kind: 'name' | 'pronoun' | 'description';
  /** Item indexes of the mention, inclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
  /** Surface text. */
  text: string;
  /** For names: the name without titles and honorifics. */
  name: string;
  /** Role words found in front of the name in the same phrase ("CEO", "Tencent's chief AI scientist"). */
  role: string | null;
  /** Gender told by an honorific or a pronoun. */
  gender: 'm' | 'f' | 'n' | 'p' | null;
  /** Is it an organisation name rather than a person's? */
  organisation: boolean;
  /** A title or honorific stood in front of the name ("Mr. Trump", "CEO Tim Cook"). */
  titled?: boolean;
}

/** Prepositions inside a role in front of a name: "ambassador to Britain Liu Xiaming". */
const ROLE_PREPOSITIONS = new Set(['to', 'of', 'for']);

/** Words that never open a speaker's phrase after a cue. */
const NOT_A_SUBJECT_START = new Set([
  'by',
  'during',
  'that',
  'this',
  'these',
  'those',
  'if',
  'whether',
  'when',
  'while',
  'so',
  'and',
  'but',
  'or',
  'as',
  'because',
  'there',
  'what',
  'how',
  'why',
]);

/**
 * A description whose post-modifier runs up to item `to` ("a group representing rural counties
 * in California"): its head noun is found leftwards from `k`.
 */
function describedHeadLeft(
  items: readonly Item[],
  k: number,
  to: number,
  floor: number,
  source: string,
): Mention | null {
  for (let j = k, n = 0; j >= floor && n < 8; j--, n++) {
    const w = items[j]!;
    if (!isWord(w) || DESCRIPTION_STOPS.has(w.lower) || CUE_WORDS.has(w.lower)) return null;
    if (w.upper || !SOURCE_NOUNS.has(w.lower) || !isPostModifierStart(items[j + 1]?.lower ?? '')) continue;
    let from = j;
    while (
      from - 1 >= floor &&
      isWord(items[from - 1]) &&
      (DETERMINERS.has(items[from - 1]!.lower) || !items[from - 1]!.upper) &&
      from > j - 3
    ) {
      from--;
      if (DETERMINERS.has(items[from]!.lower)) break;
    }
    if (!DETERMINERS.has(items[from]!.lower)) from = j;
    const phrase = text(items, from, to, source);
    return {
      kind: 'description',
      from,
      to,
      start: items[from]!.start,
      end: items[to]!.end,
      text: phrase,
      name: phrase,
      role: null,
      gender: null,
      organisation: false,
    };
  }
  return null;
}

/**
 * The description whose post-modifier ends with the phrase at items `from`..`to` ("a spokesman
 * for | the ministry", "an adviser to | the Foreign Ministry"), or null. A document "from" or
 * "by" someone is left to its author ("a report from the ministry" -> "the ministry").
 */
function describedAround(
  items: readonly Item[],
  from: number,
  to: number,
  floor: number,
  source: string,
): Mention | null {
  const prep = items[from - 1];
  if (!isWord(prep) || !PREPOSITIONS.has(prep.lower) || from - 2 < floor) return null;
  const described = describedHeadLeft(items, from - 2, to, floor, source);
  if (!described) return null;
  const head = items[from - 2]!.lower;
  if (DOCUMENT_NOUNS.has(head) && (prep.lower === 'from' || prep.lower === 'by')) return null;
  return described;
}

/** Does the word open a post-modifier: "familiar with", "close to", "representing rural counties"? */
function isPostModifierStart(word: string): boolean {
  return POST_MODIFIER_STARTS.has(word) || (word.endsWith('ing') && word.length > 5 && !CUE_WORDS.has(word));
}

/** Can the word continue a compound head noun ("teachers unions")? */
function isCompoundHead(word: string): boolean {
  return (
    SOURCE_NOUNS.has(word) ||
    ORGANISATION_WORDS.has(word) ||
    (word.endsWith('s') && ORGANISATION_WORDS.has(word.slice(0, -1)))
  );
}

/** Punctuation glued to a word inside a name: "Donald J. Trump", "E! News". */
const GLUED_IN_NAMES = new Set(['.', '!']);

const PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in', 'from', 'with', 'on']);

/** Words that end a description read leftwards from its head ("This comes after police said"). */
const DESCRIPTION_STOPS = new Set([
  'said',
  'says',
  'told',
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'while',
  'after',
  'before',
  'as',
  'when',
  'because',
  'if',
  'since',
  'than',
  'though',
  'although',
  'where',
  'whether',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'be',
  'been',
  'comes',
  'came',
  'fell',
  'rose',
  'to',
  'by',
  'on',
  'in',
  'at',
  'into',
  'also',
  'then',
  'so',
  'not',
]);

/** Words that end a post-modifier ("people familiar with the matter | who ..."). */
const POST_MODIFIER_STOPS = new Set([
  'that',
  'which',
  'who',
  'and',
  'but',
  'while',
  'when',
  'as',
  'because',
  'if',
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'said',
  'says',
  'told',
]);

/** Nouns of documents: a document "from X" or "by X" is X's ("a report from InfoNation"). */
export const DOCUMENT_NOUNS = new Set([
  'report',
  'statement',
  'study',
  'survey',
  'paper',
  'letter',
  'release',
  'analysis',
  'filing',
  'memo',
  'post',
  'tweet',
  'note',
]);

const isWord = (it: Item | undefined): it is Item => it !== undefined && it.kind === 'w';

/** Is this item a capitalised word that can be part of a name? */
export function isNameWord(it: Item | undefined): boolean {
  if (!isWord(it) || !it.upper) return false;
  // "We've", "They're", "Don't": contractions are not names
  return !CONTRACTION.test(it.text);
}

/** An acronym written in capitals ("WHO", "NASA"): a name even when it spells a common word. */
const isAcronym = (it: Item): boolean => it.text.length >= 2 && ALL_CAPS.test(it.text) && HAS_LETTER.test(it.text);

const stripPossessive = (s: string): string => s.replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));

/** Is the phrase an organisation name? */
export function looksLikeOrganisation(words: readonly string[]): boolean {
  if (words.length === 1) return true;
  for (const w of words) if (ORGANISATION_WORDS.has(w.toLowerCase())) return true;
  return false;
}

/**
 * Reads a run of capitalised words ending at item `to` (inclusive), leftwards, no further than
 * `floor`. Returns the first item of the run, or -1.
 */
function nameRunLeft(items: readonly Item[], to: number, floor: number): number {
  let k = to;
  let from = -1;
  while (k >= floor) {
    const it = items[k]!;
    if (isNameWord(it)) {
      if (from >= 0 && POSSESSIVE.test(it.text)) break;
      from = k;
      k--;
      continue;
    }
    // "Donald J. Trump", "Gen. Mark Milley": a period glued to an initial or abbreviation
    if (
      it.kind === 'p' &&
      GLUED_IN_NAMES.has(it.text) &&
      from >= 0 &&
      isNameWord(items[k - 1]) &&
      items[k - 1]!.end === it.start
    ) {
      k--;
      continue;
    }
    if (isWord(it) && NAME_PARTICLES.has(it.lower) && from >= 0 && isNameWord(items[k - 1])) {
      k--;
      continue;
    }
    break;
  }
  return from;
}

/** Reads a run of capitalised words starting at item `from`, rightwards. Returns its last item, or -1. */
function nameRunRight(items: readonly Item[], from: number, ceiling: number): number {
  let k = from;
  let to = -1;
  while (k <= ceiling) {
    const it = items[k]!;
    if (isNameWord(it)) {
      to = k;
      k++;
      if (POSSESSIVE.test(it.text) && it.text.length > 2) break;
      continue;
    }
    if (
      it.kind === 'p' &&
      GLUED_IN_NAMES.has(it.text) &&
      to === k - 1 &&
      it.start === items[k - 1]!.end &&
      isNameWord(items[k + 1])
    ) {
      k++;
      continue;
    }
    if (isWord(it) && NAME_PARTICLES.has(it.lower) && to === k - 1 && isNameWord(items[k + 1])) {
      k++;
      continue;
    }
    break;
  }
  return to;
}

/**
 * Turns a run of capitalised words into a name: drops leading sentence words ("But", "The"),
 * honorifics and title words ("CEO Tim Cook" -> "Tim Cook", role "CEO").
 */
function cleanName(
  items: readonly Item[],
  from: number,
  to: number,
): {
  from: number;
  name: string;
  role: string | null;
  gender: Mention['gender'];
  org: boolean;
  titled: boolean;
} | null {
  const words: Item[] = [];
  const index: number[] = [];
  for (let k = from; k <= to; k++) {
    if (items[k]!.kind === 'w') {
      words.push(items[k]!);
      index.push(k);
    }
  }
  let gender: Mention['gender'] = null;
  let first = 0;
  while (
    first < words.length &&
    NON_NAME_CAPITALS.has(words[first]!.lower) &&
    !(first === words.length - 1 && isAcronym(words[first]!)) &&
    !(first < words.length - 1 && GIVEN_NAMES.has(words[first]!.lower))
  )
    first++;
  let cut = first;
  // the name is what follows the last title word: "Indiana State Teachers Association President Keith Gambill"
  for (let k = first; k < words.length - 1; k++) {
    const lw = words[k]!.lower.replace(TRAILING_PERIOD, '');
    if (TITLE_WORDS.has(lw) || HONORIFICS.has(lw)) {
      cut = k + 1;
      const g = HONORIFICS.get(lw);
      if (g) gender = g;
    }
  }
  // "Administrator Jim Bridenstine", "NFL Insider Jason La Canfora": a title-like word in front of
  // the last two words of a long run
  if (cut === first) {
    const core = words.length - 2 - (words.length >= 3 && NAME_PARTICLES.has(words[words.length - 2]!.lower) ? 1 : 0);
    for (let k = core - 1; k >= first; k--) {
      const w = words[k]!;
      // a title-like ending, or an acronym ("Browns DL Sheldon Richardson")
      if ((TITLE_SUFFIX.test(w.lower) && !GIVEN_NAMES.has(w.lower) && !ALL_CAPS.test(w.text)) || isAcronym(w)) {
        cut = k + 1;
        break;
      }
    }
  }
  // "ambassador to Britain Liu Xiaming": after a preposition, the first capital belongs to the role
  const before = items[from - 1];
  if (cut === first && words.length - first >= 3 && before?.kind === 'w' && ROLE_PREPOSITIONS.has(before.lower))
    cut = first + 1;
  if (cut > first && words.slice(cut).some((w) => ORGANISATION_WORDS.has(w.lower))) cut = first;
  // "the Afghan Taliban": after "the", one capitalised word is not a person's name
  const article = first > 0 ? words[first - 1]!.lower : (items[from - 1]?.lower ?? '');
  if (cut > first && words.length - cut === 1 && article === 'the') cut = first;
  const org = looksLikeOrganisation(words.slice(cut).map((w) => w.text));
  const kept = words.slice(cut);
  if (kept.length === 0) return null;
  const roleWords = words.slice(first, cut).filter((w) => !HONORIFICS.has(w.lower.replace(TRAILING_PERIOD, '')));
  const name = kept.map((w, i) => (i === kept.length - 1 ? stripPossessive(w.text) : w.text)).join(' ');
  // keep initials' periods: "Donald J. Trump"
  const withPeriods = kept
    .map((w, i) => {
      const next = items[index[cut + i]! + 1];
      const dotted = next && next.text === '.' && next.start === w.end && i < kept.length - 1;
      return (i === kept.length - 1 ? stripPossessive(w.text) : w.text) + (dotted ? '.' : '');
    })
    .join(' ');
  return {
    from: index[cut]!,
    name: withPeriods || name,
    role: roleWords.length > 0 ? roleWords.map((w) => w.text).join(' ') : null,
    gender,
    org,
    titled: cut > first,
  };
}

/** Words in front of a name that describe the person: "Tencent's chief AI scientist", "Taliban spokesman". */
function preNameRole(items: readonly Item[], nameFrom: number, floor: number): { from: number; role: string } | null {
  let k = nameFrom - 1;
  let from = -1;
  let count = 0;
  while (k >= floor && count < 10) {
    const it = items[k]!;
    if (it.kind !== 'w') break;
    const l = it.lower;
    if (
      l === 'said' ||
      l === 'says' ||
      l === 'told' ||
      l === 'by' ||
      l === 'with' ||
      l === 'from' ||
      l === 'in' ||
      l === 'at' ||
      l === 'on'
    )
      break;
    if (l === 'and' && count === 0) break;
    if (
      l === 'that' ||
      l === 'which' ||
      l === 'who' ||
      CUE_WORDS.has(l) ||
      FRAGMENT_CUES.has(l) ||
      (l.endsWith('ed') && !TITLE_WORDS.has(l))
    )
      break;
    if (DETERMINERS.has(l) && l !== 'the') {
      from = k;
      break;
    }
    if (l === 'the') {
      from = k;
      break;
    }
    from = k;
    count++;
    k--;
  }
  if (from < 0) return null;
  const words = items.slice(from, nameFrom).map((w) => w.lower.replace(APOSTROPHE_S, ''));
  if (!words.some((w) => TITLE_WORDS.has(w) || SOURCE_NOUNS.has(w))) return null;
  const role = items
    .slice(from, nameFrom)
    .map((w) => w.text)
    .join(' ');
  return { from, role: role.replace(LEADING_ARTICLE, '') };
}

function text(items: readonly Item[], from: number, to: number, source: string): string {
  return source.slice(items[from]!.start, items[to]!.end);
}

/**
 * The mention that ends at item `to` (a subject just before its cue), or null. `floor` is the
 * first item it may use. `loose` also accepts any plural noun phrase standing alone before the
 * cue ("health bosses said"), which only a cue right after it makes safe.
 */
export function mentionEndingAt(
  items: readonly Item[],
  to: number,
  floor: number,
  source: string,
  loose = false,
): Mention | null {
  const it = items[to];
  if (!isWord(it) || to < floor || DESCRIPTION_STOPS.has(it.lower)) return null;
  const pronoun = PRONOUNS.get(it.lower);
  if (pronoun) {
    return {
      kind: 'pronoun',
      from: to,
      to,
      start: it.start,
      end: it.end,
      text: it.text,
      name: it.text,
      role: null,
      gender: pronoun.gender,
      organisation: false,
    };
  }
  if (isNameWord(it) && (!NON_NAME_CAPITALS.has(it.lower) || isAcronym(it))) {
    const from = nameRunLeft(items, to, floor);
    // "a group representing rural counties in California said": the name ends a description
    const before = items[from - 1];
    if (before?.kind === 'w' && PREPOSITIONS.has(before.lower) && from - 1 > floor) {
      const described = describedHeadLeft(items, from - 2, to, floor, source);
      if (described) return described;
    }
    // "a spokesman for the Foreign Ministry said"
    if (before?.lower === 'the') {
      const described = describedAround(items, from - 1, to, floor, source);
      if (described) return described;
    }
    const clean = cleanName(items, from, to);
    if (!clean) return null;
    const pre = preNameRole(items, clean.from, floor);
    // "the US military", "The New York Times": a description that ends in capitals
    const det = from - 1 >= floor && items[from - 1]!.lower === 'the' && clean.org;
    const mFrom = det ? from - 1 : pre ? pre.from : clean.from;
    return {
      kind: 'name',
      from: mFrom,
      to,
      start: items[mFrom]!.start,
      end: it.end,
      text: text(items, mFrom, to, source),
      name: det ? text(items, from - 1, to, source) : clean.name,
      role: pre ? pre.role : clean.role,
      gender: clean.gender,
      organisation: clean.org,
      titled: clean.titled,
    };
  }
  // a description: "a WeWork spokesperson", "people familiar with the matter", "police"
  let k = to;
  let head = -1;
  let sawPreposition = false;
  let words = 0;
  while (k >= floor && words < 12) {
    const w = items[k]!;
    if (!isWord(w)) break;
    const l = w.lower;
    // a preposition may only sit in a post-modifier: "two people briefed on the talks said"
    if (k !== to && PREPOSITIONS.has(l) && head < 0) {
      sawPreposition = true;
      k--;
      words++;
      continue;
    }
    if (k !== to && DESCRIPTION_STOPS.has(l)) break;
    // the head is the source noun nearest the cue: "a company spokesperson"
    if (head < 0 && (SOURCE_NOUNS.has(l) || ORGANISATION_ANAPHORS.has(l))) head = k;
    if (DETERMINERS.has(l) && head >= 0) {
      k--;
      words++;
      break;
    }
    k--;
    words++;
  }
  if (head < 0 && (sawPreposition || !loose)) return null;
  if (head < 0) {
    // any plural noun phrase that stands alone before its cue: "health bosses said", "both sides said"
    const start = k + 1;
    const before = items[start - 1];
    const standsAlone =
      start === floor || before === undefined || before.kind !== 'w' || BOUNDARY_WORDS.has(before.lower);
    const plural = PLURAL_WORD.test(it.lower) && !NOT_PLURAL_ENDING.test(it.lower) && !it.upper;
    if (!standsAlone || !plural || to - start > 4 || start > to) return null;
    for (let j = start; j < to; j++)
      if (
        !(
          items[j]!.upper ||
          DETERMINERS.has(items[j]!.lower) ||
          POSSESSIVE.test(items[j]!.text) ||
          LOWER_START.test(items[j]!.text)
        )
      )
        return null;
    head = to;
  }
  // the words after the head must be a post-modifier ("familiar with the matter") or nothing
  if (head !== to && !isPostModifierStart(items[head + 1]!.lower)) return null;
  let from = k + 1;
  // do not swallow a preceding clause: keep at most the determiner + 4 words before the head
  if (head - from > 5) from = head - 5;
  while (from < head && !DETERMINERS.has(items[from]!.lower) && from < head && LOWER_VERBISH.has(items[from]!.lower))
    from++;
  // "a spokesman for the ministry said": the phrase ends the post-modifier of a source before it
  const outer = describedAround(items, from, to, floor, source);
  if (outer) return outer;
  return {
    kind: 'description',
    from,
    to,
    start: items[from]!.start,
    end: it.end,
    text: text(items, from, to, source),
    name: text(items, from, to, source),
    role: null,
    gender: null,
    organisation: false,
  };
}

/** Words after which a noun phrase starts a clause: "..., and analysts said". */
const BOUNDARY_WORDS = new Set([
  'and',
  'but',
  'while',
  'as',
  'because',
  'although',
  'though',
  'since',
  'so',
  'that',
  'where',
  'whereas',
]);

const LOWER_VERBISH = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'be', 'been', 'also', 'then', 'now']);

/**
 * The mention that starts at item `from` (a subject after its cue, or the object of
 * "according to"), or null. Reads up to `ceiling`.
 */
export function mentionStartingAt(
  items: readonly Item[],
  from: number,
  ceiling: number,
  source: string,
): Mention | null {
  const it = items[from];
  if (!isWord(it) || from > ceiling) return null;
  const pronoun = PRONOUNS.get(it.lower);
  if (pronoun) {
    return {
      kind: 'pronoun',
      from,
      to: from,
      start: it.start,
      end: it.end,
      text: it.text,
      name: it.text,
      role: null,
      gender: pronoun.gender,
      organisation: false,
    };
  }
  if (PREPOSITIONS.has(it.lower) || NOT_A_SUBJECT_START.has(it.lower)) return null;
  // walk the phrase: determiners, adjectives, possessives, role words, then a name or a head noun
  let k = from;
  let lastName = -1;
  let head = -1;
  let words = 0;
  while (k <= ceiling && words < 14) {
    const w = items[k]!;
    if (w.kind !== 'w') {
      if (w.text === '.' && lastName === k - 1 && isNameWord(items[k + 1]) && w.start === items[k - 1]!.end) {
        k++;
        continue;
      }
      break;
    }
    const l = w.lower;
    if (isNameWord(w) && !(k === from && NON_NAME_CAPITALS.has(l) && !DETERMINERS.has(l) && !isAcronym(w))) {
      const end = nameRunRight(items, k, ceiling);
      if (end < 0) break;
      lastName = end;
      k = end + 1;
      words += end - k + 2;
      if (POSSESSIVE.test(items[end]!.text)) continue;
      // a name followed by more words of the same phrase is a modifier ("Google spokesperson")
      const next = items[k];
      if (
        isWord(next) &&
        !next.upper &&
        (SOURCE_NOUNS.has(next.lower) || ORGANISATION_WORDS.has(next.lower) || ORGANISATION_ANAPHORS.has(next.lower))
      )
        continue;
      break;
    }
    if (
      k !== from &&
      (l === 'in' ||
        l === 'on' ||
        l === 'at' ||
        l === 'when' ||
        l === 'while' ||
        l === 'during' ||
        l === 'who' ||
        l === 'that' ||
        l === 'which' ||
        l === 'as' ||
        l === 'after' ||
        l === 'before' ||
        l === 'to' ||
        l === 'and')
    )
      break;
    if (SOURCE_NOUNS.has(l)) {
      head = k;
      // a compound head: "teachers unions", "police officers"
      while (
        head + 1 <= ceiling &&
        isWord(items[head + 1]) &&
        !items[head + 1]!.upper &&
        isCompoundHead(items[head + 1]!.lower)
      )
        head++;
      k = head;
    }
    if (head >= 0 && k > head && !isPostModifierStart(items[head + 1]?.lower ?? '')) {
      // "executive chair Marcelo Claure": role words run on into a name
      let j = k;
      while (
        j <= ceiling &&
        j - k < 3 &&
        isWord(items[j]) &&
        !items[j]!.upper &&
        (TITLE_WORDS.has(items[j]!.lower) || SOURCE_NOUNS.has(items[j]!.lower))
      )
        j++;
      if (!(j > k - 1 && isNameWord(items[j]) && j <= ceiling)) break;
      head = -1;
      k = j;
      continue;
    }
    k++;
    words++;
  }
  const end = Math.max(lastName, head >= 0 ? k - 1 : -1);
  if (end < from) return null;
  if (lastName >= 0 && lastName === end) {
    const run = nameRunLeft(items, lastName, from);
    // "said state senator John Smith": a role noun right before the name is its title
    const titled = head >= 0 && head === run - 1 && TITLE_WORDS.has(items[head]!.lower);
    if (head >= 0 && head < run && !titled) {
      // "a report from InfoNation": the author; "a spokesperson for the Foreign Office": the description
      if (DOCUMENT_NOUNS.has(items[head]!.lower)) return mentionStartingAt(items, run, lastName, source);
      return {
        kind: 'description',
        from,
        to: lastName,
        start: items[from]!.start,
        end: items[lastName]!.end,
        text: text(items, from, lastName, source),
        name: text(items, from, lastName, source),
        role: null,
        gender: null,
        organisation: false,
      };
    }
    const clean = cleanName(items, run, lastName);
    if (!clean) return null;
    const pre = clean.from > from ? text(items, from, clean.from - 1, source).replace(LEADING_ARTICLE, '') : null;
    const org = clean.org;
    const isDescription = org && from < run;
    return {
      kind: isDescription ? 'description' : 'name',
      from,
      to: lastName,
      start: items[from]!.start,
      end: items[lastName]!.end,
      text: text(items, from, lastName, source),
      name: isDescription
        ? text(items, from, lastName, source)
        : org && run > from && items[from]!.lower === 'the'
          ? text(items, from, lastName, source)
          : clean.name,
      role: pre && !org ? pre : clean.role,
      gender: clean.gender,
      organisation: org,
    };
  }
  if (head < 0) return null;
  // "a report from InfoNation": the document's author speaks
  if (
    DOCUMENT_NOUNS.has(items[head]!.lower) &&
    (items[head + 1]?.lower === 'from' || items[head + 1]?.lower === 'by')
  ) {
    const author = mentionStartingAt(items, head + 2, ceiling, source);
    if (author && author.kind === 'name') return author;
  }
  // a post-modifier runs to the next punctuation: "a second person briefed on last weekend's call"
  let endPm = head;
  if (isPostModifierStart(items[head + 1]?.lower ?? '')) {
    let j = head + 1;
    while (
      j <= ceiling &&
      j - head <= 10 &&
      items[j]!.kind === 'w' &&
      !POST_MODIFIER_STOPS.has(items[j]!.lower) &&
      !CUE_WORDS.has(items[j]!.lower)
    )
      j++;
    endPm = j - 1;
  }
  const end2 = Math.max(end, endPm);
  return {
    kind: 'description',
    from,
    to: end2,
    start: items[from]!.start,
    end: items[end2]!.end,
    text: text(items, from, end2, source),
    name: text(items, from, end2, source),
    role: null,
    gender: null,
    organisation: false,
  };
}

/**
 * An appositive after a name: "Lin Junyang, technical lead for Alibaba's flagship Qwen large
 * language model," -> the role text. `comma` is the item index of the comma after the name.
 * Returns the role and the item index of the comma (or end) that closes it.
 */
export function appositiveAfter(
  items: readonly Item[],
  comma: number,
  ceiling: number,
  source: string,
): { role: string; close: number } | null {
  const first = items[comma + 1];
  if (!isWord(first)) return null;
  const l0 = first.lower;
  if (l0 === 'who' || l0 === 'which' || l0 === 'and' || l0 === 'but' || PRONOUNS.has(l0) || CUE_WORDS.has(l0))
    return null;
  let k = comma + 1;
  let stop = -1;
  while (k <= ceiling && k - comma < 40) {
    const it = items[k]!;
    if (it.kind === 'Q') return null;
    if (
      it.kind === 'p' &&
      (it.text === ',' || it.text === '.' || it.text === ';' || it.text === ':' || it.text === '—' || it.text === '–')
    )
      break;
    if (
      it.kind === 'w' &&
      stop < 0 &&
      (it.lower === 'who' || it.lower === 'which' || it.lower === 'where' || it.lower === 'whose')
    )
      stop = k;
    if (it.kind === 'w' && stop < 0 && CUE_WORDS.has(it.lower)) return null;
    k++;
  }
  if (k > ceiling + 1 || k - comma >= 40) return null;
  const end = (stop > 0 ? stop : k) - 1;
  if (end <= comma) return null;
  const roleWords = items.slice(comma + 1, end + 1).map((w) => w.lower.replace(APOSTROPHE_S, ''));
  if (!roleWords.some((w) => TITLE_WORDS.has(w) || SOURCE_NOUNS.has(w) || AGENT_NOUN_ENDING.test(w))) return null;
  return { role: source.slice(items[comma + 1]!.start, items[end]!.end), close: k };
}

/** Punctuation that can stand right before a description opening an attribution. */
const PHRASE_OPENERS = new Set([',', ':', ';', '—', '–', '-', '―', '(']);

/** Is the word a person's office or role ("governor", "chief executive", "spokesman")? */
function isRoleNoun(lower: string): boolean {
  const w = lower.replace(APOSTROPHE_S, '');
  return (
    (TITLE_WORDS.has(w) || SOURCE_NOUNS.has(w)) &&
    !ORGANISATION_ANAPHORS.has(w) &&
    !ORGANISATION_WORDS.has(w) &&
    !DOCUMENT_NOUNS.has(w)
  );
}

/**
 * A description in front of an appositive name: '"...," the governor, Maria Costa, told' and
 * 'said the company's chief executive, John Smith' -> "the governor", "the company's chief
 * executive". `comma` is the item index of the comma before the name; the phrase uses items from
 * `floor` on. It must open with a determiner or a possessive, name a role ("governor",
 * "spokesman for the ministry"; any noun with `anyNoun`: "the 61-year-old"), and stand at
 * `floor`, after punctuation, a quotation or a cue. Returns its first item and its text, or null.
 */
export function roleBeforeAppositive(
  items: readonly Item[],
  comma: number,
  floor: number,
  source: string,
  anyNoun = false,
): { from: number; role: string } | null {
  const last = items[comma - 1];
  if (!isWord(last) || last.upper || comma - 1 < floor) return null;
  let from = comma;
  let role = false;
  // capitals only as a possessive run: "the Federal Reserve's vice chair"
  let possessiveRun = false;
  for (let j = comma - 1; j >= floor && comma - j <= 8; j--) {
    const w = items[j]!;
    if (!isWord(w) || DESCRIPTION_STOPS.has(w.lower) || CUE_WORDS.has(w.lower)) break;
    if (w.upper && !DETERMINERS.has(w.lower)) {
      if (POSSESSIVE.test(w.text)) possessiveRun = true;
      else if (!possessiveRun || !isNameWord(w)) break;
    } else possessiveRun = false;
    if (isRoleNoun(w.lower)) role = true;
    from = j;
  }
  if (from >= comma || !(role || anyNoun)) return null;
  // the phrase opens with a determiner or a possessive ("the", "its", "Nordbank's", "the bank's")
  const first = items[from]!;
  if (!(DETERMINERS.has(first.lower) || first.upper || POSSESSIVE.test(first.text))) return null;
  const before = items[from - 1];
  const standsAlone =
    from === floor ||
    before === undefined ||
    before.kind === 'Q' ||
    (before.kind === 'p' && PHRASE_OPENERS.has(before.text)) ||
    (before.kind === 'w' && CUE_WORDS.has(before.lower));
  if (!standsAlone) return null;
  return { from, role: source.slice(first.start, last.end) };
}

/** Dashes that end a dateline ("BUFFALO, N.Y. — ..."). */
const SUBJECT_DASHES = new Set(['—', '–', '-']);

/** The subject of a sentence's main clause: its first name, pronoun or description, before `limit`. */
export function sentenceSubject(items: readonly Item[], limit: number, source: string): Mention | null {
  // skip a dateline: "BUFFALO, N.Y. — ..."
  let k0 = 0;
  if (items[0] && ALL_CAPS.test(items[0].text) && items[0].text.length > 2) {
    const dash = items.findIndex((x, i) => i < 8 && SUBJECT_DASHES.has(x.text));
    if (dash > 0) k0 = dash + 1;
  }
  // the first person's name (not a possessive modifier), else the first phrase
  let first: Mention | null = null;
  for (let k = k0; k < limit && k < 30; k++) {
    const it = items[k]!;
    if (it.kind === 'Q') break;
    if (it.kind !== 'w') continue;
    const next = items[k + 1];
    if (next && next.kind === 'w' && next.upper && it.upper) continue;
    if (it.upper && POSSESSIVE.test(it.text)) continue;
    const m = mentionEndingAt(items, k, k0, source);
    if (!m) continue;
    if ((m.kind === 'name' && !m.organisation) || m.kind === 'pronoun') return m;
    first ??= m;
  }
  return first;
}
