import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { BUNDLED_RATES, convert, pickBundledRates } from '@pressroom/currency';
import { isPressroomError, parseArticle } from 'pressroom';
import { type FetchOptions, fetchPage } from 'pressroom/node';
import type {
  Converted,
  ConvertResponse,
  CurrenciesResponse,
  ErrorResponse,
  ParseResponse,
  SampleInfo,
} from './api-types';

/** Options of {@link createDemoServer}. */
export interface DemoServerOptions {
  /** Folder of the built front end (`vite build` output). */
  webRoot: string;
  /** Folder of the sample pages and their `index.json`. */
  samplesDir: string;
  /** Largest request body, in bytes. Default 5 MB. */
  maxBodyBytes?: number;
  /** Options for fetching URLs (the `pressroom/node` fetcher). Default: 10 s, 5 MB, no private addresses. */
  fetch?: FetchOptions;
  /** Per-page time budget of `parseArticle`, ms. Default 10,000. */
  parseTimeoutMs?: number;
}

/** Defaults of {@link createDemoServer}. */
export const DEMO_DEFAULTS = {
  maxBodyBytes: 5 * 1024 * 1024,
  fetch: { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowPrivate: false },
  parseTimeoutMs: 10_000,
} as const;

interface SampleEntry extends SampleInfo {
  file: string;
}

/** An error answered as JSON with an HTTP status. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_BY_CODE: Record<string, number> = {
  PRESSROOM_FORBIDDEN_ADDRESS: 403,
  PRESSROOM_FETCH_FAILED: 502,
  PRESSROOM_TIMEOUT: 504,
  PRESSROOM_INPUT_TOO_LARGE: 413,
  PRESSROOM_INVALID_INPUT: 400,
  PRESSROOM_INVALID_OPTION: 400,
  PRESSROOM_UNSUPPORTED_ENCODING: 415,
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/**
 * The app's Content-Security-Policy. The original page is shown in a sandboxed `srcdoc` frame,
 * which inherits this policy: its scripts never run and it loads nothing from the network.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(res, error.status, { error: { code: error.code, message: error.message } } satisfies ErrorResponse);
    return;
  }
  if (isPressroomError(error)) {
    const status = STATUS_BY_CODE[error.code] ?? 400;
    // The fetcher's advice is for CLI users (--allow-private): the demo never fetches such addresses.
    const message =
      error.code === 'PRESSROOM_FORBIDDEN_ADDRESS'
        ? `${error.message.replace(/ Pass --allow-private.*$/s, '')} The demo only fetches pages from public addresses: save the page and upload it instead.`
        : error.message;
    sendJson(res, status, { error: { code: error.code, message } } satisfies ErrorResponse);
    return;
  }
  console.error(error);
  sendJson(res, 500, {
    error: { code: 'DEMO_INTERNAL', message: 'The demo server failed on this input: please report it.' },
  } satisfies ErrorResponse);
}

/** Reads a JSON request body, refusing other content types and bodies over `maxBytes`. */
async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    throw new HttpError(
      415,
      'DEMO_BAD_CONTENT_TYPE',
      'Send the request body as JSON (Content-Type: application/json).',
    );
  }
  const tooLarge = () =>
    new HttpError(
      413,
      'PRESSROOM_INPUT_TOO_LARGE',
      `The request is over the demo's limit of ${Math.round(maxBytes / 1024 / 1024)} MB. Try a smaller page.`,
    );
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      req.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'DEMO_BAD_JSON', 'The request body is not valid JSON.');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new HttpError(400, 'DEMO_BAD_REQUEST', `"${key}" must be a string.`);
  return value;
}

