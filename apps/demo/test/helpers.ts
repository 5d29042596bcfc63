import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createDemoServer, type DemoServerOptions } from '../server/app';

/** The demo's sample folder. */
export const samplesDir = fileURLToPath(new URL('../samples', import.meta.url));

/** Starts the demo server on a free port of 127.0.0.1; `close()` stops it. */
export async function startServer(
  options: Partial<DemoServerOptions> & { webRoot: string },
): Promise<{ server: Server; base: string; close: () => Promise<void> }> {
  const server = createDemoServer({ samplesDir, ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A short news page, as someone would paste it. */
export const PASTED_PAGE = `<!doctype html><html lang="en"><head><title>Reserve bank holds rates as inflation cools | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"></head><body>
<nav><a href="/">Home</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav>
<article><h1>Reserve bank holds rates as inflation cools</h1>
<p class="byline">By Jane Roe</p>
<p>The central bank left its cash rate unchanged on Tuesday, saying price growth had slowed for a third month in a row and that households were still adjusting to earlier increases.</p>
<p>"We are prepared to wait until the data tell us more about where inflation is heading," said Mark Ellison, the bank's deputy governor, at a briefing after the decision.</p>
<p>The bank also said it would sell $2 billion of government bonds over the next quarter, reducing its holdings at a slower pace than analysts had expected.</p>
</article>
<footer>© 2026 Harbour Times · <a href="/privacy">Privacy</a></footer></body></html>`;
