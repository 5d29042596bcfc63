import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { run } from '../src/exec';
import { extractExamples, type ReadmeExample, revive, runnableModule } from '../src/readme-examples';
import { appDir, repoRoot } from '../src/workspace';

const state = inject('consumers');
const packed = state.packages.filter((p) => p.tarball);
const readmes = packed.map((pkg) => {
  const file = join(pkg.dir, 'README.md');
  const examples = existsSync(file) ? extractExamples(readFileSync(file, 'utf8')) : [];
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const firstBlock = /^(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^\1/m.exec(text)?.[2] ?? '';
  const install = new RegExp(`\\b(npm (install|i)|pnpm add|yarn add)\\s+${pkg.name.replace('/', '\\/')}\\b`);
  return { pkg, file, exists: existsSync(file), examples, startsWithInstall: install.test(firstBlock) };
});
const rootReadme = existsSync(join(repoRoot, 'README.md')) ? readFileSync(join(repoRoot, 'README.md'), 'utf8') : '';

const unmarked = readmes.filter((r) => r.examples.length === 0);
if (unmarked.length > 0) {
  console.warn(
    `README examples: no runnable example (a \`\`\`ts example block, see CONTRIBUTING.md) in ${unmarked
      .map((r) => `packages/${r.pkg.folder}/README.md${r.exists ? '' : ' (missing)'}`)
      .join(', ')}`,
  );
}

/** Runs one example in the npm project and checks each `// =>` against what it captured. */
async function checkExample(slug: string, example: ReadmeExample): Promise<void> {
  if (state.node.error) throw new Error('the npm project did not install');
  const dir = join(state.node.dir, 'readme-examples');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, slug);
  const outFile = `${base}.out.json`;
  const { code, checks } = runnableModule(example, outFile);
  const file = `${base}.${example.format === 'esm' ? 'mjs' : 'cjs'}`;
  writeFileSync(file, code);
  const result = await run('node', [file], { cwd: state.node.dir, timeoutMs: 60_000 });
  expect(result.code, `node ${file} failed:\n${result.stderr}`).toBe(0);
  const captured = revive(JSON.parse(readFileSync(outFile, 'utf8'))) as Record<string, unknown>;
  expect(Object.keys(captured).length, 'every // => was reached').toBe(checks.length);
  checks.forEach((check, index) => {
    const shown = new Function(`return (${check.expected});`)() as unknown;
    const actual = captured[index];
    const where = `line ${example.line + check.line}: // => ${check.expected}`;
    if (shown !== null && typeof shown === 'object') expect(actual, where).toMatchObject(shown as object);
    else expect(actual, where).toEqual(shown);
  });
}

/** The runner itself, on a fixture README using @pressroom/core, so it is proven before any README uses it. */
describe('the README example runner', () => {
  const fixture = extractExamples(readFileSync(join(appDir, 'test', 'fixtures', 'readme.md'), 'utf8'));
  it('finds the fixture examples', () => {
    expect(fixture.map((e) => e.format)).toEqual(['esm', 'cjs']);
  });
  it.each(fixture)('runs the $format fixture example (line $line) and checks its output', (example) =>
    checkExample(`fixture-line${example.line}`, example),
  );
});

/**
 * What the READMEs should have but are not failed for (yet): each shows as passed when true and
 * as skipped, named, when not, so the gaps are reported without blocking anyone.
 */
describe.each(readmes)('$pkg.name README', (r) => {
  it.skipIf(r.examples.length === 0)(`has a runnable example (packages/${r.pkg.folder}/README.md)`, () => {});
  it.skipIf(!r.startsWithInstall)(`starts with the install command (npm install ${r.pkg.name})`, () => {});
  it.skipIf(!rootReadme.includes(`packages/${r.pkg.folder}`))('is linked from the root README', () => {});
});

describe.each(readmes.filter((r) => r.examples.length > 0))(
  '$pkg.name README examples, run on the packed package',
  (r) => {
    it('show both an ES module and a CommonJS example', () => {
      expect(new Set(r.examples.map((e) => e.format))).toEqual(new Set(['esm', 'cjs']));
    });

    it.each(r.examples)(
      'the $format example at README line $line runs and prints what its // => comments say',
      (example) => checkExample(`${r.pkg.folder}-line${example.line}`, example),
    );
  },
);
