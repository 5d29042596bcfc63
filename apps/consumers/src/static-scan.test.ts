import { describe, expect, it } from 'vitest';
import { isNodeBuiltin, nodeUsagesIn } from './static-scan';

describe('nodeUsagesIn', () => {
  it.each([
    { input: "import { readFileSync } from 'node:fs';", out: ["x.ts:1: imports 'node:fs'"] },
    { input: "import path from 'path';", out: ["x.ts:1: imports 'path'"] },
    { input: "export { join } from 'node:path';", out: ["x.ts:1: imports 'node:path'"] },
    { input: "const fs = await import('fs/promises');", out: ["x.ts:1: loads 'fs/promises'"] },
    { input: "const fs = require('fs');", out: ["x.ts:1: loads 'fs'", "x.ts:1: uses the Node global 'require'"] },
    { input: 'const debug = process.env.DEBUG;', out: ["x.ts:1: uses the Node global 'process'"] },
    { input: "\n\nconst b = Buffer.from('x');", out: ["x.ts:3: uses the Node global 'Buffer'"] },
    { input: "import { load } from 'cheerio/slim';", out: [] },
    { input: 'const o = { process: 1, Buffer: 2 }; o.process; o.Buffer;', out: [] },
    { input: '// process.env in a comment\nconst s = "Buffer";', out: [] },
    { input: 'interface X { process: string; require(): void }', out: [] },
    { input: "import type { IncomingMessage } from 'node:http';", out: ["x.ts:1: imports 'node:http'"] },
  ])('$input', ({ input, out }) => {
    expect(nodeUsagesIn(input, 'x.ts')).toEqual(out);
  });
});

describe('isNodeBuiltin', () => {
  it.each([
    ['node:fs', true],
    ['fs', true],
    ['fs/promises', true],
    ['stream/web', true],
    ['cheerio', false],
    ['@pressroom/core', false],
    ['domhandler', false],
  ])('%s -> %s', (specifier, out) => {
    expect(isNodeBuiltin(specifier)).toBe(out);
  });
});
