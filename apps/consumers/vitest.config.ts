import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared';

/**
 * The shared config plus a global setup that packs every published package once and installs
 * the tarballs into fresh npm projects outside the workspace; every test file reuses them.
 * Test files mostly wait on child processes (npm, tsc, Chromium), so several run at once.
 */
export default mergeConfig(
  shared,
  defineConfig({
    test: {
      globalSetup: ['test/global-setup.ts'],
      testTimeout: 180_000,
      hookTimeout: 300_000,
      maxWorkers: 4,
    },
  }),
);
