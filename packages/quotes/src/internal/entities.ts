import {
  CUE_AUXILIARIES,
  CUE_WORDS,
  DETERMINERS,
  GENDERED_NOUNS,
  GIVEN_NAMES,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  NON_NAME_CAPITALS,
  ORGANISATION_ANAPHORS,
  SOURCE_NOUNS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
} from '../lexicon';
import { ACRONYM, LEADING_ARTICLE, POSSESSIVE, SPACE_RUN, TRAILING_PERIOD } from '../patterns';
import {
  appositiveAfter,
  DOCUMENT_NOUNS,
  isNameWord,
  type Mention,
  mentionEndingAt,
  mentionStartingAt,
  roleBeforeAppositive,
  sentenceSubject,
} from './mentions';
import type { Sentence } from './sentences';

/** A person the article names. */
export interface Person {
  name: string;
  role: string | null;
  gender: 'm' | 'f' | null;
}

interface Event {
  pos: number;
  person: Person;
  subject: boolean;
}

/** Small words an acronym skips ("WHO" for "World Health Organization of ..."). */
const ACRONYM_SKIPPED = new Set(['of', 'the', 'for', 'and', 'on', 'in']);

/** How many recent organisation mentions or groups a look-up scans (keeps resolution linear). */
const WINDOW = 300;

/** Determiners that introduce a new document ("a statement", "its report"). */
const DOCUMENT_DETERMINERS = new Set(['a', 'an', 'its', 'their', 'his', 'her']);

/** Generational suffixes after a surname. */
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const key = (s: string): string => s.toLowerCase().replace(POSSESSIVE, '').replace(TRAILING_PERIOD, '');

/**
 * The people of an article and where they are mentioned: the coreference table. A surname or a
 * first name resolves to the first full mention that carries it; a pronoun resolves to the last
 * compatible person, preferring one mentioned as a subject.
 */
export class EntityTable {
  private readonly byName = new Map<string, Person>();
  private readonly byPart = new Map<string, Person>();
  /** Organisation names in text order, for "the company", "the agency". */
  private readonly orgs: { pos: number; name: string }[] = [];
  private readonly orgCounts = new Map<string, number>();
  /** Descriptions named by an appositive, in text order. */
  private readonly named: { pos: number; head: string; name: string }[] = [];
  /** Unnamed sources introduced with an indefinite article, in text order. */
  private readonly introduced: { pos: number; head: string; text: string }[] = [];
  /** Documents in text order with the mention of their owner. */
  private readonly documents: { pos: number; head: string; owner: Mention }[] = [];
  private readonly events: Event[] = [];
  /** Non-person speakers in order of their quotes, for "it", "they", "the company". */
  private readonly groups: { pos: number; name: string; organisation: boolean }[] = [];

  /** Registers a person by full name (the first registration of a name part wins). */
  addPerson(name: string, role: string | null, gender: 'm' | 'f' | null): Person {
    const k = key(name);
    let p = this.byName.get(k);
    if (!p) {
      p = { name, role, gender };
      this.byName.set(k, p);
      const parts = name.split(' ').filter((w) => !w.endsWith('.'));
      // "Patrick Carlineo Jr." is "Carlineo" alone
      while (parts.length > 2 && GENERATIONAL.has(key(parts[parts.length - 1]!))) parts.pop();
      // every ending of the name ("Lopez", "Eriksson Ek") and the first name
      for (let i = 1; i < parts.length; i++) {
        const suffix = key(parts.slice(i).join(' '));
        if (!this.byPart.has(suffix)) this.byPart.set(suffix, p);
      }
      const first = parts[0];
      if (first && parts.length > 1 && !this.byPart.has(`first:${key(first)}`))
        this.byPart.set(`first:${key(first)}`, p);
      if (!p.gender && first) p.gender = GIVEN_NAMES.get(first.toLowerCase()) ?? null;
    } else {
      if (!p.role && role) p.role = role;
      if (!p.gender && gender) p.gender = gender;
    }
    return p;
  }

