import { type Article, type Block, extractArticle, type Favor, renderText } from '@pressroom/boilerplate';
import { type Byline, findBylines, type Person, parseByline } from '@pressroom/byline';
import { PressroomError } from '@pressroom/core';
import { findMoney, type Money } from '@pressroom/currency';
import { extractQuotes, type Quote } from '@pressroom/quotes';
import { pageCountry, pageLocale } from './country';
import { WHITESPACE_RUN } from './patterns';

/** The stages of {@link parseArticle}, in order. */
export type Stage = 'extract' | 'byline' | 'quotes' | 'money';

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /** The page's URL: resolves links, tells the site's name from a person's, and gives the country. */
  url?: string;
  /**
   * Time budget for the whole document, in ms (default: none). Stages are checked between
   * one another: once the budget is spent, the remaining stages are skipped, see `onTimeout`.
   */
  timeoutMs?: number;
  /**
   * What to do when the budget runs out: `'partial'` (default) returns what was done, with the
   * skipped stages' fields empty, `timedOut` naming the stage that ran over and a `warnings`
   * entry; `'throw'` throws PRESSROOM_TIMEOUT naming the stage.
   */
  onTimeout?: 'partial' | 'throw';
  /** Passed to the article extractor: `precision`, `balanced` (default) or `recall`. */
  favor?: Favor;
  /** Country (ISO 3166-1 alpha-2) to read `$` and other shared symbols by; default: from the URL or page locale. */
  country?: string;
}

/** A quotation, with its place in the article. */
export interface ArticleQuote extends Omit<Quote, 'paragraph' | 'start' | 'end'> {
  /** UTF-16 offsets into the article's `text`: `text.slice(start, end)` is the quotation. */
  start: number;
  end: number;
  /** Index into `blocks` of the block the quotation starts in. */
  block: number;
  /** Offset of the start within that block's text. */
  blockStart: number;
  /** Index into `blocks` of the block the quotation ends in (usually `block`). */
  endBlock: number;
  /** Offset of the end within the text of `endBlock`. */
  blockEnd: number;
}

/** Milliseconds spent in each stage (0 for a stage that was skipped). */
export interface StageTimings {
  extract: number;
  byline: number;
  quotes: number;
  money: number;
  total: number;
}

/** What {@link parseArticle} returns: the article and everything found in it. */
export interface ParsedArticle extends Article {
  /** Authors and organisations: the page's byline signals merged with the article's raw bylines. */
  byline: Byline;
  quotes: ArticleQuote[];
  /** Money mentioned in the article text (offsets into `text`). */
  money: Money[];
  /** Country used as money context (ISO 3166-1 alpha-2), or null. */
  country: string | null;
  timings: StageTimings;
  /** The stage that ran over the time budget, or null. */
  timedOut: Stage | null;
}

const EMPTY_BYLINE: Byline = { authors: [], organizations: [], roles: [], handles: [], raw: '' };

/** Everything the stages share. Each stage reads it and fills in its own part. */
interface Context {
  html: string;
  options: ParseArticleOptions;
  article: Article | null;
  byline: Byline;
  quotes: ArticleQuote[];
  money: Money[];
  country: string | null;
}

const now = (): number => performance.now();

// --- stages -------------------------------------------------------------------------------

function extractStage(ctx: Context): void {
  const { url, favor } = ctx.options;
  ctx.article = extractArticle(ctx.html, { ...(url ? { url } : {}), ...(favor ? { favor } : {}) });
}

function nameKey(name: string): string {
  return name.toLowerCase().normalize('NFKC').replace(WHITESPACE_RUN, ' ').trim();
}

function bylineStage(ctx: Context): void {
  const url = ctx.options.url ?? ctx.article?.url ?? undefined;
  const found = findBylines(ctx.html, url ? { url } : {});
  const authors: Person[] = [...found.authors];
  const organizations = [...found.organizations];
  const seen = new Set(authors.map((a) => nameKey(a.name)));
  for (const raw of ctx.article?.bylines ?? []) {
    const parsed = parseByline(raw);
    for (const person of parsed.authors) {
      if (seen.has(nameKey(person.name))) continue;
      seen.add(nameKey(person.name));
      authors.push(person);
    }
    for (const org of parsed.organizations) if (!organizations.includes(org)) organizations.push(org);
  }
  ctx.byline = { ...found, authors, organizations };
}

/** The text-bearing blocks, each with its text and its offset in `article.text`. */
function blockTexts(article: Article): { index: number; text: string; offset: number }[] {
  const out: { index: number; text: string; offset: number }[] = [];
  let cursor = 0;
  article.blocks.forEach((block: Block, index: number) => {
    const text = renderText([block], { captions: true });
    if (text === '') return;
    const at = cursor === 0 ? 0 : cursor + 2;
    if (!article.text.startsWith(text, at)) return; // a caption the article text leaves out
    if (block.type !== 'figure') out.push({ index, text, offset: at });
    cursor = at + text.length;
  });
  return out;
}

