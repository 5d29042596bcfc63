export type { LinearTimeOptions, LinearTimeResult } from './linear-time';
export { measureLinearTime } from './linear-time';