  /** The person a name (full, surname or first name) refers to, if known. */
  lookup(name: string): Person | undefined {
    const k = key(name);
    const parts = name.split(' ');
    // a full name that ends with the words wins over a lone surname registered earlier ("Mr. Trump")
    const suffix = this.byPart.get(k);
    if (suffix) return suffix;
    const full = this.byName.get(k);
    if (full) return full;
    if (parts.length === 1) return this.byPart.get(`first:${k}`);
    // "Mark T. Esper" vs "Mark Esper": same first and last word
    const last = this.byPart.get(key(parts[parts.length - 1]!));
    if (last && key(last.name.split(' ')[0]!) === key(parts[0]!)) return last;
    return undefined;
  }

  /** The fullest known form of a person ("Trump" registered from "Mr. Trump" -> "Donald Trump"). */
  canonical(p: Person): Person {
    if (p.name.includes(' ')) return p;
    const full = this.byPart.get(key(p.name));
    if (full) {
      full.gender ??= p.gender;
      full.role ??= p.role;
      return full;
    }
    return p;
  }

  /** Records that `person` is mentioned at `pos`. Events arrive in text order. */
  mention(pos: number, person: Person, subject: boolean): void {
    this.events.push({ pos, person, subject });
  }

  /** Records a non-person speaker at `pos`. */
  group(pos: number, name: string, organisation: boolean): void {
    this.groups.push({ pos, name, organisation });
  }

  /** The person a he/she pronoun at `pos` refers to. `exclude` are people named as objects. */
  resolvePronoun(pos: number, gender: 'm' | 'f' | null, exclude: readonly Person[] = []): Person | undefined {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    let fallback: Person | undefined;
    for (let i = lo - 1, seen = 0; i >= 0 && seen < 30; i--, seen++) {
      const e = this.events[i]!;
      if (exclude.includes(e.person)) continue;
      if (gender && e.person.gender && e.person.gender !== gender) continue;
      if (e.pos < pos - 3000) break;
      if (e.subject) return e.person;
      fallback ??= e.person;
    }
    return fallback;
  }

  /** Records that a document (`head`: "statement", "report") introduced at `pos` is `owner`'s. */
  document(pos: number, head: string, owner: Mention): void {
    this.documents.push({ pos, head, owner });
  }

  /** Whose is "the statement" at `pos`: the owner of the last such document introduced before it. */
  documentOwner(head: string, pos: number): Mention | undefined {
    for (let i = this.documents.length - 1; i >= 0; i--) {
      const d = this.documents[i]!;
      if (d.pos < pos && d.head === head) return d.owner;
    }
    return undefined;
  }

  /** Puts the organisation mentions in text order. */
  sortOrganisations(): void {
    this.orgs.sort((a, b) => a.pos - b.pos);
    for (const o of this.orgs) this.orgCounts.set(o.name, (this.orgCounts.get(o.name) ?? 0) + 1);
  }

  /** Records an organisation name mentioned at `pos`. */
  organisation(pos: number, name: string): void {
    this.orgs.push({ pos, name });
  }

  /**
   * The fullest name the article gives an organisation: "Big Machine" -> "Big Machine Records"
   * when the longer name, starting with the shorter one, came first.
   */
  canonicalOrganisation(name: string, pos: number): string {
    const prefix = `${name} `;
    let found = name;
    for (let i = this.orgs.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const o = this.orgs[i]!;
      if (o.pos < pos && o.name.startsWith(prefix)) found = o.name;
    }
    return found;
  }

