import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared';

/** The shared config; the end-to-end test builds the front end and drives Chromium, so it gets more time. */
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } }));
