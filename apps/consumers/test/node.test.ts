import { describe, expect, inject, it } from 'vitest';
import { checks } from '../src/checks';
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

const absent = Object.keys(checks).filter((n) => !present.has(n));
if (absent.length > 0) {
  describe('packages not in the workspace yet', () => {
    it.skip.each(absent)('%s (no packages/*/package.json names it yet)', () => {});
  });
}
