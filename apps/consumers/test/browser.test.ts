import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleSize, bundleSource, pageBundle, polyfillsIn, workerBundle } from '../src/bundle';
import { checks } from '../src/checks';
import { runConsumerScript } from '../src/node-run';
import { loadSeed } from '../src/seed';
import { appDir } from '../src/workspace';

/** Debian's Chromium (`.ci/apt-packages`), driven by playwright-core: no browser download. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const state = inject('consumers');
const { input, expected } = loadSeed();
const packed = state.packages.filter((p) => p.tarball && checks[p.name] && !state.node.error);
const budgets = (
  JSON.parse(readFileSync(join(appDir, 'size-budgets.json'), 'utf8')) as {
    budgets: Record<string, { minified: number; gzip: number }>;
  }
).budgets;
const sizes: Record<string, { minified: number; gzip: number }> = {};
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (listed in .ci/apt-packages; .ci/run installs it)`,
    );
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  if (Object.keys(sizes).length === 0) return;
  const dir = join(appDir, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
  const rows = Object.entries(sizes).map(
    ([n, s]) => `  ${n.padEnd(24)} ${String(s.minified).padStart(8)} B min ${String(s.gzip).padStart(7)} B gzip`,
  );
  console.log(`browser bundle sizes (esbuild, minified, gzip -9):\n${rows.join('\n')}`);
});

/** Runs `code` as a classic script on a fresh page and the check in it. */
async function runInPage(code: string): Promise<{ summary: unknown; exports: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.setContent('<!doctype html><title>consumer</title>');
    await page.addScriptTag({ content: code });
    const out = await page.evaluate((seed) => {
      const consumer = (globalThis as unknown as Record<string, { run(i: unknown): unknown; exports: string[] }>)
        .__consumer;
      if (!consumer) throw new Error('the bundle did not load');
      return { summary: consumer.run(seed), exports: consumer.exports };
    }, input);
    return { ...out, errors };
  } finally {
    await page.close();
  }
}

/** Runs `code` in a dedicated web worker (no DOM, no Node) and posts it the seed input. */
async function runInWorker(
  code: string,
): Promise<{ ok: boolean; summary?: unknown; error?: string; nodeGlobals: string[] }> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><title>worker host</title>');
    return await page.evaluate(
      ({ source, seed }) =>
        new Promise((resolve) => {
          const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          worker.onmessage = (event) => resolve(event.data);
          worker.onerror = (event) => resolve({ ok: false, error: event.message, nodeGlobals: [] });
          worker.postMessage(seed);
        }),
      { source: code, seed: input },
    );
  } finally {
    await page.close();
  }
}

describe('the bundler guard', () => {
  it.each(['browser', 'worker'] as const)(
    '%s: a Node built-in fails the build (nothing is polyfilled)',
    async (target) => {
      await expect(
        bundleSource(target, state.node.dir, "import { readFileSync } from 'node:fs';\nreadFileSync;\n"),
      ).rejects.toThrow(/node:fs/);
      await expect(bundleSource(target, state.node.dir, "import path from 'path';\npath;\n")).rejects.toThrow(/path/);
    },
  );
});

describe.each(packed)('$name from its tarball in Chromium', (pkg) => {
  const check = checks[pkg.name]!;
  let nodeSummary: unknown;
  let nodeExports: string[];
  beforeAll(async () => {
    const node = await runConsumerScript(state.node.dir, pkg.name, 'esm', check.run, input);
    nodeSummary = node.summary;
    nodeExports = node.exports;
  });

  it('bundles for the browser (esbuild, no Node built-ins, no polyfills) and runs on the seed page like Node', async () => {
    const bundle = await pageBundle(pkg.name, check.run, state.node.dir);
    expect(polyfillsIn(bundle.inputs)).toEqual([]);
    const out = await runInPage(bundle.code);
    expect(out.errors).toEqual([]);
    expect(out.exports, 'the browser build exports what Node sees').toEqual(nodeExports);
    expect(out.summary, 'Chromium gives the same results as Node').toEqual(nodeSummary);
    check.verify(out.summary as never, expected);
  });

  it('bundles for platform neutral and runs in a web worker without Node globals, like Node', async () => {
    const bundle = await workerBundle(pkg.name, check.run, state.node.dir);
    expect(polyfillsIn(bundle.inputs)).toEqual([]);
    const out = await runInWorker(bundle.code);
    expect(out.nodeGlobals).toEqual([]);
    expect(out.error).toBeUndefined();
    expect(out.summary, 'the worker gives the same results as Node').toEqual(nodeSummary);
  });

  it('stays within its bundle size budget (size-budgets.json)', async () => {
    const size = await bundleSize(pkg.name, state.node.dir);
    sizes[pkg.name] = { minified: size.minified, gzip: size.gzip };
    const budget = budgets[pkg.name];
    expect(
      budget,
      `add a budget for '${pkg.name}' to apps/consumers/size-budgets.json (measured ${size.minified} B min, ${size.gzip} B gzip)`,
    ).toBeDefined();
    expect(size.minified, `minified bundle of ${pkg.name}`).toBeLessThanOrEqual(budget?.minified ?? 0);
    expect(size.gzip, `gzipped bundle of ${pkg.name}`).toBeLessThanOrEqual(budget?.gzip ?? 0);
  });
});
