import { assertString, PressroomError } from '@pressroom/core';
import { collectPeople, EntityTable, isOrganisationAnaphor, type Person } from './internal/entities';
import { type Frame, findFrames } from './internal/frames';
import { pairQuoteMarks, type QuoteSpan } from './internal/marks';
import { DOCUMENT_NOUNS, isNameWord, type Mention, mentionEndingAt, mentionStartingAt } from './internal/mentions';
import { type Item, type Sentence, segmentSentences } from './internal/sentences';
import { type Token, tokenize } from './internal/tokens';
import {
  COMPLEMENTIZERS,
  CUE_AUXILIARIES,
  CUE_WORDS,
  FRAGMENT_CUES,
  INDEFINITE_DETERMINERS,
  LEADING_CONNECTIVES,
  ORGANISATION_ANAPHORS,
  ORGANISATION_WORDS,
  PRONOUNS,
} from './lexicon';
import {
  ACRONYM,
  APOSTROPHE_S,
  ENDS_WITH_PUNCT,
  HAS_LETTER,
  LOWER_START,
  NAMED_DOCUMENT,
  SPACE_CHAR,
  SPACE_RUN,
  UPPER_START,
} from './patterns';
import type { ExtractQuotesOptions, Quote, QuoteType, Speaker } from './types';

/** Default cap on input length (UTF-16 code units). */
export const DEFAULT_MAX_LENGTH = 10_000_000;

/** The separator placed between paragraphs given as `string[]`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/** What a record knows about its speaker before resolution. */
type Source =
  | { kind: 'mention'; mention: Mention; role: string | null; exclude: Person[]; partner?: Mention | null }
  | { kind: 'inherit' }
  | { kind: 'none' };

interface Draft {
  start: number;
  end: number;
  type: QuoteType;
  cue: string | null;
  source: Source;
  /** Position used for coreference (the mention's place, else the quote's). */
  pos: number;
  confidence: number;
  /** Item index data for continuation decisions. */
  sentence: number;
}

/** Everything the stages share. */
interface Context {
  text: string;
  tokens: Token[];
  spans: QuoteSpan[];
  sentences: Sentence[];
  table: EntityTable;
  drafts: Draft[];
  /** Quotation indexes already used by a frame. */
  used: Set<number>;
}

/** Conjunctions left at the end of a clause cut before a second cue ("... five years but said"). */
const TRAILING_CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though']);
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '…', '—', '–', '-']);
/** Possessive pronouns and the gender of their owner. */
const POSSESSIVE_PRONOUNS = new Map<string, 'm' | 'f' | 'n'>([
  ['his', 'm'],
  ['her', 'f'],
  ['its', 'n'],
]);

/** Heads of "the company"-like anaphors, which point to the company named last. */
const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'carrier',
  'retailer',
  'bank',
  'automaker',
  'startup',
  'giant',
  'lender',
  'insurer',
  'label',
]);

/** Determiners of a definite description that points back ("the company", "its statement"). */
const DEFINITE_WORDS = new Set(['the', 'this', 'that', 'its']);

/** Words that open a subordinate phrase after a quotation ('"...," as crowds gathered'). */
const SUBORDINATE_STARTS = new Set([
  'as',
  'in',
  'at',
  'while',
  'when',
  'after',
  'before',
  'during',
  'because',
  'since',
  'with',
  'on',
  'outside',
  'inside',
]);
const TITLE_SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'de',
  'la',
  'le',
]);

/** Trims a content range: complementizer and connectives in front, punctuation at the end. */
function trimRange(items: readonly Item[], from: number, to: number): [number, number] | null {
  let a = from;
  let b = to;
  while (
    a <= b &&
    items[a]!.kind !== 'Q' &&
    (items[a]!.kind === 'p' || COMPLEMENTIZERS.has(items[a]!.lower) || LEADING_CONNECTIVES.has(items[a]!.lower))
  ) {
    if (items[a]!.kind === 'p' && items[a]!.text === '(') break;
    a++;
  }
  while (
    b >= a &&
    ((items[b]!.kind === 'p' && TRAILING_PUNCT.has(items[b]!.text)) || TRAILING_CONJUNCTIONS.has(items[b]!.lower))
  )
    b--;
  return a <= b ? [a, b] : null;
}

