import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, version as esbuildVersion } from 'esbuild';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Peers that ship to browsers as they are, bundled the same way for comparison. */
const BROWSER_PEERS = ['@mozilla/readability'];

/** A published workspace package and the ESM file its `import` condition points at. */
interface Target {
  name: string;
  version: string;
  /** Absolute path of the ESM entry (`publishConfig.exports['.'].import.default`), or null if unknown. */
  entry: string | null;
}

function publishedPackages(): Target[] {
  const dir = join(repoRoot, 'packages');
  if (!existsSync(dir)) return [];
  const targets: Target[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const file = join(dir, folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
      exports?: Record<string, unknown>;
      publishConfig?: { exports?: Record<string, unknown> };
    };
    if (manifest.private) continue;
    const root = (manifest.publishConfig?.exports ?? manifest.exports)?.['.'] as
      | { import?: { default?: string } | string }
      | undefined;
    const esm = typeof root?.import === 'string' ? root.import : root?.import?.default;
    targets.push({ name: manifest.name, version: manifest.version, entry: esm ? join(dir, folder, esm) : null });
  }
  return targets;
}

/** Budgets the consumer tests enforce (apps/consumers/size-budgets.json), shown beside the sizes. */
function budgets(): Record<string, { minified: number; gzip: number }> {
  const file = join(repoRoot, 'apps', 'consumers', 'size-budgets.json');
  if (!existsSync(file)) return {};
  return (JSON.parse(readFileSync(file, 'utf8')) as { budgets: Record<string, { minified: number; gzip: number }> })
    .budgets;
}

/**
 * Bundles everything `specifier` exports for the browser (esbuild: platform browser, ESM,
 * minified, tree-shaken; Node built-ins fail the build) and measures it.
 */
async function measureBundle(
  specifier: string,
  resolveDir: string,
): Promise<{ minified: number; gzip: number; modules: number }> {
  const result = await build({
    stdin: { contents: `export * from ${JSON.stringify(specifier)};\n`, resolveDir, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    minified: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    modules: Object.keys(result.metafile.inputs).length - 1,
  };
}

/**
 * Browser bundle size of every published package (all its exports, dependencies included), as
 * the consumer tests measure it from the packed tarballs, next to Readability's.
 */
export const bundleSize: Suite = {
  name: 'bundle-size',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const rows: Row[] = [];
    const notes: string[] = [];
    const limits = budgets();
    const tool = `esbuild ${esbuildVersion}`;
    for (const target of publishedPackages()) {
      if (!target.entry || !existsSync(target.entry)) {
        notes.push(`${target.name}: not built (run \`pnpm build\` first); no size.`);
        continue;
      }
      ctx.log(`bundle-size: ${target.name}`);
      try {
        const size = await measureBundle(target.entry, dirname(target.entry));
        rows.push({
          name: target.name,
          version: `${target.name}@${target.version}, ${tool}`,
          metrics: {
            minifiedBytes: size.minified,
            gzipBytes: size.gzip,
            budgetGzipBytes: limits[target.name]?.gzip ?? null,
            modules: size.modules,
          },
        });
      } catch (error) {
        notes.push(`${target.name}: the browser build failed: ${error instanceof Error ? error.message : error}`);
      }
    }
    const require = createRequire(join(benchDir, 'package.json'));
    for (const peer of BROWSER_PEERS) {
      try {
        const version = (require(`${peer}/package.json`) as { version: string }).version;
        const size = await measureBundle(peer, benchDir);
        rows.push({
          name: peer,
          version: `${peer}@${version}, ${tool}`,
          metrics: { minifiedBytes: size.minified, gzipBytes: size.gzip, budgetGzipBytes: null, modules: size.modules },
        });
      } catch (error) {
        notes.push(`${peer}: not measured (${error instanceof Error ? error.message.split('\n')[0] : error})`);
      }
    }
    notes.push(
      'Everything a package exports bundled for the browser with its dependencies (esbuild, platform browser, ESM, minified; gzip -9). Readability needs the page DOM, which a browser has; ours bring their own parser (cheerio).',
    );
    notes.push('Budgets: apps/consumers/size-budgets.json, enforced by the consumer tests on the packed tarballs.');
    return {
      suite: 'bundle-size',
      description: 'Minified and gzipped browser bundle of each published package, as a web app would ship it.',
      columns: ['minifiedBytes', 'gzipBytes', 'budgetGzipBytes', 'modules'],
      rows,
      notes,
    };
  },
};
