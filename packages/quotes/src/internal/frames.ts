import {
  CLAUSE_BREAKERS,
  COMPLEMENTIZERS,
  CUE_AUXILIARIES,
  CUE_PHRASES,
  CUE_WORDS,
  type CueInfo,
  DETERMINERS,
  FRAGMENT_CUES,
  HONORIFICS,
  LEADING_CONNECTIVES,
  PRONOUNS,
  TITLE_WORDS,
} from '../lexicon';
import { ALL_CAPS, POSSESSIVE, TRAILING_PERIOD } from '../patterns';
import {
  appositiveAfter,
  isNameWord,
  type Mention,
  mentionEndingAt,
  mentionStartingAt,
  roleBeforeAppositive,
  sentenceSubject,
} from './mentions';
import type { Item, Sentence } from './sentences';

/** An attribution in a sentence: a cue, its speaker mention, and the reported content. */
export interface Frame {
  cueFrom: number;
  cueTo: number;
  cue: string;
  info: CueInfo;
  /** The subject's mention, or null when it is inherited (participles, coordination). */
  subject: Mention | null;
  /** The first of two coordinated subjects ("Volker and Morrison said"). */
  partner: Mention | null;
  /** For "it"/"they": the organisation the sentence itself names before the pronoun. */
  antecedent: Mention | null;
  /** The subject comes from another frame of the sentence, or the sentence's first subject. */
  inherited: boolean;
  /** Role given by an appositive at this attribution. */
  role: string | null;
  /** First and last item of the attribution (subject, cue, object, appositive). */
  aFrom: number;
  aTo: number;
  /** Content ranges (item indexes, inclusive), in order. */
  contents: [number, number][];
}

/** Words that open an adjunct after a cue, not a reported clause ("said in a statement"). */
const ADJUNCT_STARTS = new Set([
  'in',
  'on',
  'at',
  'during',
  'while',
  'when',
  'after',
  'before',
  'to',
  'with',
  'as',
  'via',
  'through',
  'last',
  'this',
  'earlier',
  'later',
  'yesterday',
  'today',
  'tuesday',
  'monday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'of',
  'about',
  'for',
  'from',
  'by',
  'repeatedly',
  'publicly',
  'privately',
  'afterward',
  'afterwards',
  'recently',
  'ago',
  'so',
  'again',
  'too',
  'also',
  'then',
  'jokingly',
  'simply',
  'it',
  'him',
  'her',
  'them',
  'us',
  'me',
  'so',
  'nothing',
  'little',
  'only',
  'just',
  'not',
  'whether',
  'if',
  'what',
  'how',
  'why',
  'who',
  'where',
  'which',
  'no',
  'yes',
  'goodbye',
  'hello',
  'sorry',
  'thanks',
  'otherwise',
  'and',
  'but',
  'or',
  'up',
  'out',
  'down',
  'over',
]);

/** "said to reporters": the forms of say that keep their cue before "to", and what may follow. */
const SAY_WORDS = new Set(['said', 'says', 'say']);
const SAID_TO_OBJECTS = new Set(['reporters', 'journalists', 'the', 'a', 'an', 'his', 'her', 'their']);

/** Speech-act verbs that start a new report after "and" ("... and called on", "... and urged"). */
const ACT_VERBS = new Set([
  'called',
  'urged',
  'demanded',
  'asked',
  'accused',
  'vowed',
  'pledged',
  'promised',
  'warned',
  'added',
  'said',
  'declined',
  'refused',
]);

/** Nouns whose phrase is raw data, not a source ("according to data from ..."). */
const DATA_HEADS =
  /^(?:data|figures|statistics|estimates|numbers|records|calculations|prices|the data|polls?|a poll|filings|reuters calculations)\b/iu;

/** Verb forms that are usually nouns after a determiner ("the report", "its claims"). */
const AMBIGUOUS_NOUNS = new Set([
  'reports',
  'claims',
  'claim',
  'notes',
  'states',
  'rules',
  'estimates',
  'promises',
  'vows',
  'pledges',
  'posted',
  'add',
  'write',
  'writing',
  'warning',
  'reporting',
  'continues',
  'continued',
  'answered',
  'asks',
  'tweets',
  'insist',
  'deny',
  'say',
  'tell',
]);

