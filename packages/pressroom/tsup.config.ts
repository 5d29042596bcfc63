import { packageConfig } from '../../tsup.config.base';

export default [
  // The library: ESM + CJS, runs anywhere.
  packageConfig(),
  // `pressroom/node`: the safe page fetcher, for Node servers and scripts. ESM + CJS + d.ts.
  // The d.ts build sees only this entry, so it needs the DOM lib for the global `TextDecoder` type
  // (tsc gets it through the test files' types).
  packageConfig({
    entry: { node: 'src/node.ts' },
    platform: 'node',
    target: 'node20',
    clean: false,
    dts: { compilerOptions: { lib: ['ES2023', 'DOM'] } },
  }),
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
