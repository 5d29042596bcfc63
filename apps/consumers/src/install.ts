import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertOk, run } from './exec';
import type { PublishedPackage } from './workspace';

/** A published package as packed for the consumers. */
export interface PackedPackage {
  name: string;
  folder: string;
  dir: string;
  version: string;
  internalDeps: string[];
  /** Absolute path of the tarball; `null` when the package could not be packed. */
  tarball: string | null;
  /** Why it was not packed (not built yet, `pnpm pack` failed), else `null`. */
  problem: string | null;
}

/** A fresh npm project with the tarballs installed. */
export interface ConsumerProject {
  dir: string;
  /** Install failure (npm's output), else `null`. */
  error: string | null;
  ms: number;
}

/** Packs every package with `pnpm pack` (so `publishConfig` and `workspace:` rewriting apply). */
export async function packAll(packages: PublishedPackage[], destination: string): Promise<PackedPackage[]> {
  mkdirSync(destination, { recursive: true });
  const packed = await Promise.all(
    packages.map(async (pkg): Promise<PackedPackage> => {
      const base = {
        name: pkg.name,
        folder: pkg.folder,
        dir: pkg.dir,
        version: pkg.version,
        internalDeps: pkg.internalDeps,
      };
      if (pkg.missingFiles.length > 0) {
        return {
          ...base,
          tarball: null,
          problem:
            `${pkg.name} is not built: ${pkg.missingFiles.join(', ')} missing. Run the consumer tests through turbo ` +
            '(`pnpm turbo run test --filter=@pressroom/consumers`), which builds every devDependency first.',
        };
      }
      const out = join(destination, pkg.folder);
      mkdirSync(out, { recursive: true });
      const result = await run('pnpm', ['pack', '--pack-destination', out], { cwd: pkg.dir, env: process.env });
      const tarball = readdirSync(out).find((f) => f.endsWith('.tgz'));
      if (result.code !== 0 || !tarball) {
        return { ...base, tarball: null, problem: `pnpm pack failed for ${pkg.name}:\n${result.stderr}` };
      }
      return { ...base, tarball: join(out, tarball), problem: null };
    }),
  );
  return withoutBrokenDependencies(packed);
}

/**
 * Leaves out (with a `problem`) every package that depends, directly or not, on one that could not
 * be packed: npm would look for that one on the registry and fail the whole install.
 */
export function withoutBrokenDependencies(packed: PackedPackage[]): PackedPackage[] {
  const byName = new Map(packed.map((p) => [p.name, p]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const pkg of packed) {
      if (!pkg.tarball) continue;
      const broken = pkg.internalDeps.find((d) => !byName.get(d)?.tarball);
      if (broken) {
        pkg.tarball = null;
        pkg.problem = `${pkg.name} depends on ${broken}, which could not be packed: ${byName.get(broken)?.problem ?? ''}`;
        changed = true;
      }
    }
  }
  return packed;
}

/**
 * Creates `dir` as a new npm project and installs the tarballs (plus `extra` registry packages)
 * in ONE `npm install`, so internal dependencies resolve to the tarballs, never to the registry.
 * Then proves it: every packed package must be installed from its tarball.
 */
export async function createProject(
  dir: string,
  name: string,
  packed: PackedPackage[],
  extra: string[] = [],
): Promise<ConsumerProject> {
  const started = Date.now();
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true, description: 'Pressroom consumer test project' }, null, 2)}\n`,
  );
  const tarballs = packed.flatMap((p) => (p.tarball ? [p.tarball] : []));
  try {
    assertOk(
      await run(
        'npm',
        ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs, ...extra],
        { cwd: dir, timeoutMs: 240_000 },
      ),
      `npm install in ${dir}`,
    );
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string; version?: string }>;
    };
    for (const p of packed.filter((x) => x.tarball)) {
      const entry = lock.packages[`node_modules/${p.name}`];
      if (!entry || !existsSync(join(dir, 'node_modules', p.name, 'package.json'))) {
        throw new Error(`${p.name} is not installed in ${dir}`);
      }
      if (!entry.resolved?.startsWith('file:')) {
        throw new Error(`${p.name} was installed from ${entry.resolved}, not from its tarball`);
      }
      const nested = Object.keys(lock.packages).filter(
        (k) => k.endsWith(`/node_modules/${p.name}`) && k !== `node_modules/${p.name}`,
      );
      if (nested.length > 0) throw new Error(`${p.name} is installed twice (${nested.join(', ')}): a version mismatch`);
    }
    return { dir, error: null, ms: Date.now() - started };
  } catch (error) {
    return { dir, error: error instanceof Error ? error.message : String(error), ms: Date.now() - started };
  }
}
