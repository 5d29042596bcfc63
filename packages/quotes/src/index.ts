export { isPressroomError, PressroomError } from '@pressroom/core';
export { DEFAULT_MAX_LENGTH, extractQuotes, PARAGRAPH_SEPARATOR } from './extract';
export type { CueInfo } from './lexicon';
export { COGNITION_VERBS, CUE_PHRASES, CUE_WORDS } from './lexicon';
export type { ExtractQuotesOptions, Quote, QuoteType, Speaker } from './types';