  /**
   * The organisation whose name fits a description: its acronym ("WHO" for "World Health
   * Organization") or a word of it ("the production company" for "Dick Clark Productions").
   */
  organisationMatching(words: readonly string[], pos: number): string | undefined {
    const acronym = words.length === 1 && ACRONYM.test(words[0]!) ? words[0]! : null;
    for (let i = this.orgs.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const o = this.orgs[i]!;
      if (o.pos >= pos && !acronym) continue;
      const parts = o.name.split(SPACE_RUN);
      if (acronym) {
        const initials = parts
          .filter((w) => !ACRONYM_SKIPPED.has(w.toLowerCase()))
          .map((w) => w[0])
          .join('');
        if (parts.length > 1 && initials === acronym) return o.name.replace(LEADING_ARTICLE, '');
        continue;
      }
      for (const w of words) {
        const stem = w.toLowerCase().slice(0, 5);
        if (stem.length >= 4 && parts.some((p) => p.toLowerCase().startsWith(stem))) return o.name;
      }
    }
    return undefined;
  }

  /** The last organisation named before `pos` that the article names more than once. */
  recentOrganisation(pos: number): string | undefined {
    for (let i = this.orgs.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const o = this.orgs[i]!;
      if (o.pos < pos && (this.orgCounts.get(o.name) ?? 0) >= 2) return o.name;
    }
    return undefined;
  }

  /** The organisation an anaphor ("the company") at `pos` most likely means: the most mentioned so far. */
  resolveOrganisation(pos: number): string | undefined {
    const counts = new Map<string, number>();
    let best: string | undefined;
    let bestCount = 0;
    // the most mentioned among the last mentions before `pos` (a window keeps it linear)
    let lo = 0;
    let hi = this.orgs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.orgs[mid]!.pos < pos) lo = mid + 1;
      else hi = mid;
    }
    let i = lo - 1;
    for (let n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const o = this.orgs[i]!;
      const c = (counts.get(o.name) ?? 0) + 1;
      counts.set(o.name, c);
      if (c > bestCount) {
        best = o.name;
        bestCount = c;
      }
    }
    return best;
  }

  /** The last non-person speaker whose name has the head word of a definite description ("the source"). */
  groupWithHead(pos: number, head: string): string | undefined {
    const h = head.toLowerCase();
    // a name given to the description itself wins: "The group, WeWorkers Coalition, ..."
    for (let i = this.named.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const d = this.named[i]!;
      if (d.pos <= pos && d.head === h) return d.name;
    }
    // the most recent of: a speaker with that head word, an unnamed source introduced earlier
    // ("a doctor on the scene" ... "the doctor said")
    let best: { pos: number; name: string } | undefined;
    for (let i = this.groups.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const g = this.groups[i]!;
      if (g.pos >= pos) continue;
      const words = g.name.toLowerCase().split(SPACE_RUN);
      if (words.includes(h) || words.includes(`${h}s`)) {
        best = g;
        break;
      }
    }
    for (let i = this.introduced.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
      const d = this.introduced[i]!;
      if (d.pos < pos && d.head === h) {
        if (!best || d.pos > best.pos) best = { pos: d.pos, name: d.text };
        break;
      }
    }
    return best?.name;
  }

  /** Records that a description's head ("group") is named at `pos` ("WeWorkers Coalition"). */
  name(pos: number, head: string, name: string): void {
    this.named.push({ pos, head, name });
  }

  /** Records an unnamed source introduced with an indefinite article ("a doctor on the scene"). */
  introduce(pos: number, head: string, text: string): void {
    this.introduced.push({ pos, head, text });
  }

  /** The last non-person speaker before `pos`. */
  lastGroup(pos: number, organisationOnly = false, peopleOnly = false): string | undefined {
    for (let i = this.groups.length - 1; i >= 0; i--) {
      const g = this.groups[i]!;
      if (g.pos < pos && (!organisationOnly || g.organisation) && (!peopleOnly || !g.organisation)) return g.name;
    }
    return undefined;
  }

  /** A registered person whose role matches a description ("China's ambassador to Britain"). */
  byRole(description: string): Person | undefined {
    const d = description.toLowerCase().replace(LEADING_ARTICLE, '');
    const single = !d.includes(' ');
    for (const p of this.byName.values()) {
      if (!p.role) continue;
      // "Republican Gov." is a governor
      const r = p.role
        .toLowerCase()
        .replace(LEADING_ARTICLE, '')
        .split(' ')
        .map((w) => TITLE_ABBREVIATIONS.get(w.replace(TRAILING_PERIOD, '')) ?? w)
        .join(' ');
      if (single ? r === d || r.endsWith(` ${d}`) : d.split(' ').every((w) => r.includes(w))) return p;
    }
    return undefined;
  }
}

