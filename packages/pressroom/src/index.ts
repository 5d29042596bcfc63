export type { Article, Block, Favor } from '@pressroom/boilerplate';
export type { Byline, Person } from '@pressroom/byline';
export type { PressroomErrorCode } from '@pressroom/core';
export { isPressroomError, PressroomError } from '@pressroom/core';
export type { Money } from '@pressroom/currency';
export type { Quote, Speaker } from '@pressroom/quotes';
export { countryFromLanguage, countryFromUrl, pageCountry } from './country';
export type { ArticleQuote, ParseArticleOptions, ParsedArticle, Stage, StageTimings } from './parse-article';
export { parseArticle } from './parse-article';
