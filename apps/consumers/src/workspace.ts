import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this app). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** This app's folder, `apps/consumers`. */
export const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The seed page every package is checked on, copied from `../shared/fixtures/seed-article`. */
export const seedDir = join(appDir, 'fixtures', 'seed-article');

/** What the consumer tests need to know about one published workspace package. */
export interface PublishedPackage {
  /** npm name, e.g. `@pressroom/byline`. */
  name: string;
  version: string;
  /** Absolute folder, e.g. `/repo/packages/byline`. */
  dir: string;
  /** Folder name under `packages/`, e.g. `byline`. */
  folder: string;
  /** Names of the other workspace packages it depends on (from `dependencies`). */
  internalDeps: string[];
  /** The files its published `exports` map points at, relative to `dir`, that do not exist (not built yet). */
  missingFiles: string[];
  manifest: Record<string, unknown>;
}

/** Every file path named in an `exports` value (nested conditions flattened). */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

/**
 * Every published (not `private`) package under `packages/*` that has a package.json, sorted by
 * name. Folders still being written (no package.json yet) are not packages yet and are left out.
 */
export function publishedPackages(root = repoRoot): PublishedPackage[] {
  const packagesDir = join(root, 'packages');
  if (!existsSync(packagesDir)) return [];
  const found: PublishedPackage[] = [];
  for (const folder of readdirSync(packagesDir).sort()) {
    const file = join(packagesDir, folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (manifest.private === true || typeof manifest.name !== 'string') continue;
    const dir = join(packagesDir, folder);
    const publishConfig = (manifest.publishConfig ?? {}) as Record<string, unknown>;
    const exportsMap = publishConfig.exports ?? manifest.exports;
    const targets = [...new Set(exportTargets(exportsMap))].filter((t) => t !== './package.json');
    found.push({
      name: manifest.name,
      version: String(manifest.version),
      dir,
      folder,
      internalDeps: [],
      missingFiles: targets.filter((t) => !existsSync(join(dir, t))),
      manifest,
    });
  }
  const names = new Set(found.map((p) => p.name));
  for (const pkg of found) {
    const deps = (pkg.manifest.dependencies ?? {}) as Record<string, string>;
    pkg.internalDeps = Object.keys(deps).filter((d) => names.has(d));
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}