/** The span of a direct quotation: inside the marks, whitespace-trimmed. */
function innerSpan(text: string, q: QuoteSpan): [number, number] {
  let a = q.innerStart;
  let b = q.innerEnd;
  while (a < b && SPACE_CHAR.test(text[a]!)) a++;
  while (b > a && SPACE_CHAR.test(text[b - 1]!)) b--;
  return [a, b];
}

/** Is the quotation a title, a name or a scare-quoted word rather than speech? */
function looksLikeNonSpeech(text: string, q: QuoteSpan): boolean {
  if (q.words === 0) return true;
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (!HAS_LETTER.test(inner)) return true;
  if (q.words <= 3) return true;
  return looksLikeTitle(text, q);
}

/** The subject and verb that attribute a quoted fragment ('X accused Y of "..."'), if any. */
function fragmentAttribution(
  items: readonly Item[],
  k: number,
  text: string,
): { subject: Mention; cue: string } | null {
  for (let j = k - 1; j >= 0 && j >= k - 15; j--) {
    const it = items[j]!;
    if (it.kind === 'Q' || it.text === '.' || it.text === ';') return null;
    if (it.kind !== 'w' || it.upper || !(FRAGMENT_CUES.has(it.lower) || CUE_WORDS.has(it.lower))) continue;
    let s = j - 1;
    while (s >= 0 && items[s]!.kind === 'w' && CUE_AUXILIARIES.has(items[s]!.lower)) s--;
    const subject = s >= 0 ? mentionEndingAt(items, s, 0, text) : null;
    return subject ? { subject, cue: it.text } : null;
  }
  return null;
}

/** The nearest name or pronoun before item `k` in its sentence. */
function nearestMention(items: readonly Item[], k: number, text: string): Mention | null {
  for (let j = k - 1; j >= 0 && j >= k - 40; j--) {
    const it = items[j]!;
    if (it.kind !== 'w') continue;
    if (!it.upper && !PRONOUNS.has(it.lower)) continue;
    if (it.upper && isNameWord(items[j + 1])) continue;
    const m = mentionEndingAt(items, j, 0, text);
    if (m && m.kind !== 'description') return m;
  }
  return null;
}

/** Is the quotation Title Case (a work, a show, a slogan)? */
function looksLikeTitle(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  const words = inner.split(SPACE_RUN).filter((w) => w.length > 0);
  if (words.length <= 10 && (words.length >= 2 || !ENDS_WITH_PUNCT.test(inner.trim()))) {
    const content = words.filter((w) => !TITLE_SMALL.has(w.toLowerCase()));
    if (content.length > 0 && content.every((w) => !LOWER_START.test(w))) return true;
  }
  return false;
}

// ---------------------------------------------------------------- stages

/** Stage 1: tokens, quotation marks and sentences. */
function analyse(ctx: Context): void {
  ctx.tokens = tokenize(ctx.text);
  ctx.spans = pairQuoteMarks(ctx.text, ctx.tokens);
  ctx.sentences = segmentSentences(ctx.tokens, ctx.spans);
}

/** Stage 2: the people of the article (coreference table). */
function collectEntities(ctx: Context, people: readonly string[]): void {
  collectPeople(ctx.sentences, ctx.text, ctx.table, people);
}

/** Stage 3: quotations and reported clauses under an attribution frame. */
function attributeFrames(ctx: Context): void {
  const { text } = ctx;
  ctx.sentences.forEach((s, si) => {
    const frames = findFrames(s, text);
    for (const f of frames) addFrameDrafts(ctx, s, si, f);
  });
}

function frameSource(f: Frame, ctx: Context, s: Sentence): Source {
  if (f.subject) {
    const exclude: Person[] = [];
    // "he told Cook": the listener is not the speaker
    if (f.info.object && f.subject.kind === 'pronoun') {
      const obj = mentionStartingAt(s.items, f.cueTo + 1, s.items.length - 1, ctx.text);
      if (obj && obj.kind === 'name') {
        const p = ctx.table.lookup(obj.name);
        if (p) exclude.push(p);
      }
    }
    const mention = f.antecedent ?? f.subject;
    return { kind: 'mention', mention, role: f.role ?? f.subject.role, exclude, partner: f.partner };
  }
  return { kind: 'inherit' };
}

