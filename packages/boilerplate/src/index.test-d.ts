import { type Article, type Block, extractArticle, extractArticleFromBytes } from '@pressroom/boilerplate';
import { expectTypeOf, test } from 'vitest';

test('extractArticle returns an Article', () => {
  expectTypeOf(extractArticle('<p>x</p>')).toEqualTypeOf<Article>();
  expectTypeOf(extractArticleFromBytes(new Uint8Array())).toEqualTypeOf<Article>();
  expectTypeOf(extractArticle)
    .parameter(1)
    .toEqualTypeOf<
      | { url?: string; favor?: 'precision' | 'balanced' | 'recall'; captionsInText?: boolean; maxInputLength?: number }
      | undefined
    >();
});

test('blocks are a discriminated union', () => {
  const block = {} as Block;
  if (block.type === 'figure') expectTypeOf(block.src).toEqualTypeOf<string | null>();
  if (block.type === 'list') expectTypeOf(block.items[0]!.text).toBeString();
});
