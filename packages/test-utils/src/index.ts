export type { LinearTimeOptions, LinearTimeResult } from './linear-time';
export { measureLinearTime } from './linear-time';
export type { AdversarialShape } from './regex';
export { ADVERSARIAL_SHAPES, findSuperLinearShape } from './regex';
