import { PressroomError } from './errors';

/** What a guard needs to say which function refused the input. */
export interface InputGuardOptions {
  /** The public function's name, used in the message: `extractArticle`. */
  fn: string;
  /** What the argument should be, used in the message: `a string of HTML`. */
  expected: string;
  /** Largest accepted length in UTF-16 code units; `Infinity` for none. */
  maxLength?: number;
  /** Name of the option that raises the cap, mentioned in the message. */
  maxLengthOption?: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Uint8Array) return 'a Uint8Array (decode it first, or use the bytes helper)';
  return typeof value;
}

/**
 * Throws a `PRESSROOM_INVALID_INPUT` error unless `value` is a string, and a
 * `PRESSROOM_INPUT_TOO_LARGE` error when it is longer than `maxLength`.
 *
 * @example
 * assertString(html, { fn: 'extractArticle', expected: 'a string of HTML', maxLength: 20_000_000 });
 */
export function assertString(value: unknown, options: InputGuardOptions): asserts value is string {
  if (typeof value !== 'string') {
    throw new PressroomError(
      'PRESSROOM_INVALID_INPUT',
      `${options.fn} expects ${options.expected}, got ${describe(value)}.`,
    );
  }
  const max = options.maxLength ?? Number.POSITIVE_INFINITY;
  if (value.length > max) {
    const how = options.maxLengthOption ? ` Raise the \`${options.maxLengthOption}\` option to accept it.` : '';
    throw new PressroomError(
      'PRESSROOM_INPUT_TOO_LARGE',
      `${options.fn} was given ${value.length.toLocaleString('en')} characters, over the cap of ${max.toLocaleString('en')}.${how}`,
    );
  }
}
