import { packageConfig } from '../../tsup.config.base';

export default [
  // The library: ESM + CJS, runs anywhere.
  packageConfig(),
  // The CLI and its worker: Node only, ESM, the workspace packages bundled in (built from their
  // source), so the binary does not depend on their build order.
  packageConfig({
    entry: { cli: 'src/cli.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    clean: false,
    noExternal: [/^@pressroom\//],
    esbuildOptions(options) {
      options.conditions = ['@pressroom/source'];
    },
    banner: ({ format }) => (format === 'esm' ? { js: '#!/usr/bin/env node' } : {}),
  }),
];
