import { gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Metafile } from 'esbuild';

/**
 * Packages that exist to emulate Node in browsers. A browser or edge bundle of a Pressroom
 * package must not contain any of them (no polyfills): the libraries use web-standard APIs only.
 */
export const NODE_POLYFILLS = [
  'assert',
  'buffer',
  'browserify-zlib',
  'crypto-browserify',
  'events',
  'os-browserify',
  'path-browserify',
  'process',
  'querystring-es3',
  'readable-stream',
  'stream-browserify',
  'stream-http',
  'https-browserify',
  'timers-browserify',
  'url',
  'util',
  'vm-browserify',
  'node-stdlib-browser',
];

/** Where the bundle is meant to run. */
export type Target = 'browser' | 'worker';

/**
 * esbuild settings per target, as a consumer's bundler would use them. `browser`: a web app
 * (conditions `browser`, `import`). `worker`: an edge runtime / web worker, platform `neutral`
 * with the export conditions edge bundlers use (`worker`, `browser`; Cloudflare adds `workerd`,
 * Vercel `edge-light`). Neither resolves Node built-ins, so importing one fails the build, and
 * nothing is polyfilled or aliased.
 */
function settings(target: Target, resolveDir: string): BuildOptions {
  const common: BuildOptions = {
    bundle: true,
    write: false,
    metafile: true,
    target: 'es2022',
    logLevel: 'silent',
    absWorkingDir: resolveDir,
    legalComments: 'none',
  };
  if (target === 'browser') return { ...common, platform: 'browser' };
  return {
    ...common,
    platform: 'neutral',
    conditions: ['worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
  };
}

/** A finished bundle. */
export interface Bundle {
  code: string;
  /** Every input file, relative to the resolve dir. */
  inputs: string[];
}

async function bundle(target: Target, resolveDir: string, contents: string, options: BuildOptions): Promise<Bundle> {
  const result = await build({
    ...settings(target, resolveDir),
    ...options,
    stdin: { contents, resolveDir, sourcefile: 'consumer-entry.js', loader: 'js' },
  });
  const code = result.outputFiles?.[0]?.text ?? '';
  return { code, inputs: Object.keys((result.metafile as Metafile).inputs) };
}

/** The polyfill packages a bundle pulled in (should be none). */
export function polyfillsIn(inputs: string[]): string[] {
  return NODE_POLYFILLS.filter((p) => inputs.some((i) => i.includes(`node_modules/${p}/`)));
}

/** Minified and gzipped size of everything the package exports, bundled for `target`. */
export async function bundleSize(
  name: string,
  resolveDir: string,
  target: Target = 'browser',
): Promise<{ minified: number; gzip: number; inputs: string[] }> {
  const out = await bundle(target, resolveDir, `export * from '${name}';\n`, { format: 'esm', minify: true });
  const bytes = Buffer.from(out.code);
  return { minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, inputs: out.inputs };
}

/**
 * A classic script for a page: `globalThis.__consumer.run(input)` runs the check's `run`
 * source over the bundled package.
 */
export function pageBundle(name: string, runSource: string, resolveDir: string): Promise<Bundle> {
  const entry = `import * as pkg from '${name}';
const run = ${runSource};
globalThis.__consumer = { run: (input) => run(pkg, input), exports: Object.keys(pkg).sort() };
`;
  return bundle('browser', resolveDir, entry, { format: 'iife' });
}

/**
 * A web worker script: answers each message (a seed input) with `{ ok, summary, nodeGlobals }`.
 * `nodeGlobals` lists the Node globals the worker can see: none in a real web worker.
 */
export function workerBundle(name: string, runSource: string, resolveDir: string): Promise<Bundle> {
  const entry = `import * as pkg from '${name}';
const run = ${runSource};
const NODE_GLOBALS = ['process', 'Buffer', 'require', 'module', 'global', '__dirname', 'setImmediate'];
self.onmessage = (event) => {
  const nodeGlobals = NODE_GLOBALS.filter((g) => typeof self[g] !== 'undefined');
  try {
    self.postMessage({ ok: true, summary: run(pkg, event.data), nodeGlobals });
  } catch (error) {
    self.postMessage({ ok: false, error: String((error && error.stack) || error), nodeGlobals });
  }
};
`;
  return bundle('worker', resolveDir, entry, { format: 'iife' });
}

/** Bundles arbitrary entry source for `target` (used to prove that a Node built-in fails the build). */
export function bundleSource(target: Target, resolveDir: string, contents: string): Promise<Bundle> {
  return bundle(target, resolveDir, contents, { format: 'esm' });
}
