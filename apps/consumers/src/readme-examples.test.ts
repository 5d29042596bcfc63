import { describe, expect, it } from 'vitest';
import { extractExamples, instrument } from './readme-examples';

const README = [
  '# pkg',
  '```ts',
  "const notRun = 'plain ts block';",
  '```',
  '```ts example',
  "import { f } from 'pkg';",
  "f('a'); // => 'A'",
  '```',
  '```js example',
  "const { f } = require('pkg');",
  "console.log(f('b'));",
  "// => { value: 'B',",
  '//      length: 1 }',
  '```',
].join('\n');

describe('extractExamples', () => {
  it('finds only marked blocks, with their language, module format and README line', () => {
    expect(extractExamples(README)).toEqual([
      { line: 5, lang: 'ts', format: 'esm', code: "import { f } from 'pkg';\nf('a'); // => 'A'" },
      {
        line: 9,
        lang: 'js',
        format: 'cjs',
        code: "const { f } = require('pkg');\nconsole.log(f('b'));\n// => { value: 'B',\n//      length: 1 }",
      },
    ]);
  });
});

describe('instrument', () => {
  it.each([
    { code: "f('a'); // => 'A'", out: "__capture(0, (f('a'))); // => 'A'", expected: ["'A'"] },
    { code: 'console.log(g(1));\n// => 2', out: 'console.log(__capture(0, (g(1))));\n// => 2', expected: ['2'] },
    {
      code: 'const x = h();\n// => [1]\nx; // => [1]',
      out: 'const x = __capture(0, (h()));\n// => [1]\n__capture(1, (x)); // => [1]',
      expected: ['[1]', '[1]'],
    },
    {
      code: 'const y = await k({\n  a: 1,\n});\n// => {\n//   b: 2 }',
      out: 'const y = __capture(0, (await k({\n  a: 1,\n})));\n// => {\n//   b: 2 }',
      expected: ['{\n  b: 2 }'],
    },
  ])('$code', ({ code, out, expected }) => {
    const result = instrument({ line: 1, lang: 'ts', format: 'esm', code });
    expect(result.code).toBe(out);
    expect(result.checks.map((c) => c.expected)).toEqual(expected);
  });

  it('refuses a // => with nothing to show', () => {
    expect(() => instrument({ line: 1, lang: 'js', format: 'esm', code: '// => 1' })).toThrow(/must follow/);
  });
});