/**
 * Who issued the document at item `k`: the subject of a cue right before it ("the US military
 * said in a statement"), else the sentence's subject ("Big Machine Records issued a statement").
 */
function documentIssuer(items: Sentence['items'], k: number, source: string): Mention | null {
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const it = items[j]!;
    if (it.kind !== 'w' || !CUE_WORDS.has(it.lower)) continue;
    let s = j - 1;
    while (s >= 0 && CUE_AUXILIARIES.has(items[s]!.lower)) s--;
    const left = s >= 0 ? mentionEndingAt(items, s, 0, source) : null;
    if (left) return left;
    const right = mentionStartingAt(items, j + 1, k - 1, source);
    if (right) return right;
    break;
  }
  return sentenceSubject(items, k, source);
}

/** Does a title or honorific stand right before item `k` ("Gen. Mark Milley", "coach Bruce Boudreau")? */
function hasTitle(items: Sentence['items'], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const l = items[j]!.lower.replace(TRAILING_PERIOD, '');
    if (TITLE_WORDS.has(l) || HONORIFICS.has(l)) return true;
    if (items[j]!.text !== '.') break;
  }
  return false;
}

/** Is item `k` right after a cue ("said Lin Junyang", "according to Jane Doe")? */
function cuePrecedes(s: Sentence, k: number): boolean {
  const prev = s.items[k - 1];
  if (!prev) return false;
  return CUE_WORDS.has(prev.lower) || (prev.lower === 'to' && s.items[k - 2]?.lower === 'according');
}

/** Is the word a cue (after optional auxiliaries) right after item `k`? */
function cueFollows(s: Sentence, k: number): boolean {
  let j = k + 1;
  while (j < s.items.length && CUE_AUXILIARIES.has(s.items[j]!.lower)) j++;
  const it = s.items[j];
  return it !== undefined && CUE_WORDS.has(it.lower);
}

/**
 * Collects the people named in the article (first pass): every run of capitalised words that is
 * a person's name, its role from an appositive or the words in front of it, and where each
 * person is mentioned (full name, surname or first name).
 */
