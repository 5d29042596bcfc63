import { expect } from 'vitest';

/**
 * What every consumer of the seed page gets: the page's HTML, its URL, and the article body as
 * plain text (paragraphs and the subheading, blank-line separated), for the packages that take
 * text rather than HTML. See `seed.ts`.
 */
export interface SeedInput {
  html: string;
  url: string;
  text: string;
}

/** `expected.json` of the seed page (only the fields the checks read are typed). */
export interface SeedExpected {
  url: string;
  title: string;
  description: string;
  siteName: string;
  publishedAt: string;
  language: string;
  authors: string[];
  body: {
    firstParagraphStartsWith: string;
    lastParagraphEndsWith: string;
    paragraphCount: number;
    headings: string[];
    mustNotContain: string[];
  };
  quotes: {
    direct: { startsWith: string; speaker: string; mention: string; cue: string; role?: string }[];
    indirectRequired: { contains: string; speaker: string; cue: string }[];
  };
  money: {
    inArticleBody: { text: string; currency: string; value: number; equivalentOf?: string }[];
    inBoilerplateOnly: { text: string; currency: string; value: number }[];
  };
}

/**
 * How the consumer tests use one published package. Keyed by npm name in {@link checks}; a
 * published package with no entry fails the suite, so a new package cannot slip past.
 */
export interface ConsumerCheck {
  /**
   * JavaScript source of `(pkg, input) => summary`: runs the package's main function on the seed
   * page. `pkg` is the module as the consumer gets it (`import * as pkg`, `require(...)`, or the
   * browser / worker bundle), `input` a {@link SeedInput}. The summary must be JSON data: it is
   * compared across Node ESM, Node CJS, Chromium and a web worker (all must agree) and then
   * handed to `verify`. A string, not a function, because it is shipped verbatim into every
   * runtime.
   */
  run: string;
  /** Checks the summary against the seed page's `expected.json` (vitest `expect`). */
  verify: (summary: never, expected: SeedExpected) => void;
  /**
   * A TypeScript module that imports the package and uses every public type it exports (the
   * suite fails when a type-only export is not mentioned here). Type-checked as `.mts` and
   * `.cts` with `moduleResolution: node16` and as `.ts` with `bundler`.
   */
  types: string;
}

/** A quote as the quotes and umbrella summaries report it. */
interface QuoteSummary {
  text: string;
  type: string;
  speaker: string | null;
  mention: string | null;
  role: string | null;
  cue: string | null;
  offsetsOk: boolean;
}

/** A money mention as the currency and umbrella summaries report it. */
interface MoneySummary {
  text: string;
  currency: string | null;
  value: unknown;
  equivalentOf: string | null;
  offsetsOk: boolean;
}

/** Shared JS source: summarise a Quote[] (inlined into `run` strings). */
const SUMMARISE_QUOTES = `(quotes, text) => quotes.map((q) => ({
  text: q.text, type: q.type, speaker: q.speaker ? q.speaker.name : null,
  mention: q.speaker ? q.speaker.mention : null, role: q.speaker && q.speaker.role ? q.speaker.role : null,
  cue: q.cue, offsetsOk: text.slice(q.start, q.end).includes(q.text.slice(0, 24)),
}))`;

/** Shared JS source: summarise a Money[] (inlined into `run` strings). */
const SUMMARISE_MONEY = `(money, text) => money.map((m) => ({
  text: m.text, currency: m.currency, value: m.value,
  equivalentOf: typeof m.equivalentOf === 'number' && money[m.equivalentOf] ? money[m.equivalentOf].text : null,
  offsetsOk: text.slice(m.start, m.end) === m.text,
}))`;

function verifyQuotes(quotes: QuoteSummary[], expected: SeedExpected): void {
  for (const q of quotes) expect(q.offsetsOk, `offsets of quote "${q.text.slice(0, 40)}"`).toBe(true);
  for (const want of expected.quotes.direct) {
    const got = quotes.find((q) => q.text.startsWith(want.startsWith) || q.text.includes(want.startsWith));
    expect(got, `direct quote "${want.startsWith}"`).toBeDefined();
    expect(got?.speaker, `speaker of "${want.startsWith}"`).toBe(want.speaker);
  }
  for (const want of expected.quotes.indirectRequired) {
    const got = quotes.find((q) => q.text.includes(want.contains));
    expect(got, `indirect quote "${want.contains}"`).toBeDefined();
  }
}

function verifyMoney(money: MoneySummary[], expected: SeedExpected, where: string): void {
  for (const m of money) expect(m.offsetsOk, `offsets of "${m.text}"`).toBe(true);
  for (const want of expected.money.inArticleBody) {
    const got = money.find((m) => m.text === want.text);
    expect(got, `${want.text} in ${where}`).toBeDefined();
    expect(got?.currency, `currency of ${want.text}`).toBe(want.currency);
    expect(got?.value, `value of ${want.text}`).toBe(want.value);
    if (want.equivalentOf) expect(got?.equivalentOf, `${want.text} restates`).toBe(want.equivalentOf);
  }
}

