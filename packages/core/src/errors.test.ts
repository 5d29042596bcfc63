import { assertString, isPressroomError, PressroomError } from '@pressroom/core';
import { describe, expect, test } from 'vitest';

describe('PressroomError', () => {
  test('carries a stable code, a name and the cause', () => {
    const cause = new Error('inner');
    const e = new PressroomError('PRESSROOM_INVALID_INPUT', 'bad', { cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PressroomError');
    expect(e.code).toBe('PRESSROOM_INVALID_INPUT');
    expect(e.cause).toBe(cause);
  });

  test('isPressroomError recognises the brand, not the prototype', () => {
    const e = new PressroomError('PRESSROOM_TIMEOUT', 'slow');
    expect(isPressroomError(e)).toBe(true);
    expect(isPressroomError(e, 'PRESSROOM_TIMEOUT')).toBe(true);
    expect(isPressroomError(e, 'PRESSROOM_INVALID_INPUT')).toBe(false);
    // a copy from another realm or another copy of the package: same brand, other prototype
    const foreign = Object.assign(Object.create(null), {
      [Symbol.for('pressroom.error')]: true,
      code: 'PRESSROOM_TIMEOUT',
    });
    expect(isPressroomError(foreign, 'PRESSROOM_TIMEOUT')).toBe(true);
    for (const v of [new Error('x'), null, undefined, 'PressroomError', { code: 'PRESSROOM_TIMEOUT' }]) {
      expect(isPressroomError(v)).toBe(false);
    }
  });
});

describe('assertString', () => {
  const opts = { fn: 'extractArticle', expected: 'a string of HTML', maxLength: 10, maxLengthOption: 'maxInputLength' };

  test.each([
    { input: 42, says: 'got number' },
    { input: null, says: 'got null' },
    { input: [], says: 'got an array' },
    { input: new Uint8Array(2), says: 'Uint8Array' },
  ])('refuses $input with PRESSROOM_INVALID_INPUT', ({ input, says }) => {
    expect(() => assertString(input, opts)).toThrow(says);
    try {
      assertString(input, opts);
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INVALID_INPUT')).toBe(true);
    }
  });

  test('refuses input over the cap and names the option that raises it', () => {
    expect(() => assertString('x'.repeat(11), opts)).toThrow(/maxInputLength/);
    try {
      assertString('x'.repeat(11), opts);
    } catch (e) {
      expect(isPressroomError(e, 'PRESSROOM_INPUT_TOO_LARGE')).toBe(true);
    }
    expect(() => assertString('x'.repeat(10), opts)).not.toThrow();
    expect(() => assertString('', opts)).not.toThrow();
  });
});
