import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { run } from '../src/exec';
import { extractExamples, revive, runnableModule } from '../src/readme-examples';

const state = inject('consumers');
const packed = state.packages.filter((p) => p.tarball);
const readmes = packed.map((pkg) => {
  const file = join(pkg.dir, 'README.md');
  const examples = existsSync(file) ? extractExamples(readFileSync(file, 'utf8')) : [];
  return { pkg, file, exists: existsSync(file), examples };
});

const unmarked = readmes.filter((r) => r.examples.length === 0);
if (unmarked.length > 0) {
  console.warn(
    `README examples: no runnable example (a \`\`\`ts example block, see CONTRIBUTING.md) in ${unmarked
      .map((r) => `packages/${r.pkg.folder}/README.md${r.exists ? '' : ' (missing)'}`)
      .join(', ')}`,
  );
}

describe.each(readmes.filter((r) => r.examples.length === 0))('$pkg.name README', ({ pkg }) => {
  it.skip(`has no runnable example yet (packages/${pkg.folder}/README.md)`, () => {});
});

describe.each(readmes.filter((r) => r.examples.length > 0))(
  '$pkg.name README examples, run on the packed package',
  (r) => {
    it('show both an ES module and a CommonJS example', () => {
      expect(new Set(r.examples.map((e) => e.format))).toEqual(new Set(['esm', 'cjs']));
    });

    it.each(r.examples)(
      'the $format example at README line $line runs and prints what its // => comments say',
      async (example) => {
        if (state.node.error) throw new Error('the npm project did not install');
        const dir = join(state.node.dir, 'readme-examples');
        mkdirSync(dir, { recursive: true });
        const base = join(dir, `${r.pkg.folder}-line${example.line}`);
        const outFile = `${base}.out.json`;
        const { code, checks } = runnableModule(example, outFile);
        const file = `${base}.${example.format === 'esm' ? 'mjs' : 'cjs'}`;
        writeFileSync(file, code);
        const result = await run('node', [file], { cwd: state.node.dir, timeoutMs: 60_000 });
        expect(result.code, `node ${file} failed:\n${result.stderr}`).toBe(0);
        const captured = revive(JSON.parse(readFileSync(outFile, 'utf8'))) as Record<string, unknown>;
        checks.forEach((check, index) => {
          const shown = new Function(`return (${check.expected});`)() as unknown;
          const actual = captured[index];
          const where = `README line ${example.line + check.line}: // => ${check.expected}`;
          if (shown !== null && typeof shown === 'object') expect(actual, where).toMatchObject(shown as object);
          else expect(actual, where).toEqual(shown);
        });
      },
    );
  },
);