function addFrameDrafts(ctx: Context, s: Sentence, si: number, f: Frame): void {
  const items = s.items;
  const source = frameSource(f, ctx, s);
  const pos = f.subject ? f.subject.start : items[f.cueFrom]!.start;
  for (const [from0, to0] of f.contents) {
    const r = trimRange(items, from0, to0);
    if (!r) continue;
    const from = r[0];
    let to = r[1];
    let quotes = 0;
    let words = 0;
    for (let k = from; k <= to; k++) {
      const it = items[k]!;
      if (it.kind === 'Q') quotes++;
      else if (it.kind === 'w') words++;
    }
    // 'chanted “Fund our schools,” and “Put kids first,” as hundreds lined ...': the quotations
    // alone are the speech when the cue frames only quotations or a subordinate phrase follows them
    let leading = from;
    while (
      leading <= to &&
      (items[leading]!.kind === 'Q' || items[leading]!.text === ',' || items[leading]!.lower === 'and')
    )
      leading++;
    const quotesOnly =
      quotes > 0 &&
      words > 0 &&
      items[from]!.kind === 'Q' &&
      (!f.info.indirect || (leading <= to && SUBORDINATE_STARTS.has(items[leading]!.lower)));
    if (quotesOnly) to = leading - 1;
    if (quotes > 0 && (words === 0 || quotesOnly)) {
      for (let k = from; k <= to; k++) {
        const it = items[k]!;
        if (it.kind !== 'Q') continue;
        const q = ctx.spans[it.ref]!;
        const [a, b] = innerSpan(ctx.text, q);
        if (b <= a) continue;
        ctx.used.add(it.ref);
        ctx.drafts.push({
          start: a,
          end: b,
          type: 'direct',
          cue: f.cue,
          source,
          pos,
          confidence: f.subject?.kind === 'name' ? 0.95 : 0.85,
          sentence: si,
        });
      }
      continue;
    }
    // a cue that frames only quotations ("asked", "chanted") reports no paraphrase
    if (quotes > 0 && !f.info.indirect) continue;
    if (quotes > 0) {
      for (let k = from; k <= to; k++) if (items[k]!.kind === 'Q') ctx.used.add(items[k]!.ref);
      ctx.drafts.push({
        start: items[from]!.start,
        end: items[to]!.end,
        type: 'mixed',
        cue: f.cue,
        source,
        pos,
        confidence: 0.8,
        sentence: si,
      });
      continue;
    }
    if (!f.info.indirect || words < 3) continue;
    ctx.drafts.push({
      start: items[from]!.start,
      end: items[to]!.end,
      type: 'indirect',
      cue: f.cue,
      source,
      pos,
      confidence: f.subject ? 0.75 : 0.6,
      sentence: si,
    });
  }
}

/** Stage 4: quotations no frame claimed: continuations, dash attributions, long unattributed quotes. */
function attributeOrphans(ctx: Context): void {
  const { text } = ctx;
  ctx.sentences.forEach((s, si) => {
    const items = s.items;
    let wordsAndQuotes = 0;
    for (const x of items) if (x.kind !== 'p') wordsAndQuotes++;
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind !== 'Q' || ctx.used.has(it.ref)) continue;
      const q = ctx.spans[it.ref]!;
      const [a, b] = innerSpan(text, q);
      if (b <= a) continue;
      // '"..." — Commissioner Jane Doe'
      const dash = items[k + 1];
      if (dash && (dash.text === '—' || dash.text === '–' || dash.text === '-')) {
        const m = mentionStartingAt(items, k + 2, items.length - 1, text);
        if (m && m.kind === 'name' && (m.to === items.length - 1 || items[m.to + 1]!.kind === 'p')) {
          ctx.used.add(it.ref);
          ctx.drafts.push({
            start: a,
            end: b,
            type: 'direct',
            cue: null,
            source: { kind: 'mention', mention: m, role: m.role, exclude: [] },
            pos: m.start,
            confidence: 0.8,
            sentence: si,
          });
          continue;
        }
      }
      const alone = wordsAndQuotes === 1;
      // '"...," Noem told the paper. "It is working."': a quoted sentence standing alone continues
      const prevSentence = ctx.sentences[si - 1];
      const continues =
        alone && q.words >= 1 && prevSentence !== undefined && prevSentence.para === s.para && ctx.drafts.length > 0;
      // 'accused them of "bandit formations"', 'rejected it as "patently false"'
      const fragment = q.words >= 2 && !continues ? fragmentAttribution(items, k, text) : null;
      if (fragment && !looksLikeTitle(text, q)) {
        ctx.used.add(it.ref);
        ctx.drafts.push({
          start: a,
          end: b,
          type: 'direct',
          cue: fragment.cue,
          source: { kind: 'mention', mention: fragment.subject, role: fragment.subject.role, exclude: [] },
          pos: fragment.subject.start,
          confidence: 0.6,
          sentence: si,
        });
        continue;
      }
      if (continues ? looksLikeTitle(text, q) : looksLikeNonSpeech(text, q)) continue;
      const opensParagraph = s.paraStart && k === 0;
      ctx.used.add(it.ref);
      // inside a sentence with no cue, the nearest name before the quotation is the best guess
      // ("privacy, which Apple views as "a fundamental human right"")
      const near = alone || k === 0 ? null : nearestMention(items, k, text);
      ctx.drafts.push({
        start: a,
        end: b,
        type: 'direct',
        cue: null,
        source: near ? { kind: 'mention', mention: near, role: near.role, exclude: [] } : { kind: 'inherit' },
        pos: a,
        confidence: alone || opensParagraph ? 0.7 : 0.5,
        sentence: si,
      });
    }
  });
}