/** Listeners after a capitalised word: "told US media", "told CNN reporters". */
const OBJECT_NOUNS = new Set([
  'media',
  'reporters',
  'journalists',
  'lawmakers',
  'investors',
  'officials',
  'viewers',
  'listeners',
  'audience',
  'staff',
  'employees',
]);

const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'get', 'got']);
const DASHES = new Set(['—', '–', '-', '―']);

function isBoundary(it: Item | undefined): boolean {
  return (
    it === undefined || it.kind === 'Q' || it.text === ',' || DASHES.has(it.text) || it.text === ':' || it.text === ';'
  );
}

/** Finds the cues of a sentence: single words of the lexicon and phrases ("according to"). */
function findCues(items: readonly Item[]): { from: number; to: number; info: CueInfo; lower: string }[] {
  const out: { from: number; to: number; info: CueInfo; lower: string }[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== 'w') continue;
    const phrases = CUE_PHRASES.get(it.lower);
    if (phrases) {
      for (const rest of phrases) {
        let ok = true;
        for (let r = 0; r < rest.length; r++) if (items[k + 1 + r]?.lower !== rest[r]) ok = false;
        if (ok) {
          out.push({
            from: k,
            to: k + rest.length,
            info: { object: false, indirect: true, participle: false, bare: false },
            lower: [it.lower, ...rest].join(' '),
          });
          k += rest.length;
          break;
        }
      }
      continue;
    }
    const info = CUE_WORDS.get(it.lower);
    if (!info) continue;
    const prev = items[k - 1];
    // a capitalised cue inside a sentence is part of a name ("the United States")
    if (it.upper && prev && prev.kind === 'w') continue;
    const next = items[k + 1];
    if (prev && prev.kind === 'w' && (prev.lower === 'to' || PASSIVE_AUX.has(prev.lower))) continue;
    if (next && next.kind === 'w' && next.lower === 'to' && !info.object) {
      // "is said to be", "adding to the problems"; "said to reporters" keeps its cue
      if (!(SAY_WORDS.has(it.lower) && items[k + 2]?.kind === 'w' && SAID_TO_OBJECTS.has(items[k + 2]!.lower)))
        continue;
    }
    if (prev && prev.kind === 'w' && DETERMINERS.has(prev.lower)) continue;
    if (AMBIGUOUS_NOUNS.has(it.lower) && prev && prev.kind === 'w' && POSSESSIVE.test(prev.text)) continue;
    // "a letter posted on Twitter", "people briefed on the talks": a participle modifying a noun
    if (
      it.lower.endsWith('ed') &&
      prev?.kind === 'w' &&
      !prev.upper &&
      !PRONOUNS.has(prev.lower) &&
      next?.kind === 'w' &&
      PARTICIPLE_PREPOSITIONS.has(next.lower) &&
      !thatFollows(items, k + 1)
    )
      continue;
    out.push({ from: k, to: k, info, lower: it.lower });
  }
  return out;
}

/** "The Afghan Taliban ... claimed responsibility, which it said ...": the organisation named first. */
function sameSentenceOrganisation(items: readonly Item[], limit: number, source: string): Mention | null {
  const m = sentenceSubject(items, limit, source);
  if (!m || m.to >= limit) return null;
  // a named organisation ("The Afghan Taliban"), not a capitalised first word ("Critically, ...")
  if (m.kind === 'name' && m.organisation && (m.text.includes(' ') || ALL_CAPS.test(m.text))) return m;
  return null;
}

/** Are the items between `from` and `to` only titles ("Cmdr. Sean Robertson")? */
function onlyTitlesBefore(items: readonly Item[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const x = items[j]!;
    if (x.text === '.') continue;
    const l = x.lower.replace(TRAILING_PERIOD, '');
    if (!(TITLE_WORDS.has(l) || HONORIFICS.has(l))) return false;
  }
  return true;
}

