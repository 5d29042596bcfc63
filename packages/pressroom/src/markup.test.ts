import { describe, expect, it } from 'vitest';
import { openingTags } from './markup';

describe('openingTags', () => {
  it.each([
    ['<meta charset="utf-8"><META name=x>', 'meta', ['<meta charset="utf-8">', '<META name=x>']],
    ['<metadata x><meta/>', 'meta', ['<meta/>']],
    ['<html lang="en-AU"><head>', 'html', ['<html lang="en-AU">']],
    ['<meta charset=x', 'meta', ['<meta charset=x']],
    ['no tags', 'meta', []],
  ])('%s', (html, name, tags) => expect(openingTags(html, name)).toEqual(tags));

  it('is fast on hostile input', () => {
    const t0 = performance.now();
    openingTags('<meta '.repeat(20_000), 'meta');
    openingTags('<meta'.repeat(20_000), 'meta');
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