/** Stage 5: resolve every mention to a canonical speaker, in text order. */
function resolveSpeakers(ctx: Context): Quote[] {
  const drafts = ctx.drafts.sort((x, y) => x.start - y.start);
  const quotes: Quote[] = [];
  let last: Speaker | null = null;
  for (const d of drafts) {
    let speaker: Speaker | null = null;
    if (d.source.kind === 'mention') {
      speaker = resolveMention(ctx, d.source.mention, d.source.role, d.source.exclude);
      if (d.source.partner) {
        // coordinated subjects speak together: "Kurt Volker and Tim Morrison"
        const first = resolveMention(ctx, d.source.partner, null, []);
        // "Paganini and his team": the second part keeps its words
        const second = d.source.mention.kind === 'description' ? d.source.mention.text : speaker.name;
        speaker = { name: `${first.name} and ${second}`, mention: `${first.mention} and ${speaker.mention}` };
      }
    } else if (d.source.kind === 'inherit') {
      const prev = last as Speaker | null;
      speaker = prev ? { ...prev } : null;
    }
    if (speaker) last = speaker;
    quotes.push({
      text: ctx.text.slice(d.start, d.end),
      type: d.type,
      speaker,
      cue: d.source.kind === 'mention' || d.cue ? d.cue : null,
      start: d.start,
      end: d.end,
      paragraph: 0,
      confidence: d.confidence,
    });
  }
  return quotes;
}

function withRole(name: string, mention: string, role: string | null | undefined): Speaker {
  const s: Speaker = { name, mention };
  if (role) s.role = role;
  return s;
}

