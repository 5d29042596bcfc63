import { defineConfig, type Options } from 'tsup';

/**
 * The one build config every published package extends:
 * ESM + CJS + d.ts, tree-shakeable, for Node 20+, browsers and edge runtimes.
 *
 * @example
 * // packages/<name>/tsup.config.ts
 * import { packageConfig } from '../../tsup.config.base';
 * export default packageConfig({ entry: ['src/index.ts'] });
 */
export function packageConfig(overrides: Options = {}) {
  return defineConfig({
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    ...overrides,
  });
}
