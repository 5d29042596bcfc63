import { convert, type Evidence, findMoney, type Money, type RateTable } from '@pressroom/currency';
import { expectTypeOf, test } from 'vitest';

test('public types', () => {
  expectTypeOf(findMoney).returns.toEqualTypeOf<Money[]>();
  expectTypeOf<Money['value']>().toEqualTypeOf<number | { min: number; max: number }>();
  expectTypeOf<Money['currency']>().toEqualTypeOf<string | null>();
  expectTypeOf<Money['evidence']>().toEqualTypeOf<Evidence>();
  expectTypeOf(convert).parameter(2).toEqualTypeOf<RateTable | undefined>();
  expectTypeOf(findMoney).parameter(1).toMatchTypeOf<{ url?: string; country?: string; date?: string } | undefined>();
});
