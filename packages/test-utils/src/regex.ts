import { type LinearTimeOptions, type LinearTimeResult, measureLinearTime } from './linear-time';

/** An adversarial input shape: `repeat` over and over, then `suffix` (often what makes a match fail late). */
export interface AdversarialShape {
  repeat: string;
  suffix?: string;
}

/**
 * Input shapes that make backtracking regular expressions blow up: long runs of one character
 * class, alternations of two classes, and runs that fail only at their end.
 */
export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { repeat: 'a' },
  { repeat: 'A', suffix: 'a' },
  { repeat: ' ' },
  { repeat: '\u00a0' },
  { repeat: '\t\n ', suffix: 'x' },
  { repeat: '1' },
  { repeat: '1-' },
  { repeat: '1.', suffix: '-' },
  { repeat: '1,' },
  { repeat: 'a,', suffix: '!' },
  { repeat: 'a-', suffix: '!' },
  { repeat: 'a.' },
  { repeat: "a'" },
  { repeat: '’a' },
  { repeat: 'Jan 1 ' },
  { repeat: '-' },
  { repeat: '#' },
  { repeat: '<a ' },
  { repeat: '\u0301' },
];

/** Runs `regex` over all of `input`, as `String#replace` with a global pattern would. */
function scan(regex: RegExp, input: string): void {
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  for (let m = global.exec(input); m !== null; m = global.exec(input)) {
    if (m[0] === '') global.lastIndex++;
  }
}

/**
 * Whether `regex`, scanned over an adversarial input of each shape, costs time linear in the
 * input (see {@link measureLinearTime}). Returns the first failing shape, or `null`.
 *
 * @example
 * expect(findSuperLinearShape(/(a+)+$/)).not.toBeNull();
 * expect(findSuperLinearShape(/\bby\s+/i)).toBeNull();
 */
export function findSuperLinearShape(
  regex: RegExp,
  shapes: readonly AdversarialShape[] = ADVERSARIAL_SHAPES,
  options: LinearTimeOptions = {},
): (AdversarialShape & LinearTimeResult) | null {
  for (const shape of shapes) {
    const result = measureLinearTime(
      (n) => shape.repeat.repeat(Math.max(1, Math.floor(n / shape.repeat.length))) + (shape.suffix ?? ''),
      (input) => scan(regex, input),
      { small: 4_000, factor: 8, runs: 3, ...options },
    );
    if (!result.ok) return { ...shape, ...result };
  }
  return null;
}
