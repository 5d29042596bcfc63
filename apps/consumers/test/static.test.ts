import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeUsages, reachableFiles, sourceFiles } from '../src/static-scan';
import { appDir, publishedPackages, repoRoot } from '../src/workspace';

const packages = publishedPackages();

/**
 * Files allowed to use Node, per package: code that the library entry (`src/index.ts`) does not
 * reach, i.e. the umbrella's CLI. Everything the library entry reaches must be web-standard.
 */
const NODE_ALLOWED_OUTSIDE_LIBRARY = new Set(['pressroom']);

describe('the consumer tests cover every published package', () => {
  const manifest = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  it.each(packages)('$name is a devDependency ("workspace:*"), so turbo builds it before these tests', (pkg) => {
    expect(
      manifest.devDependencies?.[pkg.name],
      `add "${pkg.name}": "workspace:*" to apps/consumers devDependencies`,
    ).toBe('workspace:*');
  });
});

describe.each(packages)('$name source uses web-standard APIs only', (pkg) => {
  it('no file of the library imports node:* or uses process, Buffer, require, __dirname...', async () => {
    let files = sourceFiles(join(pkg.dir, 'src'));
    if (NODE_ALLOWED_OUTSIDE_LIBRARY.has(pkg.name)) {
      const library = await reachableFiles(pkg.dir, 'src/index.ts');
      files = files.filter((f) => library.has(f));
    }
    expect(files.length).toBeGreaterThan(0);
    const usages = files.flatMap((f) => nodeUsages(f, repoRoot));
    expect(usages, usages.join('\n')).toEqual([]);
  });
});