/**
 * The subject of the clause that ends at item `to` ("..., while the city's police deny X and say"):
 * the first phrase after the last clause boundary, if a source or a name starts it.
 */
function clauseSubject(items: readonly Item[], from: number, to: number, source: string): Mention | null {
  let start = -1;
  for (let j = to - 1; j >= from; j--) {
    const x = items[j]!;
    if (x.kind === 'Q') return null;
    if (x.text === ',' || x.text === ';' || (x.kind === 'w' && CLAUSE_OPENERS.has(x.lower))) {
      start = j + 1;
      break;
    }
  }
  if (start < 0 || start >= to) return null;
  for (let k = start; k < to && k < start + 8; k++) {
    const it = items[k]!;
    if (it.kind !== 'w') return null;
    const next = items[k + 1];
    if (next && next.kind === 'w' && next.upper && it.upper) continue;
    const m = mentionEndingAt(items, k, start, source);
    if (m && m.from === start + (DETERMINERS.has(items[start]!.lower) || items[start]!.upper ? 0 : 0)) return m;
  }
  return null;
}

/** Words that open a new clause inside a sentence. */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'but', 'although', 'though', 'as']);

/** Prepositions after a participle that modifies a noun ("posted on", "briefed about"). */
const PARTICIPLE_PREPOSITIONS = new Set(['on', 'about', 'in', 'by', 'at', 'to', 'from', 'with']);

/** Does a "that" or a colon follow within a few words ("announced on Monday that ...")? */
function thatFollows(items: readonly Item[], k: number): boolean {
  for (let j = k; j < items.length && j < k + 8; j++) {
    const x = items[j]!;
    if (x.lower === 'that' || x.text === ':' || x.kind === 'Q') return true;
    if (x.text === '.' || x.text === ';') return false;
  }
  return false;
}

/** Skips auxiliaries and adverbs leftwards from `k`. */
function skipAuxLeft(items: readonly Item[], k: number, floor: number): number {
  let j = k;
  let n = 0;
  while (j >= floor && n < 3 && items[j]!.kind === 'w' && CUE_AUXILIARIES.has(items[j]!.lower)) {
    j--;
    n++;
  }
  return j;
}

/** The listener of a "tell" cue: its last item, or `k - 1` when there is none. */
function skipObject(items: readonly Item[], k: number, ceiling: number, source: string): number {
  const it = items[k];
  if (it?.kind !== 'w' || it.lower === 'that') return k - 1;
  const m = mentionStartingAt(items, k, ceiling, source);
  if (m) return m.to;
  // "told reporters", "told the BBC", "told US media": determiners and capitals, else one word
  let j = k;
  let caps = 0;
  while (
    j <= ceiling &&
    items[j]!.kind === 'w' &&
    (DETERMINERS.has(items[j]!.lower) || items[j]!.upper) &&
    items[j]!.lower !== 'that'
  ) {
    if (items[j]!.upper) caps++;
    j++;
  }
  if (caps === 0 || (items[j]?.kind === 'w' && OBJECT_NOUNS.has(items[j]!.lower))) {
    if (j <= ceiling && items[j]!.kind === 'w' && items[j]!.lower !== 'that') j++;
  }
  return j - 1;
}

/**
 * Where the reported clause after a cue begins, or -1. `explicit` is true when a "that", a
 * colon or a quotation opens it; a bare clause ("He said WeWork needs ...") is accepted when
 * `allowBare`.
 */
