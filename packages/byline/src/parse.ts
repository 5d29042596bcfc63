import { assertString } from '@pressroom/core';
import { L } from './internal/lexicon';
import {
  ACRONYM,
  AFTER_HYPHEN_OR_APOSTROPHE,
  ARABIC_ARTICLE_WORD,
  BIO_SENTENCE,
  BRAND_WORD,
  BY_START,
  CAMEL_NAME_PREFIX,
  CAPS_NAME_WORD,
  CASELESS_WORD,
  COMBINING_MARKS,
  CONNECTOR,
  CREDENTIAL_WORD,
  DATELINE_AGENCY,
  DECORATION,
  DIGIT,
  DOMAIN,
  DOTS,
  EDITORIAL_OR_THE,
  EMAIL,
  GLUE_BOUNDARY,
  HANDLE,
  HANGUL_POSSESSIVE,
  INITIALS,
  KEPT_DOT_END,
  KOREAN_BRACKET,
  LABEL_WORD,
  LEADING_CAPITALS,
  LEADING_WORD,
  LETTER,
  LOWER,
  MC_CAPS_WORD,
  MC_PREFIX,
  NAME_WORD,
  NON_ALPHANUMERIC,
  NOT_IN_NAME,
  OUTLET_CONNECTOR,
  PARENTHESES,
  PERIOD_SEPARATOR,
  POSSESSIVE,
  SENTENCE_DOT_END,
  SEPARATOR,
  SINGLE_CAPITAL,
  UPPER,
  URL,
  WHITESPACE,
} from './patterns';
import type { AuthorSource, Byline, Person } from './types';

/**
 * Bylines longer than this many characters are cut before parsing: no real byline is longer.
 *
 * @example
 * parseByline(`By Jane Doe | ${'x'.repeat(5000)}`).authors; // [{ name: 'Jane Doe', source: 'text' }]
 */
export const MAX_BYLINE_LENGTH = 1000;

interface Context {
  source: AuthorSource;
  persons: Person[];
  organizations: string[];
  roles: string[];
  handles: string[];
  /** "X Staff" credits: a role when a person is credited too, else X is the organisation. */
  desks: { organization: string; text: string }[];
  /** A role printed before the next name ("Staff Writer Jane Doe"). */
  pendingRole: string | null;
}

/**
 * Parses one byline string into people, organisations, roles and handles.
 *
 * Removes prefixes ("By", "Posted by", "Von", "Por", "Текст:") as whole words only; splits on
 * commas, "and", "&", ";", "|", "with", "et", "und", "y", "e"; cuts dates, times, "Updated …",
 * e-mails, URLs and handles (handles come back in `handles`); sets roles ("Staff Writer") and
 * organisations (wire services, outlets, desks) apart from people; title-cases ALL-CAPS names
 * and surnames printed in capitals ("Marie-Claire O'NEILL" -> "Marie-Claire O'Neill"); drops
 * connectives left dangling once a handle or e-mail is cut ("…, and @jdoe");
 * turns "Doe, Jane" round; drops editors, photographers and interface text ("Follow", "View all
 * posts"). Never throws on a string; strings over {@link MAX_BYLINE_LENGTH} characters are cut.
 *
 * @example
 * parseByline('By JANE DOE and John Smith, Reuters | Updated 5 Jan 2024');
 * // {
 * //   authors: [{ name: 'Jane Doe', source: 'text' }, { name: 'John Smith', source: 'text' }],
 * //   organizations: ['Reuters'], roles: [], handles: [],
 * //   raw: 'By JANE DOE and John Smith, Reuters | Updated 5 Jan 2024'
 * // }
 */
export function parseByline(raw: string): Byline {
  assertString(raw, { fn: 'parseByline', expected: 'a byline string' });
  return parseBylineFrom(raw, 'text');
}

/** `parseByline` with the source to record on each person (used by `findBylines`). */
export function parseBylineFrom(raw: string, source: AuthorSource): Byline {
  const ctx: Context = {
    source,
    persons: [],
    organizations: [],
    roles: [],
    handles: [],
    desks: [],
    pendingRole: null,
  };
  let s = normalizeSpace(raw.length > MAX_BYLINE_LENGTH ? raw.slice(0, MAX_BYLINE_LENGTH) : raw);
  s = takeContacts(s, ctx);
  s = unglue(s);
  s = takeKoreanBracket(s, ctx);
  s = takeDateline(s, ctx);
  s = normalizeSpace(s);
  if (s && !isPhotoCredit(s)) {
    for (const chunk of splitCredits(s)) if (chunk.author) parseChunk(chunk.text, ctx);
  }
  return finish(ctx, raw);
}

