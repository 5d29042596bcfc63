import { describe, expect, test } from 'vitest';
import { limitNesting } from './depth';

describe('limitNesting', () => {
  test.each([
    { input: '<div><div><p>x</p></div></div>', max: 1, out: '<div>x</div>' },
    { input: '<div><div><p>x</p></div></div>', max: 2, out: '<div><div>x</div></div>' },
    { input: '<div><div><p>x</p></div></div>', max: 3, out: '<div><div><p>x</p></div></div>' },
    { input: '<ul><li>a<li>b<li>c</ul>', max: 2, out: '<ul><li>a<li>b<li>c</ul>' },
    {
      input: '<div><script>if (a<b) { "<div><div>" }</script><br/><img src=x></div>',
      max: 1,
      out: '<div><br/><img src=x></div>',
    },
    {
      input: '<div><script>if (a<b) { "<div><div>" }</script><br/><img src=x></div>',
      max: 2,
      out: '<div><script>if (a<b) { "<div><div>" }</script><br/><img src=x></div>',
    },
    {
      input: '<div title="a>b"><!-- <div> --><span>x</span></div>',
      max: 1,
      out: '<div title="a>b"><!-- <div> -->x</div>',
    },
  ])('$input at depth $max', ({ input, max, out }) => {
    expect(limitNesting(input, max).html).toBe(out);
  });

  test('leaves ordinary pages untouched (same string)', () => {
    const html = '<html><body><div><p>a</p><p>b</p></div></body></html>';
    const result = limitNesting(html, 100);
    expect(result.flattened).toBe(false);
    expect(result.html).toBe(html);
  });

  test('is linear on 100,000-deep nesting', () => {
    const html = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
    const started = performance.now();
    const result = limitNesting(html, 1000);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.html).toBe(`${'<div>'.repeat(1000)}x${'</div>'.repeat(1000)}`);
  });

  test('stray closing tags stay linear', () => {
    const html = `${'<div>'.repeat(5000)}${'</p>'.repeat(50_000)}`;
    const started = performance.now();
    limitNesting(html, 1000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