function rightContentStart(
  items: readonly Item[],
  r: number,
  ceiling: number,
  allowBare: boolean,
): { at: number; explicit: boolean } | null {
  const it = items[r];
  if (!it || r > ceiling) return null;
  if (it.text === ':') return items[r + 1] ? { at: r + 1, explicit: true } : null;
  if (it.kind === 'Q') return { at: r, explicit: true };
  if (it.text === ',' && items[r + 1]?.kind === 'Q') return { at: r + 1, explicit: true };
  if (it.kind === 'w' && COMPLEMENTIZERS.has(it.lower)) return { at: r + 1, explicit: true };
  // adjuncts before "that": "said in a statement on Monday that ..."
  const adjunct = it.kind === 'w' && (ADJUNCT_STARTS.has(it.lower) || it.upper) && !PRONOUNS.has(it.lower);
  for (let j = r; adjunct && j <= ceiling && j - r < 14; j++) {
    const x = items[j]!;
    if (x.kind === 'Q' || x.text === '.' || x.text === ';') break;
    if (x.kind === 'w' && PRONOUNS.has(x.lower)) break;
    if (x.kind === 'w' && COMPLEMENTIZERS.has(x.lower)) {
      if (j === r || items[j - 1]!.kind === 'w' || items[j - 1]!.text === ',') return { at: j + 1, explicit: true };
    }
    if (x.text === ':' && j > r) return { at: j + 1, explicit: true };
    if (x.text === ',' && items[j + 1]?.kind === 'Q' && j > r) return { at: j + 1, explicit: true };
    if (x.kind === 'w' && CUE_WORDS.has(x.lower)) break;
  }
  if (allowBare && it.kind === 'w' && !ADJUNCT_STARTS.has(it.lower)) return { at: r, explicit: false };
  if (
    allowBare &&
    it.kind === 'w' &&
    (it.lower === 'it' || it.lower === 'he' || it.lower === 'she' || it.lower === 'they')
  )
    return { at: r, explicit: false };
  return null;
}

/**
 * Finds every attribution frame of a sentence, with its subject and content ranges. Frames are
 * returned in text order; their content ranges never overlap each other or any attribution.
 */