// ---------------------------------------------------------------------------------------------
// Stages over the whole string

function normalizeSpace(s: string): string {
  return s.replace(DECORATION, ' ').replace(WHITESPACE, ' ').trim();
}

/** URLs and e-mails are dropped; handles are kept apart. */
function takeContacts(s: string, ctx: Context): string {
  let out = s.replace(URL, ' ').replace(EMAIL, ' ');
  out = out.replace(HANDLE, (handle) => {
    let clean = handle;
    while (clean.endsWith('.')) clean = clean.slice(0, -1);
    if (clean.length > 1) ctx.handles.push(clean);
    return ' ';
  });
  return out;
}

/** Words that, glued to the end of a name by textContent, start a new credit. */
const GLUE_WORDS = new Set<string>([
  ...L.months,
  ...L.weekdays,
  ...L.publication,
  ...L.roleHeads,
  ...L.roleModifiers,
  ...L.ui.map((phrase) => phrase[0] ?? ''),
  'associated',
  'posted',
  'view',
]);

/** Splits words glued by the DOM ("JamesStaff Writer", "Winter19 Nov", "HelselPhil Helsel"). */
function unglue(s: string): string {
  if (!GLUE_BOUNDARY.test(s)) return s;
  GLUE_BOUNDARY.lastIndex = 0;
  const standalone = new Set(s.split(' '));
  return s.replace(GLUE_BOUNDARY, (_match: string, offset: number) => {
    const next = s.charAt(offset);
    if (next === '(' || DIGIT.test(next)) return ' ';
    const word = LEADING_WORD.exec(s.slice(offset, offset + 40))?.[0] ?? '';
    if (!word) return '';
    if (GLUE_WORDS.has(word.toLowerCase()) || standalone.has(word)) return ' ';
    if (LEADING_CAPITALS.test(word) && LOWER.test(s.charAt(offset - 1))) return ' ';
    return '';
  });
}

/** Korean columns: "[엔터미디어=정덕현의 이슈공감]" names the outlet and the columnist. */
function takeKoreanBracket(s: string, ctx: Context): string {
  const match = KOREAN_BRACKET.exec(s);
  if (!match) return s;
  const outlet = (match[1] ?? '').trim();
  if (outlet) ctx.organizations.push(outlet);
  for (const word of (match[2] ?? '').split(' ')) {
    const name = HANGUL_POSSESSIVE.exec(word)?.[1];
    if (name) {
      pushPerson(name, ctx);
      break;
    }
  }
  return s.replace(match[0], ' ');
}

/** Datelines: "HAYWARD, Calif. (AP)" credits the agency and names no author. */
function takeDateline(s: string, ctx: Context): string {
  const match = DATELINE_AGENCY.exec(s);
  if (!match) return s;
  const agency = match[1] ?? '';
  ctx.organizations.push(L.wires.get(agency.toLowerCase()) ?? agency);
  const before = s.slice(0, match.index);
  const after = s.slice(match.index + match[0].length);
  // "HAYWARD, Calif. (AP) —" is a dateline: its place goes; "Jane Doe (Reuters)" keeps the name
  const first = before.trim().split(' ')[0] ?? '';
  return LEADING_CAPITALS.test(first) && isAllCaps(first) ? after : `${before} ${after}`;
}

/** "(Jacquelyn Martin / Associated Press)", "Robyn Beck/AFP/Getty Images": photo credits, not bylines. */
function isPhotoCredit(s: string): boolean {
  if (!s.includes('/')) return false;
  if (s.startsWith('(') && s.endsWith(')')) return true;
  if (BY_START.test(s)) return false;
  return s.split('/').some((part) => {
    const p = part.replace(PARENTHESES, '').trim().toLowerCase();
    return L.photo.has(p) || p.endsWith(' file') || p.includes('getty') || p.includes('photo library');
  });
}

interface Chunk {
  author: boolean;
  text: string;
}

/** Characters around a word that do not stop it from being a prefix: "(Reporting", "|BY:". */
const PREFIX_EDGE = new Set([...'([{"\'“‘|•·*-–—,;)]}']);

function prefixWord(token: string): { word: string; colon: boolean } {
  let start = 0;
  let end = token.length;
  while (start < end && PREFIX_EDGE.has(token.charAt(start))) start++;
  while (end > start && PREFIX_EDGE.has(token.charAt(end - 1))) end--;
  let word = token.slice(start, end).toLowerCase();
  const colon = word.endsWith(':') || word.endsWith('：');
  if (colon) word = word.slice(0, -1);
  return { word, colon };
}