function quotesStage(ctx: Context): void {
  const article = ctx.article;
  if (!article) return;
  const blocks = blockTexts(article);
  if (blocks.length === 0) return;
  const people = ctx.byline.authors.map((a) => a.name);
  const quotes = extractQuotes(
    blocks.map((b) => b.text),
    { people },
  );
  // Offsets into the paragraphs joined by "\n\n" (the quotes package's contract), mapped back to blocks.
  const starts: number[] = [];
  let offset = 0;
  for (const b of blocks) {
    starts.push(offset);
    offset += b.text.length + 2;
  }
  const locate = (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  ctx.quotes = quotes.map((q) => {
    const { paragraph: _paragraph, start, end, ...rest } = q;
    const first = locate(start);
    const last = Math.max(first, locate(Math.max(start, end - 1)));
    const a = blocks[first] as { index: number; offset: number };
    const b = blocks[last] as { index: number; offset: number };
    const blockStart = start - (starts[first] as number);
    const blockEnd = end - (starts[last] as number);
    return {
      ...rest,
      start: a.offset + blockStart,
      end: b.offset + blockEnd,
      block: a.index,
      blockStart,
      endBlock: b.index,
      blockEnd,
    };
  });
}

function moneyStage(ctx: Context): void {
  const article = ctx.article;
  const url = ctx.options.url ?? article?.url ?? undefined;
  ctx.country = ctx.options.country ?? pageCountry(ctx.html, url);
  if (!article || article.text === '') return;
  const language = pageLocale(ctx.html) ?? article.language;
  ctx.money = findMoney(article.text, {
    ...(url ? { url } : {}),
    ...(ctx.country ? { country: ctx.country } : {}),
    ...(article.publishedAt ? { date: article.publishedAt } : {}),
    ...(language ? { language } : {}),
  });
}

const STAGES: readonly [Stage, (ctx: Context) => void][] = [
  ['extract', extractStage],
  ['byline', bylineStage],
  ['quotes', quotesStage],
  ['money', moneyStage],
];

// --- orchestrator -------------------------------------------------------------------------

/**
 * Parses a news page in one call: the article without its boilerplate
 * (`@pressroom/boilerplate`), who wrote it (`@pressroom/byline`, the page's byline signals
 * merged with the article's raw bylines), who said what (`@pressroom/quotes`, over the
 * article's blocks, with the authors as known names; offsets into `text` and into each block)
 * and the money it mentions (`@pressroom/currency`, with the page's country and publication
 * date as context). Runs anywhere: no Node built-ins.
 *
 * `timeoutMs` is a per-document budget checked between stages: a stage that runs over is
 * named in `timedOut` and `warnings`, and the stages after it are skipped (or, with
 * `onTimeout: 'throw'`, PRESSROOM_TIMEOUT is thrown). A stage itself is not interrupted: the
 * CLI's batch workers add a hard limit for that. `timings` gives each stage's milliseconds.
 *
 * Throws PressroomError `PRESSROOM_INVALID_INPUT` when `html` is not a string and
 * `PRESSROOM_INPUT_TOO_LARGE` over the extractor's size cap.
 *
 * @example
 * const page = parseArticle(html, { url: 'https://www.itnews.com.au/news/china-...-622170' });
 * page.title; // 'China is closing in on US technology lead despite constraints'
 * page.quotes[0].speaker?.name; // 'Yao Shunyu'
 * page.money[0]; // { text: 'HK$4.35 billion', currency: 'HKD', value: 4350000000, ... }
 * page.timings; // { extract: 9.1, byline: 2.3, quotes: 4.0, money: 0.8, total: 16.2 }
 */
export function parseArticle(html: string, options: ParseArticleOptions = {}): ParsedArticle {
  const budget = options.timeoutMs ?? Number.POSITIVE_INFINITY;
  if (!(budget > 0)) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `parseArticle: timeoutMs must be a positive number of ms, got ${String(options.timeoutMs)}.`,
    );
  }
  const ctx: Context = { html, options, article: null, byline: EMPTY_BYLINE, quotes: [], money: [], country: null };
  const timings: StageTimings = { extract: 0, byline: 0, quotes: 0, money: 0, total: 0 };
  const started = now();
  let timedOut: Stage | null = null;
  for (const [stage, run] of STAGES) {
    const t0 = now();
    run(ctx);
    timings[stage] = round(now() - t0);
    if (now() - started > budget) {
      timedOut = stage;
      break;
    }
  }
  timings.total = round(now() - started);
  const article = ctx.article as Article;
  const warnings = [...article.warnings];
  if (timedOut) {
    const skipped = STAGES.map(([s]) => s).slice(STAGES.findIndex(([s]) => s === timedOut) + 1);
    const message =
      `The time budget of ${budget} ms ran out in stage "${timedOut}" (${timings.total} ms in all)` +
      (skipped.length ? `; skipped: ${skipped.join(', ')}. Raise timeoutMs to get them.` : '.');
    if (options.onTimeout === 'throw') throw new PressroomError('PRESSROOM_TIMEOUT', `parseArticle: ${message}`);
    warnings.push(message);
  }
  return {
    ...article,
    warnings,
    byline: ctx.byline,
    quotes: ctx.quotes,
    money: ctx.money,
    country: ctx.country,
    timings,
    timedOut,
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