export function findFrames(s: Sentence, source: string): Frame[] {
  const items = s.items;
  const last = items.length - 1;
  const cues = findCues(items);
  const frames: Frame[] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const floor = frames.length > 0 ? frames[frames.length - 1]!.aTo + 1 : 0;
    const nextCue = cues[c + 1];
    const ceiling = last;
    let subject: Mention | null = null;
    let partner: Mention | null = null;
    let inherited = false;
    let role: string | null = null;
    let aFrom = cue.from;
    let aTo = cue.to;
    let vs = false;
    if (cue.lower === 'according to' || cue.lower === 'selon' || cue.lower === 'laut' || cue.lower === 'según') {
      subject = mentionStartingAt(items, cue.to + 1, ceiling, source);
      if (!subject || DATA_HEADS.test(subject.text)) continue;
      aTo = subject.to;
      vs = true;
    } else {
      // subject before the cue: "Lin said", "Lin Junyang, technical lead for ..., said"
      const k = skipAuxLeft(items, cue.from - 1, floor);
      const before = items[k];
      if (before && before.text === ',' && k - 1 >= floor) {
        // '"...," Dylan Nelson, a fellow at the institute in Munich, Germany, and co-author, said':
        // a name that opens the attribution (after a quotation or at the start) wins over names
        // inside the aside
        for (let j = k - 1; j >= Math.max(floor, k - 40); j--) {
          const x = items[j]!;
          if (x.kind === 'Q' || (x.kind === 'w' && CUE_WORDS.has(x.lower))) break;
          if (x.text !== ',') continue;
          const m = mentionEndingAt(items, j - 1, floor, source);
          if (
            m?.kind === 'name' &&
            !m.organisation &&
            (m.from === floor || items[m.from - 1]!.kind === 'Q' || onlyTitlesBefore(items, floor, m.from)) &&
            m.from !== k
          ) {
            subject = m;
            aFrom = m.from;
            const app = appositiveAfter(items, j, k, source);
            role = app ? app.role : null;
          }
        }
      }
      if (!subject && before && before.text === ',' && k - 1 >= floor) {
        for (let j = k - 1; j >= Math.max(floor, k - 40); j--) {
          const x = items[j]!;
          if (x.kind === 'Q' || (x.kind === 'w' && CUE_WORDS.has(x.lower))) break;
          if (x.text === ',') {
            // "The company that runs the AMAs, Dick Clark Productions, denies": the name in the aside
            let allName = j + 1 < k;
            for (let a = j + 1; a < k && allName; a++)
              if (!isNameWord(items[a]) && items[a]!.text !== '.') allName = false;
            const named =
              allName && j - 1 >= floor && items[j - 1]!.kind === 'w'
                ? mentionEndingAt(items, k - 1, j + 1, source)
                : null;
            if (named?.kind === 'name') {
              subject = named;
              // '"...," the governor, Maria Costa, told': the description is the person's role
              const phrase = named.organisation ? null : roleBeforeAppositive(items, j, floor, source, true);
              const pre = phrase ? roleBeforeAppositive(items, j, floor, source) : null;
              const described = mentionEndingAt(items, j - 1, floor, source, true);
              aFrom = Math.min(described?.from ?? named.from, phrase?.from ?? named.from);
              if (pre) role = pre.role;
              break;
            }
            const m = mentionEndingAt(items, j - 1, floor, source);
            // a name, or any phrase with a relative clause: "The statement, which was obtained by Variety, claimed"
            if (
              m &&
              (m.kind === 'name' ||
                (m.kind === 'description' && (items[j + 1]?.lower === 'which' || items[j + 1]?.lower === 'who')))
            ) {
              const app = appositiveAfter(items, j, k, source);
              // "Richardson, via USA Today, said", "Smith, 45, said": a short aside needs no role
              if (app || items[j + 1]?.lower === 'who' || k - j <= 6) {
                subject = m;
                role = app ? app.role : null;
                aFrom = m.from;
              }
            }
            break;
          }
        }
      } else if (
        before &&
        k >= floor &&
        !(cue.info.participle && k === cue.from - 1 && before.kind === 'w' && !PRONOUNS.has(before.lower))
      ) {
        // ("issued a statement warning that ...": the phrase before a bare participle is its object)
        const m = mentionEndingAt(items, k, floor, source, true);
        if (m) {
          subject = m;
          aFrom = m.from;
          // "Kurt Volker and Tim Morrison said", "Paganini and his team wrote"
          if (m.from - 2 >= floor && items[m.from - 1]!.lower === 'and') {
            const first = mentionEndingAt(items, m.from - 2, floor, source, true);
            if (first && first.kind !== 'pronoun') {
              partner = first;
              aFrom = first.from;
            }
          }
        } else if (
          before.kind === 'w' &&
          (before.lower === 'which' || before.lower === 'who' || before.lower === 'that') &&
          mentionEndingAt(items, k - 1, floor, source, true) !== null
        ) {
          // "a blog post that said ...": the phrase the relative pronoun stands for
          const m = mentionEndingAt(items, k - 1, floor, source, true)!;
          subject = m;
          aFrom = m.from;
        } else if (
          before.kind === 'w' &&
          (before.lower === 'and' || before.lower === 'but' || before.lower === 'which' || before.lower === 'who')
        ) {
          const prev = frames[frames.length - 1];
          // "China said ..., while the city's police deny ... and say ...": the subject of this clause
          const own = clauseSubject(items, prev ? prev.aTo + 1 : floor, k, source);
          if (own) {
            subject = own;
            aFrom = Math.min(aFrom, own.from);
          } else if (prev?.subject || prev?.inherited) {
            subject = prev.subject;
            partner = prev.partner;
            inherited = prev.inherited || prev.subject === null;
          } else {
            // "China's ambassador ... accused the UK and warned that ...": the sentence's subject
            subject = sentenceSubject(items, cue.from, source);
            inherited = subject === null;
          }
        }
      }
      // subject after the cue: '"...," said Lin Junyang, technical lead ...'
      if (!subject && !inherited && (cue.from === floor || isBoundary(items[cue.from - 1]))) {
        if (cue.info.participle && items[cue.from - 1]?.text === ',') {
          inherited = true;
        } else {
          let m = mentionStartingAt(items, cue.to + 1, ceiling, source);
          // 'said the company's chief executive, John Smith': the appositive name speaks, the
          // description is the role
          if (m?.kind === 'description' && items[m.to + 1]?.text === ',') {
            const named = mentionStartingAt(items, m.to + 2, ceiling, source);
            const pre = roleBeforeAppositive(items, m.to + 1, cue.to + 1, source);
            if (
              pre &&
              named?.kind === 'name' &&
              !named.organisation &&
              (named.to === ceiling || isBoundary(items[named.to + 1]) || items[named.to + 1]!.kind === 'p')
            ) {
              m = named;
              role = pre.role;
            }
          }
          if (m) {
            subject = m;
            vs = true;
            aTo = m.to;
            if (items[m.to + 1]?.text === ',') {
              const app = appositiveAfter(items, m.to + 1, ceiling, source);
              if (app) {
                role = app.role;
                aTo = app.close - (app.close <= ceiling && items[app.close]!.text === ',' ? 0 : 1);
                if (aTo > ceiling) aTo = ceiling;
              }
            }
          }
        }
      }
      if (!subject && !inherited && cue.info.participle) inherited = true;
      if (!subject && !inherited) continue;
      // "Richardson, however, decided to weigh in on Monday, saying ...": the main clause's subject
      if (!subject && inherited && cue.info.participle) {
        // the main clause's person ("Omar asked ... in a letter posted on Twitter, saying ..."),
        // else the previous attribution's subject
        const main = sentenceSubject(items, cue.from, source);
        const prev = frames[frames.length - 1];
        subject = main && main.kind !== 'description' ? main : (prev?.subject ?? main);
      }
    }
    // the listener of "told"
    if (cue.info.object && !vs) aTo = Math.max(aTo, skipObject(items, cue.to + 1, ceiling, source));
    const frame: Frame = {
      cueFrom: cue.from,
      cueTo: cue.to,
      cue: source.slice(items[cue.from]!.start, items[cue.to]!.end),
      info: cue.info,
      subject,
      partner,
      antecedent:
        subject?.kind === 'pronoun' && (subject.gender === 'n' || subject.gender === 'p')
          ? sameSentenceOrganisation(items, subject.from, source)
          : null,
      inherited,
      role,
      aFrom,
      aTo,
      contents: [],
    };
    // content on the left: '"...," Yao said' / 'X, Reuters reported' / 'X, according to Y'
    const prevFrame = frames[frames.length - 1];
    let leftFrom = prevFrame ? Math.max(floor, ...prevFrame.contents.map((r) => r[1] + 1)) : floor;
    while (
      leftFrom < aFrom &&
      (items[leftFrom]!.text === ',' ||
        (items[leftFrom]!.kind === 'w' && LEADING_CONNECTIVES.has(items[leftFrom]!.lower)))
    )
      leftFrom++;
    // '"...," the 14th-ranked Schwartzman said': modifiers of the subject belong to the attribution
    for (
      let b = aFrom - 1, n = 0;
      b > leftFrom && n < 4 && items[b]!.kind === 'w' && !items[b]!.upper && !CLAUSE_BREAKERS.has(items[b]!.lower);
      b--, n++
    ) {
      if (isBoundary(items[b - 1])) {
        aFrom = b;
        break;
      }
    }
    let leftTo = aFrom - 1;
    let hasLeft =
      leftTo >= leftFrom &&
      isBoundary(items[leftTo]) &&
      !(cue.lower === 'according to' && cue.from === floor) &&
      !(inherited && cue.info.participle);
    if (hasLeft) {
      while (
        leftTo >= leftFrom &&
        items[leftTo]!.kind !== 'Q' &&
        (items[leftTo]!.text === ',' || DASHES.has(items[leftTo]!.text))
      )
        leftTo--;
    }
    // content on the right
    const stop = nextCue ? nextCue.from - 1 : ceiling;
    let right: { at: number; explicit: boolean } | null = null;
    if (cue.lower === 'according to' && cue.from <= floor + 1 && items[aTo + 1]?.text === ',')
      right = { at: aTo + 2, explicit: true };
    else right = rightContentStart(items, aTo + 1, stop, !vs && cue.info.indirect && cue.info.bare);
    if (hasLeft && right) {
      // 'In a letter in May, Duvall said farmers ...': an introductory phrase is not content, unless
      // the left side ends in a quotation ('"...," Cook said') or the cue follows its subject after one
      const leftIsQuote = items[leftTo]?.kind === 'Q' || items[aFrom - 1]?.kind === 'Q';
      // ... and a bare clause on the right must be a clause, not a stray word or two
      let rightWords = 0;
      for (let j = right.at; j <= stop && rightWords < 4; j++)
        rightWords += items[j]!.kind === 'w' ? 1 : items[j]!.kind === 'Q' ? 4 : 0;
      if (!vs && !leftIsQuote && (right.explicit || rightWords >= 4)) hasLeft = false;
      else if (!right.explicit) right = null;
    }
    if (hasLeft && right?.explicit && items[right.at]?.kind !== 'Q') {
      // '"A," she said, "B."' and 'X, Mayer said, and “patched” ...' take both sides; otherwise left only
      const after = items[aTo + 1];
      if (!(after?.text === ',' && (items[aTo + 2]?.kind === 'Q' || items[aTo + 3]?.kind === 'Q'))) right = null;
    }
    if (hasLeft && leftTo >= leftFrom) frame.contents.push([leftFrom, leftTo]);
    if (right && right.at <= stop) {
      let to = stop;
      // a later attribution's subject ("..., Cook said") is not content
      if (nextCue) {
        const k = skipAuxLeft(items, nextCue.from - 1, right.at);
        const m = k >= right.at ? mentionEndingAt(items, k, right.at, source) : null;
        to = m ? m.from - 1 : k;
      }
      let from = right.at;
      if (items[from]?.text === ',' && items[from + 1]) from++;
      while (from <= to && items[from]!.kind === 'w' && (items[from]!.lower === 'and' || items[from]!.lower === 'but'))
        from++;
      // "Cook joked that he's not Alicia Keys, the singer who ...": a writer's appositive or
      // relative clause after the reported clause is not part of it
      for (let j = from + 2; j < to; j++) {
        if (items[j]!.text !== ',') continue;
        const next = items[j + 1]!;
        if (next.kind !== 'w') continue;
        let rel = next.lower === 'which' || next.lower === 'who' || next.lower === 'whose';
        if (!rel && DETERMINERS.has(next.lower)) {
          for (let r = j + 2; r <= to && r <= j + 7; r++) {
            const w = items[r]!;
            if (w.kind !== 'w') break;
            if (w.lower === 'who' || w.lower === 'which') rel = true;
          }
        }
        if (rel) {
          to = j - 1;
          break;
        }
      }
      // "said the deaths were caused by gunshots and called on the government to ...": a second
      // speech act of the same subject ends the reported clause
      for (let j = from + 1; j < to; j++) {
        const x = items[j]!;
        const y = items[j + 1]!;
        if (
          x.kind === 'w' &&
          x.lower === 'and' &&
          y.kind === 'w' &&
          (FRAGMENT_CUES.has(y.lower) || ACT_VERBS.has(y.lower))
        ) {
          to = j - 1;
          break;
        }
      }
      // 'told VOA that the claim "is patently false," and that "the United States is not ..."':
      // a second complement is its own record
      let split = -1;
      for (let j = from + 1; j < to - 1; j++) {
        if (items[j]!.lower === 'and' && items[j + 1]!.lower === 'that') {
          split = j;
          break;
        }
      }
      if (split > 0) {
        frame.contents.push([from, items[split - 1]!.text === ',' ? split - 2 : split - 1]);
        frame.contents.push([split + 2, to]);
      } else frame.contents.push([from, to]);
    }
    // "where the group maintains a political office": a cue without a reported clause is no
    // attribution, and must not fence off the content of the next one
    if (frame.contents.length === 0 && !cue.info.bare) continue;
    frames.push(frame);
  }
  return frames;
}