function httpUrl(value: string, key: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new HttpError(
      400,
      'DEMO_BAD_REQUEST',
      `"${key}" is not a valid URL: give a full address such as https://example.com/news/1.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpError(400, 'DEMO_BAD_REQUEST', `"${key}" must be an http or https URL.`);
  }
  return url.href;
}

/**
 * The demo's HTTP server: the built front end plus a small JSON API over the Pressroom
 * packages. `GET /api/samples`, `POST /api/parse` (`{ html, pageUrl? }`, `{ url }` or
 * `{ sampleId }`), `GET /api/currencies` and `POST /api/convert` (`{ money, to, date? }`).
 * URLs are fetched with `fetchPage` from `pressroom/node`: time budget, size cap, redirects
 * re-checked, no private or loopback addresses.
 *
 * @example
 * const server = createDemoServer({ webRoot: 'dist/web', samplesDir: 'samples' });
 * server.listen(5173);
 */
export function createDemoServer(options: DemoServerOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEMO_DEFAULTS.maxBodyBytes;
  const fetchOptions: FetchOptions = { ...DEMO_DEFAULTS.fetch, ...options.fetch };
  const parseTimeoutMs = options.parseTimeoutMs ?? DEMO_DEFAULTS.parseTimeoutMs;
  const webRoot = resolve(options.webRoot);
  let samples: Promise<SampleEntry[]> | undefined;
  const loadSamples = () => {
    samples ??= readFile(join(options.samplesDir, 'index.json'), 'utf8').then((t) => JSON.parse(t) as SampleEntry[]);
    return samples;
  };

  async function parse(body: unknown): Promise<ParseResponse> {
    if (!isRecord(body)) {
      throw new HttpError(400, 'DEMO_BAD_REQUEST', 'Send a JSON object with one of "html", "url" or "sampleId".');
    }
    const html = optionalString(body, 'html');
    const url = optionalString(body, 'url');
    const sampleId = optionalString(body, 'sampleId');
    const pageUrl = optionalString(body, 'pageUrl');
    const given = [html, url, sampleId].filter((v) => v !== undefined).length;
    if (given !== 1) {
      throw new HttpError(400, 'DEMO_BAD_REQUEST', 'Give exactly one of "html", "url" or "sampleId".');
    }
    let source: ParseResponse['source'];
    if (html !== undefined) {
      if (html.trim() === '') throw new HttpError(400, 'DEMO_EMPTY_INPUT', 'The HTML is empty: paste a page first.');
      const context = pageUrl?.trim() ? httpUrl(pageUrl, 'pageUrl') : null;
      source = { kind: 'html', url: context, html };
    } else if (url !== undefined) {
      const target = httpUrl(url, 'url');
      const t0 = performance.now();
      const page = await fetchPage(target, fetchOptions);
      source = {
        kind: 'url',
        url: page.url,
        html: page.html,
        fetch: {
          status: page.status,
          charset: page.charset,
          redirects: page.redirects,
          address: page.address,
          ms: Math.round(performance.now() - t0),
        },
      };
    } else {
      const sample = (await loadSamples()).find((s) => s.id === sampleId);
      if (!sample) throw new HttpError(404, 'DEMO_UNKNOWN_SAMPLE', `There is no sample "${sampleId}".`);
      source = { kind: 'sample', url: null, html: await readFile(join(options.samplesDir, sample.file), 'utf8') };
    }
    const t0 = performance.now();
    const result = parseArticle(source.html, {
      ...(source.url ? { url: source.url } : {}),
      timeoutMs: parseTimeoutMs,
    });
    const parseMs = Math.round((performance.now() - t0) * 10) / 10;
    if (source.kind === 'sample') source.url = result.url;
    return { source, result, parseMs };
  }

  function convertAll(body: unknown): ConvertResponse {
    if (!isRecord(body) || !Array.isArray(body.money) || typeof body.to !== 'string') {
      throw new HttpError(400, 'DEMO_BAD_REQUEST', 'Send { "money": [...mentions from /api/parse], "to": "EUR" }.');
    }
    if (body.money.length > 5000)
      throw new HttpError(413, 'PRESSROOM_INPUT_TOO_LARGE', 'At most 5,000 mentions at once.');
    const to = body.to.trim().toUpperCase();
    const date = optionalString(body, 'date');
    const rates = pickBundledRates(date);
    if (to !== rates.base && !(to in rates.rates)) {
      throw new HttpError(400, 'DEMO_UNKNOWN_CURRENCY', `No bundled rate for "${to}". Pick a currency from the list.`);
    }
    const values: Converted[] = body.money.map((money) => {
      try {
        return { value: convert(money, to, rates) };
      } catch (error) {
        if (isPressroomError(error)) return { error: error.message };
        throw error;
      }
    });
    return { to, rates: { base: rates.base, date: rates.date ?? null, source: rates.source ?? null }, values };
  }

  function currencies(): CurrenciesResponse {
    const codes = new Set<string>();
    for (const table of BUNDLED_RATES) {
      codes.add(table.base);
      for (const code of Object.keys(table.rates)) codes.add(code);
    }
    return { codes: [...codes].sort() };
  }

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, 'DEMO_METHOD', `${req.method} is not allowed here.`);
    }
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(webRoot, relative));
    if (file !== webRoot && !file.startsWith(webRoot + sep)) throw new HttpError(404, 'DEMO_NOT_FOUND', 'Not found.');
    let body: Buffer;
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      body = await readFile(file);
    } catch {
      if (relative === 'index.html') {
        throw new HttpError(
          503,
          'DEMO_NOT_BUILT',
          `The front end is not built (no ${file}). Run "pnpm demo" from the repository root.`,
        );
      }
      throw new HttpError(404, 'DEMO_NOT_FOUND', `Not found: ${pathname}`);
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${pathname}`;
    switch (route) {
      case 'GET /api/samples': {
        const list: SampleInfo[] = (await loadSamples()).map(({ file: _file, ...info }) => info);
        return sendJson(res, 200, list);
      }
      case 'GET /api/currencies':
        return sendJson(res, 200, currencies());
      case 'POST /api/parse':
        return sendJson(res, 200, await parse(await readJson(req, maxBodyBytes)));
      case 'POST /api/convert':
        return sendJson(res, 200, convertAll(await readJson(req, maxBodyBytes)));
      default:
        if (pathname.startsWith('/api/')) throw new HttpError(404, 'DEMO_NOT_FOUND', `No API at ${route}.`);
        return serveStatic(req, res, pathname);
    }
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, error));
  });
}
