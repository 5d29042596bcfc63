import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checks } from '../src/checks';
import { run } from '../src/exec';
import { runConsumerScript } from '../src/node-run';
import { loadSeed } from '../src/seed';

const state = inject('consumers');
const { input, expected } = loadSeed();
const present = new Set(state.packages.map((p) => p.name));

describe('npm install of the packed tarballs', () => {
  it('installs every tarball into a fresh project, internal dependencies from the tarballs', () => {
    expect(state.node.error).toBeNull();
  });
});

describe.each(state.packages)('$name from its tarball in Node', (pkg) => {
  it('has an entry in the consumer checks table (src/checks.ts)', () => {
    expect(checks[pkg.name], `add '${pkg.name}' to apps/consumers/src/checks.ts`).toBeDefined();
  });

  it('is built and packs', () => {
    expect(pkg.problem).toBeNull();
  });

  it('works with ESM import and CommonJS require, which agree, on the seed page', async () => {
    const check = checks[pkg.name];
    if (!check || pkg.problem || state.node.error) throw new Error('not packed, installed or checked (see above)');
    const [esm, cjs] = await Promise.all([
      runConsumerScript(state.node.dir, pkg.name, 'esm', check.run, input),
      runConsumerScript(state.node.dir, pkg.name, 'cjs', check.run, input),
    ]);
    expect(esm.exports.length).toBeGreaterThan(0);
    expect(cjs.exports, 'the CJS build exports the same names as the ESM build').toEqual(esm.exports);
    expect(cjs.summary, 'require() gives the same results as import').toEqual(esm.summary);
    check.verify(esm.summary as never, expected);
  });
});

/** The `bin` entries of the installed (published) manifest of each package that has one. */
const bins = state.node.error
  ? []
  : state.packages.flatMap((pkg) => {
      const file = join(state.node.dir, 'node_modules', pkg.name, 'package.json');
      if (!pkg.tarball || !existsSync(file)) return [];
      const { bin } = JSON.parse(readFileSync(file, 'utf8')) as { bin?: string | Record<string, string> };
      if (!bin) return [];
      const entries = typeof bin === 'string' ? { [pkg.name.replace(/^@[^/]+\//, '')]: bin } : bin;
      return Object.keys(entries).map((command) => ({ name: pkg.name, command }));
    });

describe('command-line tools installed from the tarballs', () => {
  if (bins.length === 0) it.skip('no published package has a `bin`', () => {});
  it.runIf(bins.length > 0).each(bins)('`$command --help` ($name) runs from node_modules/.bin', async ({ command }) => {
    const result = await run(join(state.node.dir, 'node_modules', '.bin', command), ['--help'], {
      cwd: state.node.dir,
      timeoutMs: 30_000,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(new RegExp(command));
  });
});

const absent = Object.keys(checks).filter((n) => !present.has(n));
if (absent.length > 0) {
  describe('checked packages not in this run', () => {
    it.skip.each(absent)('%s (no packages/*/package.json names it yet, or PRESSROOM_CONSUMERS left it out)', () => {});
  });
}
