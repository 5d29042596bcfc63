// Writes small WARC files for tests: response records (and a few others) as Common Crawl does.
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface FixturePage {
  url: string;
  body: string | Uint8Array;
  contentType?: string;
  status?: number;
  id?: string;
  extraHttpHeaders?: string[];
}

function record(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** The records of a WARC file (uncompressed), one Buffer per record: warcinfo, then request + response per page. */
export function warcRecords(pages: FixturePage[]): Buffer[] {
  const out = [
    record('warcinfo', { 'WARC-Record-ID': `<urn:uuid:${randomUUID()}>` }, Buffer.from('software: test\r\n')),
  ];
  for (const page of pages) {
    const body = typeof page.body === 'string' ? Buffer.from(page.body) : Buffer.from(page.body);
    const http = Buffer.concat([
      Buffer.from(
        [
          `HTTP/1.1 ${page.status ?? 200} OK`,
          `Content-Type: ${page.contentType ?? 'text/html; charset=utf-8'}`,
          ...(page.extraHttpHeaders ?? []),
          `Content-Length: ${body.length}`,
        ].join('\r\n') + '\r\n\r\n',
      ),
      body,
    ]);
    out.push(
      record('request', { 'WARC-Target-URI': page.url }, Buffer.from(`GET / HTTP/1.1\r\nHost: x\r\n\r\n`)),
      record(
        'response',
        {
          'WARC-Record-ID': page.id ?? `<urn:uuid:${randomUUID()}>`,
          'WARC-Target-URI': page.url,
          'WARC-Date': '2026-01-12T00:00:00Z',
          'Content-Type': 'application/http; msgtype=response',
        },
        http,
      ),
    );
  }
  return out;
}

/** A .warc file's bytes. */
export function warcFile(pages: FixturePage[]): Buffer {
  return Buffer.concat(warcRecords(pages));
}

/** A .warc.gz file's bytes: one gzip member per record, as Common Crawl writes them. */
export function warcGzFile(pages: FixturePage[]): Buffer {
  return Buffer.concat(warcRecords(pages).map((r) => gzipSync(r)));
}
