import { extractQuotes, type Quote, type QuoteType, type Speaker } from '@pressroom/quotes';
import { expectTypeOf, test } from 'vitest';

test('extractQuotes types', () => {
  expectTypeOf(extractQuotes).parameter(0).toEqualTypeOf<string | readonly string[]>();
  expectTypeOf(extractQuotes('')).toEqualTypeOf<Quote[]>();
  expectTypeOf<Quote['speaker']>().toEqualTypeOf<Speaker | null>();
  expectTypeOf<QuoteType>().toEqualTypeOf<'direct' | 'indirect' | 'mixed'>();
  expectTypeOf<Speaker['role']>().toEqualTypeOf<string | undefined>();
});