function resolveMention(ctx: Context, m: Mention, role: string | null, exclude: Person[]): Speaker {
  const t = ctx.table;
  if (m.kind === 'pronoun') {
    if (m.gender === 'm' || m.gender === 'f') {
      const found = t.resolvePronoun(m.start, m.gender, exclude);
      if (found) {
        const p = t.canonical(found);
        p.gender ??= m.gender;
        found.gender ??= m.gender;
        return withRole(p.name, m.text, role ?? p.role);
      }
      // "one mother ... she said": the last person described rather than named
      const described = t.lastGroup(m.start, false, true);
      return withRole(described ?? m.text, m.text, role);
    }
    const g = t.lastGroup(m.start) ?? t.resolveOrganisation(m.start);
    return withRole(g ?? m.text, m.text, role);
  }
  if (m.kind === 'name') {
    const p = t.lookup(m.name);
    if (p) return withRole(p.name, m.text, role ?? p.role);
    if (!m.organisation) return withRole(m.name, m.text, role);
    const expanded = ACRONYM.test(m.name) ? t.organisationMatching([m.name], m.start) : undefined;
    if (expanded) {
      t.group(m.start, expanded, true);
      return withRole(expanded, m.text, role);
    }
    const full = t.canonicalOrganisation(m.name, m.start);
    t.group(m.start, full, true);
    return withRole(full, m.text, role);
  }
  // a description
  // "a new Fast Company report": a document speaks for the organisation named in it
  const docName = NAMED_DOCUMENT.exec(m.text);
  if (docName?.[1]) {
    const org = docName[1].trim().replace(APOSTROPHE_S, '');
    t.group(m.start, org, true);
    return withRole(org, m.text, role);
  }
  const byRole = t.byRole(m.text);
  if (byRole) return withRole(byRole.name, m.text, role ?? byRole.role);
  const words = m.text.split(SPACE_RUN);
  // "Company management said" -> "Home Depot management"
  if (words.length >= 2 && COMPANY_NOUNS.has((words[0] ?? '').toLowerCase()) && UPPER_START.test(words[0] ?? '')) {
    const org = t.recentOrganisation(m.start) ?? t.lastGroup(m.start, true);
    if (org) return withRole(`${t.canonicalOrganisation(org, m.start)} ${words.slice(1).join(' ')}`, m.text, role);
  }
  // "his office" -> "Eric Holcomb's office"
  const possessor = POSSESSIVE_PRONOUNS.get((words[0] ?? '').toLowerCase());
  if (possessor && words.length >= 2) {
    const p = possessor === 'm' || possessor === 'f' ? t.resolvePronoun(m.start, possessor) : undefined;
    const owner = p ? t.canonical(p).name : possessor === 'n' ? t.lastGroup(m.start, true) : undefined;
    if (owner) return withRole(`${owner}'s ${words.slice(1).join(' ')}`, m.text, role);
  }
  // "The company published a blog post that said ...": a document introduced right here
  const last = (words[words.length - 1] ?? '').toLowerCase();
  if (INDEFINITE_DETERMINERS.has((words[0] ?? '').toLowerCase()) && DOCUMENT_NOUNS.has(last)) {
    const owner = t.documentOwner(last, m.end);
    if (owner && (owner.end <= m.start || owner.start >= m.end)) {
      const s = resolveMention(ctx, owner, null, []);
      return withRole(s.name, m.text, role ?? s.role);
    }
  }
  if (
    words.length <= 3 &&
    DEFINITE_WORDS.has((words[0] ?? '').toLowerCase()) &&
    !words.slice(1).some((w) => UPPER_START.test(w))
  ) {
    const head = words[words.length - 1]!;
    // "the statement" -> whoever issued the statement introduced before
    const owner =
      words.length <= 3 && DOCUMENT_NOUNS.has(head.toLowerCase())
        ? t.documentOwner(head.toLowerCase(), m.start)
        : undefined;
    if (owner && owner.text !== m.text) {
      const s = resolveMention(ctx, owner, null, []);
      return withRole(s.name, m.text, role ?? s.role);
    }
    const earlier = t.groupWithHead(m.start, head);
    if (earlier) return withRole(earlier, m.text, role);
    // "the production company" -> "Dick Clark Productions", "the commission" -> "... Utilities Commission"
    const h = head.toLowerCase();
    if (ORGANISATION_ANAPHORS.has(h) || ORGANISATION_WORDS.has(h)) {
      const modifiers = words.slice(1, -1);
      const g =
        (modifiers.length > 0 ? t.organisationMatching(modifiers, m.start) : undefined) ??
        (ORGANISATION_WORDS.has(h) && !ORGANISATION_ANAPHORS.has(h)
          ? t.organisationMatching([head], m.start)
          : undefined);
      if (g) return withRole(g, m.text, role);
    }
    if (isOrganisationAnaphor(m.text)) {
      // "the company" is the company named last; "the group", "the agency" the last organisation quoted
      const found =
        (COMPANY_NOUNS.has(h) ? t.recentOrganisation(m.start) : undefined) ??
        t.lastGroup(m.start, true) ??
        t.resolveOrganisation(m.start);
      const g = found === undefined ? undefined : t.canonicalOrganisation(found, m.start);
      if (g) return withRole(g, m.text, role);
    }
  }
  const head = (words[words.length - 1] ?? '').toLowerCase();
  t.group(m.start, m.text, ORGANISATION_ANAPHORS.has(head) || ORGANISATION_WORDS.has(head));
  return withRole(m.text, m.text, role);
}