/**
 * Splits on credit prefixes ("By …", "Editing by …", "Photos by …", "Publicado por: …"), word by
 * word against the lexicon; only author chunks are kept by the caller.
 */
function splitCredits(s: string): Chunk[] {
  const tokens = s.split(' ');
  const words = tokens.map(prefixWord);
  const chunks: Chunk[] = [];
  let author = true;
  let from = 0;
  let firstWord = 0;
  while (firstWord < words.length && !words[firstWord]?.word) firstWord++;
  for (let i = 0; i < tokens.length; i++) {
    const entries = L.prefixesByWord.get(words[i]?.word ?? '');
    if (!entries) continue;
    let matched: { length: number; author: boolean } | null = null;
    for (const entry of entries) {
      if (entry.start && i !== firstWord) continue;
      const n = entry.words.length;
      let ok = i + n <= tokens.length;
      for (let k = 1; ok && k < n; k++) ok = words[i + k]?.word === entry.words[k] && !words[i + k - 1]?.colon;
      if (!ok) continue;
      const last = words[i + n - 1];
      const nextIsColon = tokens[i + n] === ':' || tokens[i + n] === '：';
      const hasColon = !!last?.colon || nextIsColon;
      if (entry.colon && !hasColon) continue;
      matched = { length: n + (nextIsColon ? 1 : 0), author: entry.author };
      break;
    }
    if (!matched) continue;
    chunks.push({ author, text: tokens.slice(from, i).join(' ') });
    author = matched.author;
    from = i + matched.length;
    i = from - 1;
  }
  chunks.push({ author, text: tokens.slice(from).join(' ') });
  return chunks;
}

// ---------------------------------------------------------------------------------------------
// One credit chunk: "Jane Doe and John Smith, Reuters | Updated 5 Jan"

function parseChunk(text: string, ctx: Context): void {
  let t = text;
  const bio = BIO_SENTENCE.exec(t);
  if (bio) t = t.slice(0, bio.index);
  t = cutAtInterfaceText(t);
  t = keepBeforeDate(t);
  t = trimEdges(t);
  // "Doe, Jane, and" once "@jdoe" was cut: the connective goes before the name is read
  const words = t.split(' ');
  const kept = trimConnectives(words);
  if (kept.length !== words.length) t = trimEdges(kept.join(' '));
  if (!t) return;
  const inverted = invertedName(t);
  if (inverted) {
    pushPerson(inverted, ctx);
    return;
  }
  for (const segment of splitSegments(t)) classifySegment(segment, ctx);
}

const EDGE = new Set([...' ,;:|/\\-–—•·*()[]{}"\'“”‘’«»!?¡¿.…', '\u00b7']);

function trimEdges(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && EDGE.has(s.charAt(start))) start++;
  while (end > start && EDGE.has(s.charAt(end - 1))) {
    // keep the dot of an initial or a suffix: "J.", "Jr."
    if (s.charAt(end - 1) === '.' && KEPT_DOT_END.test(s.slice(Math.max(start, end - 4), end))) break;
    end--;
  }
  return s.slice(start, end);
}

/** A word without the punctuation around it, lower-case. */
function bare(word: string): string {
  return trimEdges(word).toLowerCase();
}

