import { assertString, PressroomError } from '@pressroom/core';
import { createContext } from './context';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';
import { renderText } from './render/text';
import { collectBlocks } from './stages/blocks';
import { filterBlocks } from './stages/filter';
import { measureNodes } from './stages/measure';
import { resolveBaseUrl, resolveMetadata } from './stages/metadata';
import { parseDocument } from './stages/parse';
import { scanDocument } from './stages/scan';
import { scoreCandidates } from './stages/score';
import { gatherContentRoots, selectCandidate } from './stages/select';
import { trimEdges } from './stages/trim';
import { decideIsArticle } from './stages/verdict';
import type { Article, ExtractOptions, Favor } from './types';

/** Default cap on the input: 20 million UTF-16 code units. */
export const DEFAULT_MAX_INPUT_LENGTH = 20_000_000;

const FAVORS: readonly Favor[] = ['precision', 'balanced', 'recall'];

/**
 * Extract the article of a news page: its blocks in reading order, plain text, clean HTML,
 * Markdown and metadata. Never throws on odd HTML (see `warnings`); throws a
 * `PressroomError` for a non-string (`PRESSROOM_INVALID_INPUT`), input over `maxInputLength`
 * (`PRESSROOM_INPUT_TOO_LARGE`) or a bad option (`PRESSROOM_INVALID_OPTION`).
 *
 * @example
 * const article = extractArticle(html, { url: 'https://example.com/news/1' });
 * article.title; // 'China is closing in on US technology lead despite constraints'
 * article.text;  // 'China can narrow its technological gap ...\n\nChina\'s so-called ...'
 */
export function extractArticle(html: string, options: ExtractOptions = {}): Article {
  const maxLength = options.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  assertString(html, {
    fn: 'extractArticle',
    expected: 'a string of HTML',
    maxLength,
    maxLengthOption: 'maxInputLength',
  });
  const favor = options.favor ?? 'balanced';
  if (!FAVORS.includes(favor)) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `extractArticle: favor must be 'precision', 'balanced' or 'recall', got ${JSON.stringify(favor)}.`,
    );
  }
  const ctx = createContext(html, favor, normaliseUrl(options.url));

  parseDocument(ctx);
  scanDocument(ctx);
  resolveBaseUrl(ctx);
  measureNodes(ctx);
  scoreCandidates(ctx);
  selectCandidate(ctx);
  gatherContentRoots(ctx);
  collectBlocks(ctx);
  filterBlocks(ctx);
  trimEdges(ctx);
  decideIsArticle(ctx);
  resolveMetadata(ctx);

  const article = {
    ...ctx.metadata,
    blocks: ctx.blocks,
    text: renderText(ctx.blocks, { captions: options.captionsInText === true }),
    isArticle: ctx.isArticle,
    warnings: ctx.warnings,
  };
  // HTML and Markdown are rendered from the blocks on first read (most callers want one format).
  defineRendered(article, 'html', () => renderHtml(ctx.blocks));
  defineRendered(article, 'markdown', () => renderMarkdown(ctx.blocks));
  return article as Article;
}

/** An enumerable property computed once, on first read (spread and JSON see it like any other). */
function defineRendered(target: object, key: 'html' | 'markdown', render: () => string): void {
  let value: string | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= render();
      return value;
    },
  });
}

function normaliseUrl(url: string | undefined): string | null {
  if (url === undefined || url === '') return null;
  if (typeof url !== 'string') {
    throw new PressroomError('PRESSROOM_INVALID_OPTION', 'extractArticle: url must be a string.');
  }
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}
