export type { PressroomErrorCode } from '@pressroom/core';
export { isPressroomError, PressroomError } from '@pressroom/core';
export { detectCharset, extractArticleFromBytes } from './bytes';
export { DEFAULT_MAX_INPUT_LENGTH, extractArticle } from './extract';
export { renderHtml } from './render/html';
export { renderMarkdown } from './render/markdown';
export { renderText } from './render/text';
export type {
  Article,
  Block,
  CodeBlock,
  EmbedBlock,
  ExtractBytesOptions,
  ExtractOptions,
  Favor,
  FigureBlock,
  HeadingBlock,
  Inline,
  ListBlock,
  ParagraphBlock,
  QuoteBlock,
  TableBlock,
} from './types';