function cutAtInterfaceText(t: string): string {
  const words = t.split(' ');
  const lower = words.map(bare);
  for (let i = 0; i < words.length; i++) {
    for (const phrase of L.ui) {
      if (phrase[0] !== lower[i]) continue;
      let ok = true;
      for (let k = 1; k < phrase.length; k++) {
        if (lower[i + k] !== phrase[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return words.slice(0, i).join(' ');
    }
  }
  return t;
}

function isDateWord(words: string[], lower: string[], i: number): boolean {
  const w = lower[i] ?? '';
  if (!w) return false;
  if (DIGIT.test(w)) return true;
  if (L.weekdays.has(w) || L.publication.has(w)) return true;
  const near = DIGIT.test(words[i + 1] ?? '') || DIGIT.test(words[i - 1] ?? '');
  if ((L.months.has(w) || L.weakWeekdays.has(w)) && near) return true;
  const next = lower[i + 1] ?? '';
  if (w === 'last' && (next === 'updated' || next === 'modified')) return true;
  if (w === 'original' && (L.months.has(next) || DIGIT.test(next))) return true;
  return false;
}

/** Cuts dates, times and "Updated …": keeps what is before the first one, or after a leading one. */
function keepBeforeDate(t: string): string {
  const words = t.split(' ');
  const lower = words.map(bare);
  const n = words.length;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (isDateWord(words, lower, i)) {
      first = i;
      break;
    }
  }
  if (first < 0) return t;
  const before = words.slice(0, first);
  const meaningful = (w: string, i: number) =>
    LETTER.test(w) && !L.dangling.has(lower[i] ?? '') && !LABEL_WORD.test(w) && !L.clock.has(lower[i] ?? '');
  if (before.some(meaningful)) return before.join(' ');
  let j = first;
  while (j < n && (isDateWord(words, lower, j) || !meaningful(words[j] ?? '', j))) j++;
  let k = j;
  while (k < n && !isDateWord(words, lower, k)) k++;
  return words.slice(j, k).join(' ');
}

function isNameWord(word: string): boolean {
  return NAME_WORD.test(word) && !BRAND_WORD.test(word);
}

/** "Doe, Jane" -> "Jane Doe"; null when the string is not one inverted name. */
function invertedName(t: string): string | null {
  const parts = t.split(',');
  if (parts.length !== 2) return null;
  const last = (parts[0] ?? '').trim();
  const given = (parts[1] ?? '').trim().split(' ');
  if (!last || last.includes(' ') || given.length < 1 || given.length > 2) return null;
  const words = [last, ...given];
  if (!words.every((w) => isNameWord(w) || INITIALS.test(w))) return null;
  if (INITIALS.test(last)) return null;
  for (const w of words) {
    const b = bare(w);
    if (
      L.wires.has(b) ||
      L.outlets.has(b) ||
      L.places.has(b) ||
      L.generic.has(b) ||
      L.credentials.has(b.replace(DOTS, '')) ||
      L.suffixes.has(b) ||
      L.roleHeads.has(b) ||
      L.roleModifiers.has(b) ||
      L.desk.has(b) ||
      L.orgWords.has(b) ||
      L.months.has(b) ||
      L.weekdays.has(b)
    )
      return null;
  }
  const tokens = [...given, last];
  return isAllCaps(t) ? titleCase(tokens) : withSurnameCased(tokens).join(' ');
}

function splitSegments(t: string): string[] {
  const out: string[] = [];
  for (const a of t.split(SEPARATOR)) {
    if (!a) continue;
    for (const b of a.split(CONNECTOR)) {
      if (!b) continue;
      for (const c of b.split(PERIOD_SEPARATOR)) {
        const seg = trimEdges(c);
        if (seg) out.push(...splitAtOutlet(seg));
      }
    }
  }
  return out;
}

/** "Jane Doe for Metro.co.uk", "Jane Doe in Washington": split only when a name comes first. */
function splitAtOutlet(segment: string): string[] {
  const match = OUTLET_CONNECTOR.exec(segment);
  if (!match) return [segment];
  const left = segment.slice(0, match.index).split(' ').map(cleanToken).filter(Boolean);
  if (!validName(left) || hasOrganizationWord(left)) return [segment];
  return [segment.slice(0, match.index), segment.slice(match.index + match[0].length)];
}

// ---------------------------------------------------------------------------------------------
// One segment: a person, a role, an organisation, or nothing

function isAllCaps(s: string): boolean {
  return UPPER.test(s) && !LOWER.test(s);
}

function cleanToken(word: string): string {
  let w = word;
  let start = 0;
  let end = w.length;
  const strip = ',;:|!?"“”«»()[]{}*';
  while (start < end && strip.includes(w.charAt(start))) start++;
  while (end > start && strip.includes(w.charAt(end - 1))) end--;
  w = w.slice(start, end);
  // "Howell." at the end of a sentence; keep "J.", "Jr.", "St."
  if (SENTENCE_DOT_END.test(w) && w.indexOf('.') === w.length - 1) w = w.slice(0, -1);
  return w;
}

function roleAllowed(word: string): boolean {
  const w = bare(word);
  return (
    L.roleModifiers.has(w) ||
    L.roleHeads.has(w) ||
    L.roleWires.has(w) ||
    (ACRONYM.test(word) && word.length <= 5) ||
    w === '-' ||
    w === '–'
  );
}

function isRoleHead(word: string): boolean {
  return L.roleHeads.has(bare(word));
}

function isRole(tokens: string[]): boolean {
  return tokens.length > 0 && tokens.every(roleAllowed) && tokens.some(isRoleHead);
}

/** The span of a role inside a segment: leading ("Staff Writer Jane Doe") or trailing ("Jane Doe Staff Writer"). */
function findRole(tokens: string[]): { start: number; end: number } | null {
  const n = tokens.length;
  const from = (i: number): number => {
    let best = -1;
    for (let j = i; j < n && roleAllowed(tokens[j] ?? ''); j++) if (isRoleHead(tokens[j] ?? '')) best = j;
    return best;
  };
  const lead = from(0);
  if (lead >= 0 && lead < n - 1) return { start: 0, end: lead };
  for (let i = 2; i < n; i++) {
    const j = from(i);
    if (j >= 0) return { start: i, end: j };
  }
  if (n > 1) {
    const j = from(1);
    if (j >= 0) return { start: 1, end: j };
  }
  return null;
}

function pushRole(tokens: string[], ctx: Context, attach: 'previous' | 'next'): void {
  const text = tokens.join(' ');
  ctx.roles.push(text);
  for (const t of tokens) {
    const wire = L.roleWires.get(bare(t));
    if (wire) ctx.organizations.push(wire);
  }
  if (attach === 'next') ctx.pendingRole = text;
  else {
    const last = ctx.persons[ctx.persons.length - 1];
    if (last && last.role === undefined) last.role = text;
  }
}

const CASELESS_ROLE_HEADS = [...L.roleHeads].filter((head) => CASELESS_WORD.test(head));

/** "山田太郎記者" -> "山田太郎", "記者": scripts without spaces glue the title to the name. */
function splitGluedRole(token: string): string[] {
  if (!CASELESS_WORD.test(token)) return [token];
  for (const head of CASELESS_ROLE_HEADS) {
    if (token.length >= head.length + 2 && token.endsWith(head)) return [token.slice(0, -head.length), head];
  }
  return [token];
}

function hasOrganizationWord(tokens: string[]): boolean {
  for (const t of tokens) if (L.orgWords.has(bare(t))) return true;
  const joined = tokens.join(' ');
  return L.orgInfixes.some((infix) => joined.includes(infix));
}

function classifySegment(segment: string, ctx: Context): void {
  let raw = segment.split(' ').filter(Boolean);
  // labels: "Topic: Hardware", "Categoria: Saúde"
  const label = raw.findIndex((t) => LABEL_WORD.test(t));
  if (label === 0) return;
  if (label > 0) raw = raw.slice(0, label);
  const cleaned = raw.map(cleanToken).filter(Boolean);
  const whole = cleaned.join(' ').toLowerCase();
  // a connective left at the edge once a handle, e-mail, URL or date was cut: "…, and @jdoe"
  let tokens = trimConnectives(cleaned);
  if (tokens.length === 0) return;
  const text = tokens.join(' ');
  if (!LETTER.test(text)) return;
  const lower = text.toLowerCase();

  const last = ctx.persons[ctx.persons.length - 1];
  if (L.suffixes.has(lower) && last && tokens.length === 1) {
    last.name = `${last.name} ${isAllCaps(text) ? titleCase(tokens) : text}`;
    return;
  }
  if (isRole(tokens)) {
    pushRole(tokens, ctx, 'previous');
    return;
  }
  if (L.generic.has(lower) || L.generic.has(whole) || L.places.has(lower)) return;
  const wire = L.wires.get(lower);
  if (wire) {
    ctx.organizations.push(wire);
    return;
  }
  if (L.outlets.has(lower)) {
    ctx.organizations.push(text);
    return;
  }
  if (tokens.every((t) => L.credentials.has(bare(t).replace(DOTS, '')) && !LOWER.test(t.charAt(0)))) return;
  if (L.rolePhraseStarts.some((p) => lower.startsWith(`${p} `))) {
    pushRole(tokens, ctx, 'previous');
    return;
  }
  for (let k = tokens.length - 1; k >= 0; k--) {
    const suffix = tokens.slice(k).join(' ').toLowerCase();
    if (L.desk.has(suffix)) {
      let rest = tokens.slice(0, k);
      while (rest.length && EDITORIAL_OR_THE.test(rest[rest.length - 1] ?? '')) rest = rest.slice(0, -1);
      const organization = organizationText(rest);
      ctx.desks.push({
        organization: isAllCaps(organization) ? titleCase(organization.split(' ')) : organization,
        text,
      });
      return;
    }
  }
  if (tokens.length === 1 && DOMAIN.test(text)) {
    ctx.organizations.push(text);
    return;
  }
  if (bare(tokens[0] ?? '') === 'the' && tokens.length > 1) {
    ctx.organizations.push(text);
    return;
  }
  // a wire inside a role: "Jane Doe Associated Press Writer"
  for (let k = 1; k < tokens.length - 1; k++) {
    let found = false;
    for (let m = 1; m <= 3 && k + m < tokens.length; m++) {
      const wireName = L.wires.get(
        tokens
          .slice(k, k + m)
          .join(' ')
          .toLowerCase(),
      );
      const rest = tokens.slice(k + m);
      if (wireName && isRole(rest)) {
        ctx.organizations.push(wireName);
        classifyName(tokens.slice(0, k), ctx);
        pushRole(tokens.slice(k), ctx, 'previous');
        found = true;
        break;
      }
    }
    if (found) return;
  }
  // trailing outlet or wire: "Tom Davies Associated Press", "Jill Disis CNN Business"
  for (let k = 1; k < tokens.length; k++) {
    const suffix = tokens.slice(k).join(' ').toLowerCase();
    const name = L.wires.get(suffix) ?? (L.outlets.has(suffix) ? tokens.slice(k).join(' ') : null);
    if (name) {
      ctx.organizations.push(name);
      tokens = tokens.slice(0, k);
      break;
    }
  }
  // trailing acronyms, brands and domains in a mixed-case segment: "Kevin McCoy USA TODAY"
  if (!isAllCaps(tokens.join(' '))) {
    const tail: string[] = [];
    // "Jean DUPONT", "Marie-Claire O'NEILL": a surname printed in capitals is part of the name
    const capsSurname = capsSurnameStart(tokens) >= 0;
    while (tokens.length > 1 && !capsSurname) {
      const t = tokens[tokens.length - 1] ?? '';
      const isAcronym = ACRONYM.test(t) && !L.suffixes.has(t.toLowerCase()) && !L.credentials.has(bare(t));
      if (isAcronym || BRAND_WORD.test(t) || DOMAIN.test(t)) {
        tail.unshift(t);
        tokens = tokens.slice(0, -1);
      } else break;
    }
    if (tail.length) ctx.organizations.push(tail.join(' '));
    // credentials without a comma: "Jane Doe PhD"
    while (tokens.length > 1 && CREDENTIAL_WORD.test(tokens[tokens.length - 1] ?? '')) {
      if (!L.credentials.has(bare(tokens[tokens.length - 1] ?? '').replace(DOTS, ''))) break;
      tokens = tokens.slice(0, -1);
    }
  }
  tokens = tokens.flatMap(splitGluedRole);
  const role = findRole(tokens);
  if (role) {
    const roleTokens = tokens.slice(role.start, role.end + 1);
    if (role.start === 0) {
      pushRole(roleTokens, ctx, 'next');
      classifySegment(tokens.slice(role.end + 1).join(' '), ctx);
      return;
    }
    const rest = tokens.slice(role.end + 1);
    classifyName(tokens.slice(0, role.start), ctx);
    pushRole(roleTokens, ctx, 'previous');
    if (rest.length) classifySegment(rest.join(' '), ctx);
    return;
  }
  classifyName(tokens, ctx);
}

/**
 * Connectives at either edge of a credit ("and", "et", "und", "y", "con", "och" …) and function
 * words at its end ("of", "the", "on"), left over once a handle, e-mail, URL or date was cut
 * out. Lower-case ones always go; capitalised ones only when they can never be a name ("And").
 */
function trimConnectives(tokens: string[]): string[] {
  const connective = (token: string, end: boolean): boolean => {
    const b = bare(token);
    if (L.anyCaseConnectives.has(b)) return true;
    if (UPPER.test(token)) return false;
    return L.connectives.has(b) || (end && L.dangling.has(b));
  };
  let start = 0;
  let end = tokens.length;
  while (start < end && connective(tokens[start] ?? '', false)) start++;
  while (end > start && connective(tokens[end - 1] ?? '', true)) end--;
  return start === 0 && end === tokens.length ? tokens : tokens.slice(start, end);
}

/** A given name or an initial before a surname in capitals: "Jean", "Marie-Claire", "J.". */
function isGivenWord(word: string): boolean {
  if (INITIALS.test(word)) return true;
  if (!NAME_WORD.test(word) || !LOWER.test(word) || BRAND_WORD.test(word) || MC_CAPS_WORD.test(word)) return false;
  const b = bare(word);
  return !L.roleHeads.has(b) && !L.roleModifiers.has(b) && !L.desk.has(b) && !L.generic.has(b);
}

/** A capitalised word that names an outlet, a wire, a desk, a role, a credential or a place. */
function isKnownNonName(word: string): boolean {
  const b = bare(word);
  return (
    L.wires.has(b) ||
    L.outlets.has(b) ||
    L.orgWords.has(b) ||
    L.roleWires.has(b) ||
    L.roleHeads.has(b) ||
    L.desk.has(b) ||
    L.credentials.has(b.replace(DOTS, '')) ||
    L.places.has(b) ||
    L.generic.has(b) ||
    L.months.has(b) ||
    L.weekdays.has(b)
  );
}

/**
 * Where a surname printed in capitals starts in an otherwise mixed-case name, or -1: "Jean
 * DUPONT" (1), "Marie-Claire O'NEILL" (1), "Ewan McGREGOR" (1), "Anna VAN DER BERG" (1),
 * "John F. KENNEDY" (2). One to three given names or initials (one at least in mixed case),
 * then only capitalised surname words (a suffix may close them). An acronym is not a surname:
 * the capitals must not be a known outlet, wire, desk, role or credential, and a plain word
 * needs four letters after one given name, five after more ("Jane Doe CNBC" keeps its outlet);
 * an apostrophe (O'NEILL), a Mc/Mac prefix (McGREGOR) or a particle (VAN DER BERG) is enough.
 */
function capsSurnameStart(tokens: string[]): number {
  const n = tokens.length;
  if (n < 2 || n > 6) return -1;
  let k = 0;
  while (k < n && isGivenWord(tokens[k] ?? '')) k++;
  if (k === 0 || k > 3 || k === n) return -1;
  const given = tokens.slice(0, k);
  if (!given.some((t) => LOWER.test(t)) || hasOrganizationWord(given)) return -1;
  const surname = tokens.slice(k);
  if (L.wires.has(surname.join(' ').toLowerCase()) || L.outlets.has(surname.join(' ').toLowerCase())) return -1;
  let strong = false;
  let longest = 0;
  for (let i = 0; i < surname.length; i++) {
    const t = surname[i] ?? '';
    const b = bare(t);
    const last = i === surname.length - 1;
    if (i > 0 && last && L.suffixes.has(b)) continue;
    if (MC_CAPS_WORD.test(t)) {
      strong = true;
      continue;
    }
    if (!CAPS_NAME_WORD.test(t) || isKnownNonName(t)) return -1;
    if (!last && L.particles.has(b)) {
      strong = true;
      continue;
    }
    if (t.includes("'") || t.includes('’')) strong = true;
    for (const part of t.split('-')) longest = Math.max(longest, part.length);
  }
  if (longest === 0 && !strong) return -1;
  if (!strong && longest < (k === 1 ? 4 : 5)) return -1;
  return k;
}

/** The name with its surname in capitals title-cased ("Marie-Claire O'Neill"); unchanged otherwise. */
function withSurnameCased(tokens: string[]): string[] {
  const k = capsSurnameStart(tokens);
  if (k < 0) return tokens;
  const cased = titleCase(tokens).split(' ');
  return tokens.map((t, i) => {
    if (i < k) return t;
    const mc = MC_CAPS_WORD.exec(t);
    if (mc) return `${mc[1] ?? ''}${mc[2] ?? ''}${(mc[3] ?? '').toLowerCase()}`;
    return cased[i] ?? t;
  });
}

/** A run of words that should be one name, or an organisation. */
function classifyName(tokens: string[], ctx: Context): void {
  if (tokens.length === 0) return;
  const text = tokens.join(' ');
  if (hasOrganizationWord(tokens)) {
    // "Elliot Brownstein Florida Today": a long credit that starts with a name
    if (coreCount(tokens) > 3) {
      for (let k = 2; k < tokens.length - 1; k++) {
        const head = tokens.slice(0, k);
        if (coreCount(head) === 2 && !hasOrganizationWord(head) && validName(head)) {
          pushPerson(validName(head) ?? '', ctx);
          ctx.organizations.push(organizationText(tokens.slice(k)));
          return;
        }
      }
    }
    ctx.organizations.push(organizationText(tokens));
    return;
  }
  // a single word after a credited person is the outlet: "Victor Tangermann, Futurism"
  if (tokens.length === 1 && ctx.persons.length > 0 && !CASELESS_WORD.test(text)) {
    ctx.organizations.push(text);
    return;
  }
  const name = validName(tokens);
  if (name) {
    pushPerson(name, ctx);
    return;
  }
  if (tokens.length === 1 && (ACRONYM.test(text) || BRAND_WORD.test(text)) && text.length >= 2) {
    ctx.organizations.push(text);
  }
}

/** An organisation's words without connectors dangling at either end ("Riverside Media for"). */
function organizationText(tokens: string[]): string {
  let start = 0;
  let end = tokens.length;
  while (start < end && L.dangling.has(bare(tokens[start] ?? ''))) start++;
  while (end > start && L.dangling.has(bare(tokens[end - 1] ?? ''))) end--;
  return tokens.slice(start, end).join(' ');
}

function coreCount(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) {
    const b = bare(t);
    if (L.particles.has(b) || L.suffixes.has(b) || INITIALS.test(t)) continue;
    n++;
  }
  return n;
}

/** The canonical name these words make, or null when they are not a person's name. */
function validName(input: string[]): string | null {
  let tokens = input.filter(Boolean);
  while (tokens.length && L.dangling.has(bare(tokens[0] ?? '')) && !NAME_WORD.test(tokens[0] ?? ''))
    tokens = tokens.slice(1);
  while (tokens.length && L.dangling.has(bare(tokens[tokens.length - 1] ?? ''))) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return null;
  const lastWord = tokens[tokens.length - 1] ?? '';
  if (POSSESSIVE.test(lastWord)) tokens = [...tokens.slice(0, -1), lastWord.replace(POSSESSIVE, '')];
  // "Sean Martin Sean Martin"
  if (tokens.length % 2 === 0) {
    const half = tokens.length / 2;
    if (tokens.slice(0, half).join(' ') === tokens.slice(half).join(' ')) tokens = tokens.slice(0, half);
  }
  const caps = isAllCaps(tokens.join(' '));
  if (!caps) tokens = withSurnameCased(tokens);
  const n = tokens.length;
  if (n > 6) return null;
  let core = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] ?? '';
    const b = t.toLowerCase();
    if (NOT_IN_NAME.test(t)) return null;
    if (i > 0 && L.particles.has(b) && (LOWER.test(t.charAt(0)) || caps)) continue;
    if (i > 0 && L.suffixes.has(b)) continue;
    if (INITIALS.test(t)) continue;
    if (i > 0 && i < n - 1 && SINGLE_CAPITAL.test(t)) continue;
    if (CASELESS_WORD.test(t)) {
      core++;
      continue;
    }
    if (ARABIC_ARTICLE_WORD.test(t)) {
      core++;
      continue;
    }
    if (!NAME_WORD.test(t)) return null;
    if (!caps && BRAND_WORD.test(t) && !CAMEL_NAME_PREFIX.test(t)) return null;
    if (!caps && ACRONYM.test(t)) return null;
    if (SINGLE_CAPITAL.test(t)) return null;
    if (L.roleHeads.has(b) || L.desk.has(b) || L.clock.has(b)) return null;
    core++;
  }
  if (core === 0 || core > 4) return null;
  if (core === 1 && n === 1) {
    const only = tokens[0] ?? '';
    if (!CASELESS_WORD.test(only) && (caps || only.length < 2 || L.notNames.has(only.toLowerCase()))) return null;
  }
  if (bare(tokens[0] ?? '') === 'the') return null;
  const name = caps ? titleCase(tokens) : tokens.join(' ');
  if (L.generic.has(name.toLowerCase())) return null;
  return name;
}

