import { type AuthorSource, type Byline, findBylines, type Person, parseByline } from '@pressroom/byline';
import type { CheerioAPI } from 'cheerio';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('parseByline takes a string and returns a Byline', () => {
    expectTypeOf(parseByline).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseByline('x')).toEqualTypeOf<Byline>();
  });

  it('findBylines takes HTML or a CheerioAPI', () => {
    expectTypeOf(findBylines).parameter(0).toEqualTypeOf<string | CheerioAPI>();
    expectTypeOf(findBylines('').authors).toEqualTypeOf<Person[]>();
  });

  it('sources are a closed set', () => {
    expectTypeOf<AuthorSource>().toEqualTypeOf<'jsonld' | 'meta' | 'rel-author' | 'itemprop' | 'visible' | 'text'>();
  });
});
