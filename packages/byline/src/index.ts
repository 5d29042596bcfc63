export { isPressroomError, PressroomError } from '@pressroom/core';
export { findBylines, MAX_PAGE_LENGTH } from './find';
export { MAX_BYLINE_LENGTH, parseByline } from './parse';
export type { AuthorSource, Byline, FindBylinesOptions, Person } from './types';