/** The per-package checks, keyed by npm name. */
export const checks: Record<string, ConsumerCheck> = {
  '@pressroom/core': {
    run: `(pkg, input) => {
      let caught = null;
      try { pkg.assertString(42, { fn: 'consumer', expected: 'a string' }); }
      catch (error) { caught = { guard: pkg.isPressroomError(error, 'PRESSROOM_INVALID_INPUT'), name: error.name, message: error.message }; }
      pkg.assertString(input.html, { fn: 'consumer', expected: 'a string of HTML' });
      const made = new pkg.PressroomError('PRESSROOM_TIMEOUT', 'stage took too long');
      return { caught, isError: made instanceof Error, code: made.code, plainObject: pkg.isPressroomError({ code: 'PRESSROOM_TIMEOUT' }) };
    }`,
    verify: (s: {
      caught: { guard: boolean; name: string; message: string } | null;
      isError: boolean;
      code: string;
      plainObject: boolean;
    }) => {
      expect(s.caught).toEqual({
        guard: true,
        name: 'PressroomError',
        message: 'consumer expects a string, got number.',
      });
      expect(s).toMatchObject({ isError: true, code: 'PRESSROOM_TIMEOUT', plainObject: false });
    },
    types: `import { assertString, isPressroomError, PressroomError } from '@pressroom/core';
import type { InputGuardOptions, PressroomErrorCode } from '@pressroom/core';

const options: InputGuardOptions = { fn: 'consumer', expected: 'a string', maxLength: 10, maxLengthOption: 'max' };
const code: PressroomErrorCode = 'PRESSROOM_INPUT_TOO_LARGE';
export function check(value: unknown): string {
  assertString(value, options);
  return value.toUpperCase();
}
export function codeOf(error: unknown): PressroomErrorCode | null {
  if (isPressroomError(error, code)) return error.code;
  return error instanceof PressroomError ? error.code : null;
}
`,
  },

  '@pressroom/boilerplate': {
    run: `(pkg, input) => {
      const a = pkg.extractArticle(input.html, { url: input.url });
      const paragraphs = a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
      return {
        title: a.title, description: a.description, siteName: a.siteName, url: a.url, language: a.language,
        publishedAt: a.publishedAt, isArticle: a.isArticle, bylines: a.bylines,
        blockTypes: a.blocks.map((b) => b.type), headings: a.blocks.filter((b) => b.type === 'heading').map((b) => b.text),
        paragraphCount: paragraphs.length, first: paragraphs[0] || '', last: paragraphs[paragraphs.length - 1] || '',
        text: a.text, htmlLength: a.html.length,
      };
    }`,
    verify: (
      s: {
        title: string;
        description: string;
        siteName: string;
        language: string;
        publishedAt: string;
        isArticle: boolean;
        headings: string[];
        paragraphCount: number;
        first: string;
        last: string;
        text: string;
        htmlLength: number;
      },
      e,
    ) => {
      expect(s).toMatchObject({
        title: e.title,
        description: e.description,
        siteName: e.siteName,
        publishedAt: e.publishedAt,
        isArticle: true,
        paragraphCount: e.body.paragraphCount,
        headings: e.body.headings,
      });
      expect(s.language?.slice(0, 2)).toBe(e.language);
      expect(s.first.startsWith(e.body.firstParagraphStartsWith)).toBe(true);
      expect(s.last.endsWith(e.body.lastParagraphEndsWith)).toBe(true);
      for (const bad of e.body.mustNotContain) expect(s.text, `text must not contain "${bad}"`).not.toContain(bad);
      expect(s.htmlLength).toBeGreaterThan(1000);
    },
    types: `import {
  DEFAULT_MAX_INPUT_LENGTH, detectCharset, extractArticle, extractArticleFromBytes, isPressroomError, PressroomError,
  renderHtml, renderMarkdown, renderText,
} from '@pressroom/boilerplate';
import type {
  Article, Block, CodeBlock, EmbedBlock, ExtractBytesOptions, ExtractOptions, Favor, FigureBlock, HeadingBlock, Inline,
  ListBlock, ParagraphBlock, PressroomErrorCode, QuoteBlock, TableBlock,
} from '@pressroom/boilerplate';

const favor: Favor = 'precision';
const options: ExtractOptions = { url: 'https://example.com/a', favor, maxInputLength: DEFAULT_MAX_INPUT_LENGTH };
const bytesOptions: ExtractBytesOptions = { ...options, contentType: 'text/html; charset=utf-8' };

function inlineText(inlines: Inline[]): string {
  return inlines.map((i) => (i.href ? \`[\${i.text}](\${i.href})\` : i.text)).join('');
}

function describeBlock(block: Block): string {
  switch (block.type) {
    case 'heading': { const b: HeadingBlock = block; return \`h\${b.level} \${inlineText(b.inlines)}\`; }
    case 'paragraph': { const b: ParagraphBlock = block; return inlineText(b.inlines); }
    case 'list': { const b: ListBlock = block; return b.items.map((i) => i.text).join(b.ordered ? '; ' : ', '); }
    case 'quote': { const b: QuoteBlock = block; return b.text; }
    case 'table': { const b: TableBlock = block; return b.rows.map((r) => r.join('|')).join('\\n'); }
    case 'figure': { const b: FigureBlock = block; return b.caption ?? b.alt ?? b.src ?? ''; }
    case 'code': { const b: CodeBlock = block; return b.text; }
    case 'embed': { const b: EmbedBlock = block; return \`\${b.provider} \${b.url ?? ''}\`; }
  }
}

export function summary(html: string, bytes: Uint8Array): string[] {
  const article: Article = extractArticle(html, options);
  const fromBytes: Article = extractArticleFromBytes(bytes, bytesOptions);
  const charset: string = detectCharset(bytes, 'text/html');
  const title: string | null = article.title;
  return [
    charset, title ?? '', fromBytes.text, renderHtml(article.blocks), renderMarkdown(article.blocks),
    ...article.blocks.map(describeBlock), String(article.isArticle), article.markdown, ...article.warnings,
  ];
}

export function codeOf(error: unknown): PressroomErrorCode | null {
  if (isPressroomError(error)) return error.code;
  return error instanceof PressroomError ? error.code : null;
}
export const renderTextType: typeof renderText = renderText;
`,
  },

  '@pressroom/byline': {
    run: `(pkg, input) => {
      const page = pkg.findBylines(input.html, { url: input.url });
      const parsed = pkg.parseByline('By JANE DOE and John Smith, Reuters | Updated 5 Jan 2026');
      return {
        pageAuthors: page.authors.map((a) => a.name), pageOrganizations: page.organizations,
        parsedAuthors: parsed.authors.map((a) => a.name), parsedOrganizations: parsed.organizations, raw: parsed.raw,
      };
    }`,
    verify: (s: { pageAuthors: string[]; parsedAuthors: string[]; parsedOrganizations: string[]; raw: string }, e) => {
      expect(s.pageAuthors).toEqual(e.authors);
      expect(s.parsedAuthors).toEqual(['Jane Doe', 'John Smith']);
      expect(s.parsedOrganizations).toContain('Reuters');
      expect(s.raw).toContain('JANE DOE');
    },
    types: `import { findBylines, isPressroomError, MAX_BYLINE_LENGTH, MAX_PAGE_LENGTH, parseByline } from '@pressroom/byline';
import type { AuthorSource, Byline, FindBylinesOptions, Person } from '@pressroom/byline';

const options: FindBylinesOptions = { url: 'https://example.com/a' };
export function authorsOf(html: string): string[] {
  if (html.length > MAX_PAGE_LENGTH) return [];
  const fromPage: Byline = findBylines(html, options);
  const parsed: Byline = parseByline('By Jane Doe'.slice(0, MAX_BYLINE_LENGTH));
  return [...fromPage.authors, ...parsed.authors].map((person: Person) => {
    const source: AuthorSource = person.source;
    return \`\${person.name} (\${source}\${person.role ? \`, \${person.role}\` : ''}) \${person.url ?? ''}\`;
  });
}
export const rolesAndHandles = (b: Byline): string[] => [...b.roles, ...b.handles, ...b.organizations, b.raw];
export const isError: (e: unknown) => boolean = isPressroomError;
`,
  },

  '@pressroom/quotes': {
    run: `(pkg, input) => {
      const summarise = ${SUMMARISE_QUOTES};
      return { quotes: summarise(pkg.extractQuotes(input.text), input.text) };
    }`,
    verify: (s: { quotes: QuoteSummary[] }, e) => verifyQuotes(s.quotes, e),
    types: `import { CUE_WORDS, extractQuotes, isPressroomError, PARAGRAPH_SEPARATOR } from '@pressroom/quotes';
import type { CueInfo, ExtractQuotesOptions, Quote, QuoteType, Speaker } from '@pressroom/quotes';

const options: ExtractQuotesOptions = { people: ['Jane Doe'], maxLength: 100_000 };
export function speakers(paragraphs: string[]): string[] {
  const quotes: Quote[] = extractQuotes(paragraphs.join(PARAGRAPH_SEPARATOR), options);
  return quotes.map((q) => {
    const type: QuoteType = q.type;
    const speaker: Speaker | null = q.speaker;
    return \`\${speaker?.name ?? '?'} (\${speaker?.role ?? ''}): \${q.text} [\${q.start}, \${q.end}) \${type} \${q.confidence}\`;
  });
}
export const said: CueInfo | undefined = CUE_WORDS.get('said');
export const isError: (e: unknown) => boolean = isPressroomError;
`,
  },

  '@pressroom/currency': {
    run: `(pkg, input) => {
      const summarise = ${SUMMARISE_MONEY};
      const money = pkg.findMoney(input.text, { url: input.url });
      return { money: summarise(money, input.text) };
    }`,
    verify: (s: { money: MoneySummary[] }, e) => verifyMoney(s.money, e, 'the article text'),
    types: `import { BUNDLED_RATES, convert, DEFAULT_MAX_INPUT_LENGTH, findMoney, pickBundledRates } from '@pressroom/currency';
import type { Evidence, FindMoneyOptions, Money, RateTable } from '@pressroom/currency';

const rates: RateTable = pickBundledRates('2024');
const options: FindMoneyOptions = { url: 'https://example.com.au/a', country: 'AU', rates, maxInputLength: DEFAULT_MAX_INPUT_LENGTH };
export function values(text: string): string[] {
  const money: Money[] = findMoney(text, options);
  return money.map((m) => {
    const evidence: Evidence = m.evidence;
    const usd = convert(m, 'USD', BUNDLED_RATES[0] ?? rates);
    const shown = typeof usd === 'number' ? String(usd) : \`\${usd.min}-\${usd.max}\`;
    return \`\${m.text} \${m.currency ?? m.candidates.join('|')} \${evidence} \${shown} \${m.equivalentOf ?? ''}\`;
  });
}
`,
  },

  pressroom: {
    run: `(pkg, input) => {
      const summariseQuotes = ${SUMMARISE_QUOTES};
      const summariseMoney = ${SUMMARISE_MONEY};
      const r = pkg.parseArticle(input.html, { url: input.url });
      return {
        title: r.title, paragraphCount: r.blocks.filter((b) => b.type === 'paragraph').length,
        authors: r.byline.authors.map((a) => a.name), country: r.country, timedOut: r.timedOut,
        quotes: summariseQuotes(r.quotes, r.text), money: summariseMoney(r.money, r.text),
      };
    }`,
    verify: (
      s: {
        title: string;
        paragraphCount: number;
        authors: string[];
        country: string | null;
        timedOut: string | null;
        quotes: QuoteSummary[];
        money: MoneySummary[];
      },
      e,
    ) => {
      expect(s).toMatchObject({
        title: e.title,
        paragraphCount: e.body.paragraphCount,
        authors: e.authors,
        timedOut: null,
      });
      expect(s.country).toBe('AU');
      verifyQuotes(s.quotes, e);
      verifyMoney(s.money, e, 'the article');
      for (const boilerplate of e.money.inBoilerplateOnly) {
        expect(
          s.money.map((m) => m.text),
          'money from the sidebar is not the article',
        ).not.toContain(boilerplate.text);
      }
    },
    types: `import { countryFromLanguage, countryFromUrl, isPressroomError, pageCountry, parseArticle, PressroomError } from 'pressroom';
import type {
  Article, ArticleQuote, Block, Byline, Favor, Money, ParseArticleOptions, ParsedArticle, Person, PressroomErrorCode, Quote,
  Speaker, Stage, StageTimings,
} from 'pressroom';

const favor: Favor = 'balanced';
const options: ParseArticleOptions = { url: 'https://example.com/a', favor, timeoutMs: 5_000, country: 'AU' };
export function summary(html: string): string[] {
  const r: ParsedArticle = parseArticle(html, options);
  const article: Article = r;
  const blocks: Block[] = article.blocks;
  const byline: Byline = r.byline;
  const people: Person[] = byline.authors;
  const quotes: ArticleQuote[] = r.quotes;
  const speakers: (Speaker | null)[] = quotes.map((q) => q.speaker);
  const asQuote = (q: ArticleQuote): Omit<Quote, 'paragraph' | 'start' | 'end'> => q;
  const money: Money[] = r.money;
  const timings: StageTimings = r.timings;
  const late: Stage | null = r.timedOut;
  return [
    String(blocks.length), ...people.map((p) => p.name), ...speakers.map((s) => s?.name ?? ''), ...quotes.map((q) => asQuote(q).text),
    ...money.map((m) => m.text), String(timings.total), late ?? '', r.country ?? '',
    String(countryFromUrl('https://example.com.au/')), String(countryFromLanguage('en-AU')), String(pageCountry),
  ];
}
export function codeOf(error: unknown): PressroomErrorCode | null {
  if (isPressroomError(error)) return error.code;
  return error instanceof PressroomError ? error.code : null;
}
`,
  },
};
