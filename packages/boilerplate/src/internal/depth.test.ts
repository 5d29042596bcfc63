import { describe, expect, test } from 'vitest';
import { limitNesting, prepareMarkup } from './depth';

describe('prepareMarkup', () => {
  test.each([
    { input: '<p>a</p><script>var x = "<p>b</p>";</script><p>c</p>', out: '<p>a</p><script></script><p>c</p>' },
    {
      input: '<style type="text/css">p > a { color: red }</style><p>x</p>',
      out: '<style type="text/css"></style><p>x</p>',
    },
    { input: '<SCRIPT data-x="a>b">code()</SCRIPT>', out: '<SCRIPT data-x="a>b"></SCRIPT>' },
    {
      input: '<script type="application/ld+json">{"headline":"x"}</script>',
      out: '<script type="application/ld+json">{"headline":"x"}</script>',
    },
    { input: '<!-- <script>x</script> --><p>y</p>', out: '<p>y</p>' },
    { input: '<p>a<svg viewBox="0 0 1 1"><title>Icon</title><path d="M0"/></svg>b</p>', out: '<p>ab</p>' },
    { input: '<p>a<svg>unclosed', out: '<p>a<svg>unclosed' },
    { input: '<script>never closed', out: '<script>never closed' },
  ])('$input', ({ input, out }) => {
    expect(prepareMarkup(input, 100).html).toBe(out);
  });

  test('flattens deep nesting too', () => {
    const result = prepareMarkup(`${'<div>'.repeat(50)}<script>x</script>${'</div>'.repeat(50)}`, 10);
    expect(result.flattened).toBe(true);
    expect(result.html).toBe(`${'<div>'.repeat(10)}${'</div>'.repeat(10)}`);
  });
});

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