export function collectPeople(
  sentences: readonly Sentence[],
  source: string,
  table: EntityTable,
  known: readonly string[],
): void {
  for (const name of known) table.addPerson(name, null, null);
  const singles: { pos: number; word: string; subject: boolean; initial: boolean; sentence: number }[] = [];
  const candidates: {
    pos: number;
    name: string;
    role: string | null;
    gender: 'm' | 'f' | null;
    subject: boolean;
    titled: boolean;
    afterThe: boolean;
    cue: boolean;
    sentence: number;
  }[] = [];
  const fulls: { pos: number; person: Person; subject: boolean; sentence: number }[] = [];
  const described: { pos: number; person: Person; subject: boolean; sentence: number }[] = [];
  const capitalisedInside = new Set<string>();
  sentences.forEach((s, si) => {
    const items = s.items;
    // documents and whose they are: "Big Machine Records issued a statement", "a report by E! News"
    for (let k = 1; k < items.length; k++) {
      if (!DOCUMENT_NOUNS.has(items[k]!.lower)) continue;
      const det = items[k - 1]!.lower;
      const det2 = items[k - 2]?.lower ?? '';
      if (!(DOCUMENT_DETERMINERS.has(det) || DOCUMENT_DETERMINERS.has(det2))) continue;
      const by = items[k + 1]?.lower;
      const owner =
        by === 'by' || by === 'from'
          ? mentionStartingAt(items, k + 2, items.length - 1, source)
          : documentIssuer(items, k, source);
      if (owner) table.document(items[k]!.start, items[k]!.lower, owner);
    }
    // a description named by an appositive: "The group, WeWorkers Coalition, formed ..."
    for (let k = 2; k + 2 < items.length; k++) {
      if (items[k]!.text !== ',') continue;
      const head = items[k - 1]!;
      if (head.kind !== 'w' || head.upper || !(SOURCE_NOUNS.has(head.lower) || ORGANISATION_ANAPHORS.has(head.lower)))
        continue;
      if (!(items[k - 2]!.lower === 'the' || items[k - 3]?.lower === 'the')) continue;
      let j = k + 1;
      while (j < items.length && isNameWord(items[j])) j++;
      if (j === k + 1 || (items[j]?.text !== ',' && items[j]?.text !== '.')) continue;
      const the = items[k - 2]!.lower === 'the' ? k - 2 : k - 3;
      table.name(items[the]!.start, head.lower, source.slice(items[k + 1]!.start, items[j - 1]!.end));
    }
    // unnamed sources: "a doctor on the scene", "an insider"
    for (let k = 1; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind !== 'w' || it.upper || !SOURCE_NOUNS.has(it.lower)) continue;
      let det = -1;
      for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
        if (INDEFINITE_DETERMINERS.has(items[j]!.lower)) {
          det = j;
          break;
        }
        // "Nisan Ahmado's source inside the camp": a named person's source
        if (j === k - 1 && items[j]!.upper && POSSESSIVE.test(items[j]!.text)) {
          det = j;
          while (det - 1 >= 0 && isNameWord(items[det - 1]) && !POSSESSIVE.test(items[det - 1]!.text)) det--;
          break;
        }
        if (items[j]!.kind !== 'w') break;
      }
      if (det < 0) continue;
      const m = mentionStartingAt(items, det, Math.min(items.length - 1, k + 10), source);
      if (m?.kind === 'description') table.introduce(items[det]!.start, it.lower, m.text);
    }
    // unnamed people with a gender: "one mother", "a man"
    for (let k = 1; k < items.length; k++) {
      const g = GENDERED_NOUNS.get(items[k]!.lower);
      if (g && INDEFINITE_DETERMINERS.has(items[k - 1]!.lower)) {
        const text = source.slice(items[k - 1]!.start, items[k]!.end);
        described.push({
          pos: items[k - 1]!.start,
          person: { name: text, role: null, gender: g },
          subject: false,
          sentence: si,
        });
      }
    }
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      if (!isNameWord(it)) continue;
      // go to the end of this run of capitals
      let end = k;
      while (
        end + 1 < items.length &&
        (isNameWord(items[end + 1]) ||
          ((items[end + 1]!.text === '.' || items[end + 1]!.text === '!') &&
            items[end + 1]!.start === items[end]!.end &&
            isNameWord(items[end + 2]))) &&
        !POSSESSIVE.test(items[end]!.text)
      )
        end++;
      while (end > k && !isNameWord(items[end])) end--;
      const m: Mention | null = mentionEndingAt(
        items,
        end,
        k > 0 && DETERMINERS.has(items[k - 1]!.lower) ? k - 1 : Math.max(0, k - 8),
        source,
      );
      // subject: right before its cue here; the first person of the sentence is added below
      const subject = cueFollows(s, end);
      // capitalised words seen inside a sentence are names wherever they appear
      if (k > 0 && items[k - 1]!.kind === 'w') for (let j = k; j <= end; j++) capitalisedInside.add(items[j]!.text);
      k = end;
      if (m?.kind !== 'name') continue;
      if (m.name.split(' ').length === 1) {
        const initial = m.from === 0 || items[m.from - 1]!.kind !== 'w';
        // "Mr. Trump", "Dr. Fauci": an honorific makes a lone surname a person
        if (m.titled) {
          candidates.push({
            pos: m.start,
            name: m.name,
            role: null,
            gender: m.gender === 'm' || m.gender === 'f' ? m.gender : null,
            subject,
            titled: true,
            afterThe: false,
            cue: false,
            sentence: si,
          });
        } else if (!NON_NAME_CAPITALS.has(m.name.toLowerCase()))
          singles.push({ pos: m.start, word: m.name, subject, initial, sentence: si });
        continue;
      }
      if (m.organisation) {
        table.organisation(m.start, m.name);
        continue;
      }
      let role = m.role;
      if (items[end + 1]?.text === ',') {
        const app = appositiveAfter(items, end + 1, items.length - 1, source);
        if (app) role = app.role;
      }
      // "the governor, Maria Costa, said": a description the name stands in apposition to
      const after = items[end + 1];
      if (!role && items[m.from - 1]?.text === ',' && (after === undefined || after.kind === 'p')) {
        const pre = roleBeforeAppositive(items, m.from - 1, 0, source);
        if (pre) role = pre.role;
      }
      candidates.push({
        pos: m.start,
        name: m.name,
        role,
        gender: m.gender === 'm' || m.gender === 'f' ? m.gender : null,
        subject,
        titled: m.role !== null || role !== null || hasTitle(items, m.from),
        afterThe: items[m.from - 1]?.lower === 'the',
        cue: cueFollows(s, end) || cuePrecedes(s, m.from),
        sentence: si,
      });
    }
  });
  // a run of capitals is a person's name when something says so: a title or role, a speech cue,
  // a known given name, or one of its words used alone elsewhere
  const alone = new Set(singles.map((x) => key(x.word)));
  for (const c of candidates) if (!c.name.includes(' ')) alone.add(key(c.name));
  for (const c of candidates) {
    const parts = c.name.split(' ');
    const evidence =
      c.titled ||
      c.cue ||
      GIVEN_NAMES.has(parts[0]!.toLowerCase()) ||
      alone.has(key(parts[parts.length - 1]!)) ||
      alone.has(key(parts[0]!)) ||
      table.lookup(c.name) !== undefined;
    if (!evidence || (c.afterThe && !c.titled)) {
      table.organisation(c.pos, c.name);
      continue;
    }
    fulls.push({
      pos: c.pos,
      person: table.addPerson(c.name, c.role, c.gender),
      subject: c.subject,
      sentence: c.sentence,
    });
  }
  // a capitalised word that opens a sentence is a name only if it is also capitalised elsewhere
  const inside = new Set([...capitalisedInside, ...singles.filter((x) => !x.initial).map((x) => x.word)]);
  for (const s of singles)
    if ((!s.initial || inside.has(s.word)) && !table.lookup(s.word)) table.organisation(s.pos, s.word);
  table.sortOrganisations();
  // surnames and first names resolve to the full names registered above, events in text order
  const all: { pos: number; person: Person; subject: boolean; sentence: number }[] = [...fulls, ...described];
  for (const s of singles) {
    const p = table.lookup(s.word);
    if (p) all.push({ pos: s.pos, person: p, subject: s.subject, sentence: s.sentence });
  }
  all.sort((a, b) => a.pos - b.pos);
  // the first person named in a sentence is taken as its subject
  let lastSentence = -1;
  for (const e of all) {
    table.mention(e.pos, e.person, e.subject || e.sentence !== lastSentence);
    lastSentence = e.sentence;
  }
}

/** Is the description an anaphor for an organisation ("the company", "its statement")? */
export function isOrganisationAnaphor(description: string): boolean {
  const words = description.toLowerCase().split(' ');
  const head = words[words.length - 1] ?? '';
  return (
    (words[0] === 'the' || words[0] === 'its' || words[0] === 'this') &&
    words.length === 2 &&
    ORGANISATION_ANAPHORS.has(head)
  );
}