const ROMAN = new Set(['ii', 'iii', 'iv', 'vi']);

function capitalize(part: string): string {
  const lower = part.toLowerCase();
  const mc = MC_PREFIX.exec(lower);
  if (mc) return `Mc${(mc[1] ?? '').toUpperCase()}${mc[2] ?? ''}`;
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Title-cases an ALL-CAPS name, keeping particles, Mc, O', hyphens and suffixes right. */
export function titleCase(tokens: string[]): string {
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      if (ROMAN.has(lower) && i > 0) return token.toUpperCase();
      if (i > 0 && i < tokens.length - 1 && L.particles.has(lower) && lower.length > 1) return lower;
      return token.split(AFTER_HYPHEN_OR_APOSTROPHE).map(capitalize).join('');
    })
    .join(' ');
}

/** A comparison key: case, diacritics and punctuation folded. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_ALPHANUMERIC, ' ').trim();
}

function pushPerson(name: string, ctx: Context): void {
  const key = nameKey(name);
  if (!key || ctx.persons.some((p) => nameKey(p.name) === key)) return;
  const person: Person = { name, source: ctx.source };
  if (ctx.pendingRole) {
    person.role = ctx.pendingRole;
    ctx.pendingRole = null;
  }
  ctx.persons.push(person);
}

function unique(list: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of list) {
    const key = nameKey(item) || item;
    if (!item || seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

function finish(ctx: Context, raw: string): Byline {
  for (const desk of ctx.desks) {
    if (ctx.persons.length) ctx.roles.push(desk.text);
    else if (desk.organization) ctx.organizations.push(desk.organization);
  }
  return {
    authors: ctx.persons,
    organizations: unique(ctx.organizations),
    roles: unique(ctx.roles),
    handles: unique(ctx.handles),
    raw,
  };
}
