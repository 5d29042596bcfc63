// Builds the CLI for the queue tests into their own directory (PRESSROOM_QUEUE_BUILD), so they
// never race the other CLI tests, which rebuild dist/. Same settings as the CLI build in tsup.config.ts.
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  outDir: process.env.PRESSROOM_QUEUE_BUILD ?? 'node_modules/.cache/pressroom-queue-test',
  dts: false,
  clean: true,
  splitting: false,
  sourcemap: false,
  noExternal: [/^@pressroom\//],
  esbuildOptions(options) {
    options.conditions = ['@pressroom/source'];
  },
});
