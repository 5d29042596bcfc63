import { defineConfig } from 'vite';

/** The front end: plain TypeScript in `web/`, built to `dist/web` and served by `server/main.ts`. */
export default defineConfig({
  root: 'web',
  base: '/',
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022', sourcemap: true },
  server: { port: 5174, proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 5173}` } },
});