/** Stage 6: overlapping records (a quotation claimed twice) keep the first, longest one. */
function dedupe(quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (prev && q.start < prev.end) {
      if (q.end - q.start > prev.end - prev.start && q.confidence >= prev.confidence) out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  return out;
}

/** Stage 7: paragraph index of each quotation. */
function numberParagraphs(quotes: Quote[], paragraphStarts: readonly number[]): void {
  let p = 0;
  for (const q of quotes) {
    while (p + 1 < paragraphStarts.length && paragraphStarts[p + 1]! <= q.start) p++;
    q.paragraph = p;
  }
}

function paragraphStartsOf(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i >= 0) {
    let j = i;
    while (j < text.length && SPACE_CHAR.test(text[j]!)) j++;
    if (j < text.length && j > i) starts.push(j);
    i = text.indexOf('\n', j);
  }
  return starts;
}

/**
 * Finds every quotation in an article: direct (verbatim, in quotation marks), mixed (paraphrase
 * with quoted words) and indirect (reported speech under a speech cue), each with its speaker
 * resolved to a canonical name, the cue, the role the article gives, and offsets.
 *
 * Pass the article text as one string (paragraphs separated by line breaks), or its paragraphs
 * as an array: they are then joined by `"\n\n"` and offsets point into that joined string;
 * `paragraph` is the array index. Never throws on any string; throws a `PressroomError`
 * (`PRESSROOM_INVALID_INPUT`, `PRESSROOM_INPUT_TOO_LARGE`) on a wrong type or oversized input.
 *
 * @example
 * extractQuotes('"We are cooperating," said Jane Doe, a spokesperson for Acme. Doe said talks would resume.');
 * // [
 * //   { text: 'We are cooperating,', type: 'direct', cue: 'said', start: 1, end: 20, paragraph: 0,
 * //     speaker: { name: 'Jane Doe', mention: 'Jane Doe', role: 'a spokesperson for Acme' }, confidence: 0.95 },
 * //   { text: 'talks would resume', type: 'indirect', cue: 'said', start: 71, end: 89, paragraph: 0,
 * //     speaker: { name: 'Jane Doe', mention: 'Doe', role: 'a spokesperson for Acme' }, confidence: 0.75 },
 * // ]
 */
export function extractQuotes(input: string | readonly string[], options: ExtractQuotesOptions = {}): Quote[] {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (typeof maxLength !== 'number' || !(maxLength > 0)) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `extractQuotes: maxLength must be a positive number, got ${String(maxLength)}.`,
    );
  }
  const people = options.people ?? [];
  if (!Array.isArray(people) || people.some((p) => typeof p !== 'string')) {
    throw new PressroomError('PRESSROOM_INVALID_OPTION', 'extractQuotes: people must be an array of names (strings).');
  }
  let text: string;
  let paragraphStarts: number[];
  if (Array.isArray(input)) {
    const parts = input as readonly unknown[];
    paragraphStarts = [];
    let offset = 0;
    for (const [i, p] of parts.entries()) {
      if (typeof p !== 'string') {
        throw new PressroomError(
          'PRESSROOM_INVALID_INPUT',
          `extractQuotes expects a string or an array of strings; paragraph ${i} is ${typeof p}.`,
        );
      }
      paragraphStarts.push(offset);
      offset += p.length + PARAGRAPH_SEPARATOR.length;
    }
    text = (parts as string[]).join(PARAGRAPH_SEPARATOR);
    assertString(text, { fn: 'extractQuotes', expected: 'article text', maxLength, maxLengthOption: 'maxLength' });
  } else {
    assertString(input, {
      fn: 'extractQuotes',
      expected: 'article text (a string or an array of paragraphs)',
      maxLength,
      maxLengthOption: 'maxLength',
    });
    text = input;
    paragraphStarts = paragraphStartsOf(text);
  }
  const ctx: Context = {
    text,
    tokens: [],
    spans: [],
    sentences: [],
    table: new EntityTable(),
    drafts: [],
    used: new Set(),
  };
  analyse(ctx);
  collectEntities(
    ctx,
    people.map((p) => p.trim()).filter((p) => p.length > 0),
  );
  attributeFrames(ctx);
  attributeOrphans(ctx);
  const quotes = dedupe(resolveSpeakers(ctx));
  numberParagraphs(quotes, paragraphStarts);
  return quotes;
}
