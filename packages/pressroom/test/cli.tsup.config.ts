// Builds the CLI for test/cli.test.ts into its own directory, so the tests never race a
// `pnpm build` (whose clean step empties dist/) or the queue tests. Same settings as the CLI
// build in tsup.config.ts, shebang included; only the two CLI entries, no d.ts, so it is quick.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: 'node_modules/.cache/pressroom-cli-test',
  dts: false,
  clean: true,
  splitting: false,
  sourcemap: false,
  noExternal: [/^@pressroom\//],
  esbuildOptions(options) {
    options.conditions = ['@pressroom/source'];
  },
  banner: { js: '#!/usr/bin/env node' },
});
