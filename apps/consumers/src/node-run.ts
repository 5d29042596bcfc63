import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedInput } from './checks';
import { run } from './exec';

/** What one consumer script printed: the check's summary and the package's runtime export names. */
export interface ScriptOutput {
  exports: string[];
  summary: unknown;
}

/** The ES module consumer: `import * as pkg from '<name>'`. */
export function esmScript(name: string, runSource: string): string {
  return `import { readFileSync } from 'node:fs';
import * as pkg from '${name}';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const run = ${runSource};
process.stdout.write(JSON.stringify({ exports: Object.keys(pkg).sort(), summary: run(pkg, input) }));
`;
}

/** The CommonJS consumer: `const pkg = require('<name>')`. */
export function cjsScript(name: string, runSource: string): string {
  return `'use strict';
const { readFileSync } = require('node:fs');
const pkg = require('${name}');

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const run = ${runSource};
process.stdout.write(JSON.stringify({ exports: Object.keys(pkg).filter((k) => k !== '__esModule').sort(), summary: run(pkg, input) }));
`;
}

/** Writes the seed input once into the project and returns its path. */
export function writeInput(projectDir: string, input: SeedInput): string {
  const file = join(projectDir, 'seed-input.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify(input));
  return file;
}

/**
 * Runs the check of package `name` as a consumer script (`.mjs` or `.cjs`) in the npm project
 * `projectDir` with plain `node`, and returns what it printed. Throws with stderr on failure.
 */
export async function runConsumerScript(
  projectDir: string,
  name: string,
  kind: 'esm' | 'cjs',
  runSource: string,
  input: SeedInput,
): Promise<ScriptOutput> {
  const dir = join(projectDir, 'consumers');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[@/]/g, '_')}.${kind === 'esm' ? 'mjs' : 'cjs'}`);
  writeFileSync(file, kind === 'esm' ? esmScript(name, runSource) : cjsScript(name, runSource));
  const result = await run('node', [file, writeInput(projectDir, input)], { cwd: projectDir, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`node ${file} failed (exit ${result.code}):\n${result.stderr}`);
  return JSON.parse(result.stdout) as ScriptOutput;
}
