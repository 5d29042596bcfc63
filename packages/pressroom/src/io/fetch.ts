import { lookup as dnsLookup } from 'node:dns/promises';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { PressroomError } from '@pressroom/core';
import { classifyAddress } from './address';
import { decodeHtml } from './charset';

/** Options of {@link fetchPage}. */
export interface FetchOptions {
  /** Whole-request budget in ms, redirects included. Default 15,000. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes after decompression. Default 10 MB. */
  maxBytes?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Allow loopback, private, link-local and other non-public addresses. Default false. */
  allowPrivate?: boolean;
  /** User-Agent header. */
  userAgent?: string;
  /** Resolves a host name to addresses; defaults to the system resolver. For tests. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

/** A fetched, decoded page. */
export interface FetchedPage {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  /** The address connected to for the last hop. */
  address: string;
  redirects: string[];
  bytes: Uint8Array;
  html: string;
  charset: string;
  warnings: string[];
}

/** Defaults of {@link fetchPage}. */
export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'pressroom (+https://github.com/pressroom-js/pressroom)',
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

function fail(message: string, cause?: unknown): PressroomError {
  return new PressroomError('PRESSROOM_FETCH_FAILED', message, cause === undefined ? undefined : { cause });
}

async function systemResolve(host: string): Promise<{ address: string; family: number }[]> {
  return dnsLookup(host, { all: true, verbatim: true });
}

/**
 * Resolves the host of `url` and returns one address that may be connected to. Throws
 * PRESSROOM_FORBIDDEN_ADDRESS when every address is non-public (and `allowPrivate` is off).
 */
async function pickAddress(
  url: URL,
  allowPrivate: boolean,
  resolve: NonNullable<FetchOptions['resolve']>,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: { address: string; family: number }[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw fail(`Could not resolve ${host}: ${(error as Error).message}. Check the URL and your network.`, error);
    }
  }
  if (addresses.length === 0) throw fail(`${host} has no addresses. Check the URL.`);
  if (allowPrivate) return addresses[0] as { address: string; family: number };
  const allowed = addresses.filter((a) => classifyAddress(a.address) === 'public');
  const first = allowed[0];
  if (!first) {
    const a = addresses[0] as { address: string };
    throw new PressroomError(
      'PRESSROOM_FORBIDDEN_ADDRESS',
      `Refused to fetch ${url.href}: ${host} is ${a.address} (${classifyAddress(a.address) ?? 'not an IP'}), ` +
        'a non-public address. Pass --allow-private (allowPrivate: true) if you mean to fetch from your own network.',
    );
  }
  return first;
}

function decompress(res: IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

interface Hop {
  status: number;
  location: string | null;
  contentType: string | null;
  body: Uint8Array;
}

function requestOnce(
  url: URL,
  pinned: { address: string; family: number },
  options: { maxBytes: number; userAgent: string; signal: AbortSignal },
): Promise<Hop> {
  // Connect to the address that was checked, whatever DNS says now (no DNS rebinding).
  const lookup: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) {
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    } else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Hop>((resolvePromise, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        lookup,
        agent: false,
        signal: options.signal,
        headers: {
          'user-agent': options.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location ?? null;
        const contentType = res.headers['content-type'] ?? null;
        if (REDIRECT_STATUSES.has(status) && location) {
          res.resume();
          resolvePromise({ status, location, contentType, body: new Uint8Array(0) });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes && !res.headers['content-encoding']) {
          res.destroy();
          reject(tooLarge(url, options.maxBytes));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const stream = decompress(res);
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            res.destroy();
            (stream as unknown as { destroy?: () => void }).destroy?.();
            reject(tooLarge(url, options.maxBytes));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', (error: Error) => reject(fail(`Reading ${url.href} failed: ${error.message}.`, error)));
        stream.on('end', () => {
          const body = Buffer.concat(chunks);
          resolvePromise({
            status,
            location,
            contentType,
            body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
          });
        });
      },
    );
    req.on('error', (error) => reject(error));
    req.end();
  });
}

function tooLarge(url: URL, maxBytes: number): PressroomError {
  return new PressroomError(
    'PRESSROOM_INPUT_TOO_LARGE',
    `${url.href} is over the size cap of ${maxBytes.toLocaleString('en')} bytes. Raise --max-bytes (maxBytes) to fetch it.`,
  );
}

function parseUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch (error) {
    throw fail(`"${raw}" is not a valid URL. Give an absolute http(s) URL.`, error);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw fail(`Refused ${url.protocol} URL ${url.href}: only http and https are fetched.`);
  }
  return url;
}

/**
 * Fetches one page for the CLI, safely: a whole-request time budget, a size cap (after
 * decompression), at most `maxRedirects` redirects, each re-checked, and no connections to
 * loopback, private, link-local, unique-local, multicast, unspecified or reserved addresses
 * (IPv4 and IPv6, after DNS resolution and after every redirect) unless `allowPrivate`.
 * The socket connects to the very address that was checked. The body is decoded by the
 * charset of the Content-Type header, else of the page's `<meta>`, else UTF-8.
 *
 * Throws PressroomError: `PRESSROOM_FORBIDDEN_ADDRESS`, `PRESSROOM_FETCH_FAILED` (network,
 * HTTP status >= 400, too many redirects), `PRESSROOM_TIMEOUT`, `PRESSROOM_INPUT_TOO_LARGE`.
 *
 * @example
 * const page = await fetchPage('https://www.example.com/news/1', { timeoutMs: 10_000 });
 * page.html.length; // 48213
 * page.charset; // 'utf-8'
 */
export async function fetchPage(input: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allowPrivate = options.allowPrivate ?? false;
  const resolve = options.resolve ?? systemResolve;
  const userAgent = options.userAgent ?? FETCH_DEFAULTS.userAgent;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const redirects: string[] = [];
  try {
    let url = parseUrl(input);
    for (;;) {
      const pinned = await pickAddress(url, allowPrivate, resolve);
      if (timedOut) throw new Error('timeout');
      const hop = await requestOnce(url, pinned, { maxBytes, userAgent, signal: controller.signal });
      if (hop.location !== null && REDIRECT_STATUSES.has(hop.status)) {
        if (redirects.length >= maxRedirects) {
          throw fail(
            `${input} redirected more than ${maxRedirects} times (last to ${hop.location}). Fetch the final URL.`,
          );
        }
        url = parseUrl(hop.location, url);
        redirects.push(url.href);
        continue;
      }
      if (hop.status >= 400) {
        throw fail(`${url.href} answered HTTP ${hop.status}. Check the URL, or save the page and pass the file.`);
      }
      const decoded = decodeHtml(hop.body, hop.contentType);
      return {
        requestedUrl: input,
        url: url.href,
        status: hop.status,
        contentType: hop.contentType,
        address: pinned.address,
        redirects,
        bytes: hop.body,
        html: decoded.html,
        charset: decoded.charset,
        warnings: decoded.warning ? [decoded.warning] : [],
      };
    }
  } catch (error) {
    if (timedOut) {
      throw new PressroomError(
        'PRESSROOM_TIMEOUT',
        `Fetching ${input} took longer than ${timeoutMs} ms. Raise --timeout, or save the page and pass the file.`,
        { cause: error },
      );
    }
    if (error instanceof PressroomError) throw error;
    throw fail(`Fetching ${input} failed: ${(error as Error).message}. Check the URL and your network.`, error);
  } finally {
    clearTimeout(timer);
  }
}
