import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from 'pressroom';
import { createDemoServer } from './app';

// `pnpm --filter @pressroom/demo start`: serves dist/web and the API on PORT (default 5173).
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const server = createDemoServer({ webRoot: here('../dist/web'), samplesDir: here('../samples') });

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use: start the demo on another one, e.g. PORT=8080 pnpm demo`);
    process.exit(1);
  }
  throw error;
});

server.listen(port, host, () => {
  const shown = host === '127.0.0.1' || host === '::1' ? 'localhost' : host;
  console.log(`Pressroom demo: http://${shown}:${port}/`);
  // Warm the parser up once, so the first page a visitor parses shows steady-state timings.
  setImmediate(() => parseArticle(readFileSync(here('../samples/seed-itnews.html'), 'utf8')));
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
