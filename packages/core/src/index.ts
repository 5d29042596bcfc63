export type { PressroomErrorCode } from './errors';
export { isPressroomError, PressroomError } from './errors';
export type { InputGuardOptions } from './input';
export { assertString } from './input';
