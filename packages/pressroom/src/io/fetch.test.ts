import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { isPressroomError } from '@pressroom/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from './fetch';

let server: Server;
let base: string;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>Grüße</p></body></html>');
    } else if (path === '/latin1-header') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      res.end(Buffer.from([0x3c, 0x70, 0x3e, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x3c, 0x2f, 0x70, 0x3e])); // <p>Café €</p>
    } else if (path === '/latin1-meta') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>na'), Buffer.from([0xef]), Buffer.from('ve</p>')]),
      );
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync('<p>zipped</p>'));
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('x'.repeat(50_000));
    } else if (path === '/gzip-bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync('x'.repeat(5_000_000)));
    } else if (path.startsWith('/redirect/')) {
      const n = Number(path.split('/')[2]);
      res.writeHead(302, { location: n > 0 ? `/redirect/${n - 1}` : '/page' });
      res.end();
    } else if (path === '/to-localhost') {
      res.writeHead(301, { location: `http://localhost:${port}/page` });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/slow') {
      setTimeout(() => res.end('<p>late</p>'), 3_000).unref();
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return isPressroomError(error) ? error.code : `untyped: ${String(error)}`;
  }
}

describe('fetchPage', () => {
  it('refuses 127.0.0.1 unless allowPrivate', async () => {
    expect(await codeOf(fetchPage(`${base}/page`))).toBe('PRESSROOM_FORBIDDEN_ADDRESS');
    const page = await fetchPage(`${base}/page`, { allowPrivate: true });
    expect(page.html).toContain('Grüße');
    expect(page.charset).toBe('utf-8');
    expect(page.address).toBe('127.0.0.1');
  });

  it('refuses other spellings of loopback and private hosts', async () => {
    for (const url of [
      `http://2130706433:${port}/page`,
      `http://0x7f.1:${port}/page`,
      `http://[::1]:${port}/page`,
      `http://[::ffff:127.0.0.1]:${port}/page`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://0.0.0.0/',
    ]) {
      expect(await codeOf(fetchPage(url)), url).toBe('PRESSROOM_FORBIDDEN_ADDRESS');
    }
  });

  it('checks the addresses DNS gives, and connects to the address it checked', async () => {
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    expect(await codeOf(fetchPage(`http://news.example:${port}/page`, { resolve }))).toBe(
      'PRESSROOM_FORBIDDEN_ADDRESS',
    );
    const mixed = async () => [
      { address: '10.0.0.7', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ];
    expect(await codeOf(fetchPage(`http://news.example:${port}/page`, { resolve: mixed }))).toBe(
      'PRESSROOM_FORBIDDEN_ADDRESS',
    );
    // allowed: the socket goes to the resolved address, not to a second lookup of the name
    const page = await fetchPage(`http://rebind.example:${port}/page`, { resolve, allowPrivate: true });
    expect(page.html).toContain('Grüße');
  });

  it('re-resolves and re-checks the host of every redirect', async () => {
    const seen: string[] = [];
    const resolve = async (host: string) => {
      seen.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const page = await fetchPage(`${base}/to-localhost`, { resolve, allowPrivate: true });
    expect(page.url).toBe(`http://localhost:${port}/page`);
    expect(page.redirects).toEqual([`http://localhost:${port}/page`]);
    expect(seen).toEqual(['localhost']);
  });

  it('follows at most 5 redirects', async () => {
    expect((await fetchPage(`${base}/redirect/4`, { allowPrivate: true })).redirects).toHaveLength(5);
    expect(await codeOf(fetchPage(`${base}/redirect/5`, { allowPrivate: true }))).toBe('PRESSROOM_FETCH_FAILED');
    expect(await codeOf(fetchPage(`${base}/redirect/1`, { allowPrivate: true, maxRedirects: 1 }))).toBe(
      'PRESSROOM_FETCH_FAILED',
    );
  });

  it('refuses redirects to other schemes', async () => {
    expect(await codeOf(fetchPage(`${base}/to-file`, { allowPrivate: true }))).toBe('PRESSROOM_FETCH_FAILED');
  });

  it('decodes by the header charset, else the meta charset', async () => {
    const header = await fetchPage(`${base}/latin1-header`, { allowPrivate: true });
    expect(header.html).toBe('<p>Café €</p>');
    expect(header.charset).toBe('windows-1252');
    const meta = await fetchPage(`${base}/latin1-meta`, { allowPrivate: true });
    expect(meta.html).toContain('naïve');
  });

  it('decompresses gzip', async () => {
    expect((await fetchPage(`${base}/gzip`, { allowPrivate: true })).html).toBe('<p>zipped</p>');
  });

  it('caps the size, after decompression too', async () => {
    expect(await codeOf(fetchPage(`${base}/big`, { allowPrivate: true, maxBytes: 10_000 }))).toBe(
      'PRESSROOM_INPUT_TOO_LARGE',
    );
    expect(await codeOf(fetchPage(`${base}/gzip-bomb`, { allowPrivate: true, maxBytes: 100_000 }))).toBe(
      'PRESSROOM_INPUT_TOO_LARGE',
    );
  });

  it('times out', async () => {
    const t0 = performance.now();
    expect(await codeOf(fetchPage(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }))).toBe('PRESSROOM_TIMEOUT');
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('fails on HTTP errors and bad URLs with a typed error', async () => {
    expect(await codeOf(fetchPage(`${base}/missing`, { allowPrivate: true }))).toBe('PRESSROOM_FETCH_FAILED');
    expect(await codeOf(fetchPage('not a url'))).toBe('PRESSROOM_FETCH_FAILED');
    expect(await codeOf(fetchPage('ftp://example.com/'))).toBe('PRESSROOM_FETCH_FAILED');
  });
});
