// The library entry must run in browsers and edge runtimes: no Node built-ins anywhere in the
// module graph of src/index.ts (the CLI's src/cli.ts, src/cli/ and src/io/ may use them).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));
const IMPORT = /^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm;
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'http',
  'https',
  'net',
  'dns',
  'zlib',
  'stream',
  'worker_threads',
  'child_process',
  'crypto',
  'url',
  'util',
  'buffer',
  'events',
  'readline',
];

function graph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    if (spec?.startsWith('.')) graph(resolve(dirname(file), `${spec}.ts`), seen);
    else if (spec) seen.add(`pkg:${spec}`);
  }
  return seen;
}

describe('library entry', () => {
  const modules = [...graph(join(src, 'index.ts'))];
  it('imports no Node built-ins and nothing of the CLI', () => {
    const offending = modules.filter(
      (m) =>
        m.startsWith('pkg:node:') ||
        NODE_BUILTINS.includes(m.slice(4)) ||
        m.includes(`${join(src, 'cli')}`) ||
        m.includes(`${join(src, 'io')}`),
    );
    expect(offending).toEqual([]);
    expect(modules.length).toBeGreaterThan(3);
  });
  it('uses no Node globals', () => {
    for (const m of modules.filter((x) => !x.startsWith('pkg:'))) {
      const code = readFileSync(m, 'utf8');
      expect(code, m).not.toMatch(/\b(?:Buffer|process|require|__dirname)\b/);
    }
  });
});
