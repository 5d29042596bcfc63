import type { Element } from 'domhandler';
import { CONTENT_CLASS, FOREIGN_PROSE_CLASS, NEGATIVE_CLASS, POSITIVE_CLASS } from '../patterns';
import { SCORING } from '../weights';
import { classAndId } from './dom';

/** Does `el` carry a foreign-prose class/id word (and no article-body word)? */
export function isBoilerplateClassed(el: Element): boolean {
  const s = classAndId(el);
  if (s === '') return false;
  return FOREIGN_PROSE_CLASS.test(s) && !CONTENT_CLASS.test(s) && el.attribs.itemprop !== 'articleBody';
}

/** Points for class/id words: likely-body words up, boilerplate words down. */
export function classWeight(el: Element): number {
  const s = classAndId(el);
  if (s === '') return el.attribs.itemprop === 'articleBody' ? SCORING.contentClassWeight : 0;
  let weight = 0;
  if (CONTENT_CLASS.test(s) || el.attribs.itemprop === 'articleBody') weight += SCORING.contentClassWeight;
  if (NEGATIVE_CLASS.test(s)) weight -= SCORING.classWeight;
  if (POSITIVE_CLASS.test(s)) weight += SCORING.classWeight;
  return weight;
}
