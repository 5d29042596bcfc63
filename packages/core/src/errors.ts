/** Stable machine-readable codes of every error a Pressroom package throws. */
export type PressroomErrorCode =
  | 'PRESSROOM_INVALID_INPUT'
  | 'PRESSROOM_INPUT_TOO_LARGE'
  | 'PRESSROOM_INVALID_OPTION'
  | 'PRESSROOM_TIMEOUT'
  | 'PRESSROOM_FETCH_FAILED'
  | 'PRESSROOM_FORBIDDEN_ADDRESS'
  | 'PRESSROOM_UNSUPPORTED_ENCODING';

const BRAND = Symbol.for('pressroom.error');

/**
 * The one error class of Pressroom. `code` is stable across versions; `message` says what was
 * wrong and what to do; `cause` carries the underlying error when there is one.
 *
 * @example
 * throw new PressroomError('PRESSROOM_INVALID_INPUT', 'extractArticle expects a string of HTML, got number.');
 */
export class PressroomError extends Error {
  readonly code: PressroomErrorCode;
  /** Brand that survives realms (iframes, workers, duplicate copies of the package). */
  readonly [BRAND] = true;

  constructor(code: PressroomErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PressroomError';
    this.code = code;
  }
}

/**
 * Is `value` a {@link PressroomError}? Works across realms and across copies of the package,
 * where `instanceof` does not.
 *
 * @example
 * try { extractArticle(42 as never) } catch (e) { isPressroomError(e) && e.code } // 'PRESSROOM_INVALID_INPUT'
 */
export function isPressroomError(value: unknown, code?: PressroomErrorCode): value is PressroomError {
  if (typeof value !== 'object' || value === null) return false;
  const branded = (value as Record<symbol, unknown>)[BRAND] === true;
  if (!branded) return false;
  return code === undefined || (value as PressroomError).code === code;
}
