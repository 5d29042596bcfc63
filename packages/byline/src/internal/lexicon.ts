import {
  CASELESS_CONNECTIVES,
  CONNECTIVES,
  DANGLING_WORDS,
  GENERIC_ACCOUNTS,
  NOT_NAMES,
  PUBLICATION_WORDS,
  UI_PHRASES,
} from '../data/junk';
import { CLOCK_WORDS, DATELINE_PLACES, MONTHS, PARTICLES, SUFFIXES, WEAK_WEEKDAYS, WEEKDAYS } from '../data/names';
import {
  DESK_WORDS,
  ORGANIZATION_INFIXES,
  ORGANIZATION_WORDS,
  OUTLETS,
  PHOTO_AGENCIES,
  WIRE_SERVICES,
} from '../data/organizations';
import { AUTHOR_PREFIXES, OTHER_CREDITS } from '../data/prefixes';
import { CREDENTIALS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_PHRASE_STARTS, ROLE_WIRE_TOKENS } from '../data/roles';

/** A credit prefix, split into words, for word-by-word matching. */
export interface PrefixEntry {
  words: string[];
  author: boolean;
  /** Counts only with a colon ("Text:"). */
  colon: boolean;
  /** Counts only at the start of the byline ("Von", "Di"). */
  start: boolean;
}

function prefixIndex(): Map<string, PrefixEntry[]> {
  const index = new Map<string, PrefixEntry[]>();
  const add = (raw: string, author: boolean) => {
    const start = raw.startsWith('^');
    const colon = raw.endsWith(':');
    const words = raw.replace(/^\^/u, '').replace(/:$/u, '').split(' ');
    const entry: PrefixEntry = { words, author, colon, start };
    const first = words[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), entry]);
  };
  for (const p of AUTHOR_PREFIXES) add(p, true);
  for (const p of OTHER_CREDITS) add(p, false);
  // longest phrases first, so "medically reviewed by" wins over "reviewed by"
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** The data modules as sets and maps, built once. */
export const L = {
  months: new Set(MONTHS),
  weekdays: new Set(WEEKDAYS.filter((w) => !WEAK_WEEKDAYS.includes(w))),
  weakWeekdays: new Set(WEAK_WEEKDAYS),
  clock: new Set(CLOCK_WORDS),
  publication: new Set(PUBLICATION_WORDS),
  ui: UI_PHRASES.map((p) => p.split(' ')),
  generic: new Set(GENERIC_ACCOUNTS),
  dangling: new Set(DANGLING_WORDS),
  connectives: new Set(CONNECTIVES),
  anyCaseConnectives: new Set(CASELESS_CONNECTIVES),
  notNames: new Set(NOT_NAMES),
  particles: new Set(PARTICLES),
  suffixes: new Set(SUFFIXES),
  places: new Set(DATELINE_PLACES),
  wires: new Map(Object.entries(WIRE_SERVICES)),
  outlets: new Set(OUTLETS),
  orgWords: new Set(ORGANIZATION_WORDS),
  orgInfixes: ORGANIZATION_INFIXES,
  desk: new Set(DESK_WORDS),
  photo: new Set(PHOTO_AGENCIES),
  roleHeads: new Set(ROLE_HEADS),
  roleModifiers: new Set(ROLE_MODIFIERS),
  rolePhraseStarts: ROLE_PHRASE_STARTS,
  roleWires: new Map(Object.entries(ROLE_WIRE_TOKENS)),
  credentials: new Set(CREDENTIALS),
  prefixesByWord: prefixIndex(),
} as const;
