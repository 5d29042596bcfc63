import { defineConfig } from 'vitest/config';

/** Resolve workspace packages to their TypeScript source, so tests need no build. */
export const sourceConditions = ['@pressroom/source'];

/**
 * The vitest config every workspace package uses. Besides the console it writes a JSON report
 * to `test-results/vitest.json`, which `scripts/test-summary.mjs` adds up for CI.
 *
 * @example
 * // packages/<name>/vitest.config.ts
 * export { default } from '../../vitest.shared';
 */
export default defineConfig({
  resolve: { conditions: [...sourceConditions, 'import', 'module', 'default'] },
  ssr: { resolve: { conditions: [...sourceConditions, 'import', 'module', 'node', 'default'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'src/**/*.test-prop.ts', 'test/**/*.test-prop.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    testTimeout: 30_000,
  },
});
