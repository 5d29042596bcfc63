import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { warcFile, warcGzFile } from '../../test/warc-fixture';
import { parseHttpResponse, readWarc } from './warc';

const pages = [
  { url: 'https://a.example/1', body: '<p>one</p>', id: '<urn:uuid:1>' },
  { url: 'https://a.example/2', body: '<p>two</p>'.repeat(5_000), id: '<urn:uuid:2>' },
  { url: 'https://a.example/3', body: '<p>three</p>', id: '<urn:uuid:3>' },
];

async function collect(bytes: Buffer, gzip: boolean, chunk = 7) {
  // Feed odd-sized chunks so records straddle chunk boundaries.
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const out = [];
  for await (const r of readWarc(Readable.from(chunks), { gzip })) out.push(r);
  return out;
}

describe('readWarc', () => {
  it.each([
    ['plain, tiny chunks', false, 7],
    ['plain, big chunks', false, 65_536],
    ['gzip, one member per record', true, 13],
  ])('reads every record: %s', async (_name, gzip, chunk) => {
    const bytes = gzip ? warcGzFile(pages) : warcFile(pages);
    const records = await collect(bytes, gzip, chunk);
    expect(records.map((r) => r.headers.get('warc-type'))).toEqual([
      'warcinfo',
      'request',
      'response',
      'request',
      'response',
      'request',
      'response',
    ]);
    const responses = records.filter((r) => r.headers.get('warc-type') === 'response');
    expect(responses.map((r) => r.headers.get('warc-record-id'))).toEqual([
      '<urn:uuid:1>',
      '<urn:uuid:2>',
      '<urn:uuid:3>',
    ]);
    const http = parseHttpResponse(responses[1]!.block)!;
    expect(http.status).toBe(200);
    expect(Buffer.from(http.body).toString()).toBe(pages[1]!.body);
  });

  it('reads a single-member .warc.gz too', async () => {
    const records = await collect(gzipSync(warcFile(pages)), true, 1000);
    expect(records).toHaveLength(7);
  });

  it('says where a file is not WARC or is truncated', async () => {
    await expect(collect(Buffer.from('HTTP/1.1 200 OK\r\n\r\nhello'), false)).rejects.toThrow(/WARC/);
    const bytes = warcFile(pages);
    await expect(collect(bytes.subarray(0, bytes.length - 100), false)).rejects.toThrow(/truncated/);
  });
});

describe('parseHttpResponse', () => {
  it('parses status, headers (folded, repeated) and de-chunks the body', () => {
    const block = Buffer.from(
      'HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\nSet-Cookie: a\r\nSet-Cookie: b\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n',
    );
    const http = parseHttpResponse(block)!;
    expect(http.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(http.headers.get('set-cookie')).toBe('a, b');
    expect(Buffer.from(http.body).toString()).toBe('hello world');
  });

  it('decompresses a gzip body, and keeps a body already decoded', () => {
    const zipped = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n'),
      gzipSync('<p>z</p>'),
    ]);
    expect(Buffer.from(parseHttpResponse(zipped)!.body).toString()).toBe('<p>z</p>');
    const decoded = Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n<p>plain</p>');
    expect(Buffer.from(parseHttpResponse(decoded)!.body).toString()).toBe('<p>plain</p>');
  });

  it('returns null for a block that is not an HTTP response', () => {
    expect(parseHttpResponse(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBeNull();
    expect(parseHttpResponse(Buffer.from('no header end'))).toBeNull();
  });
});
