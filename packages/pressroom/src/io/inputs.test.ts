import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { warcGzFile } from '../../test/warc-fixture';
import { createInputStats, type InputItem, inputKind, readInputs } from './inputs';

async function collect(paths: string[]) {
  const stats = createInputStats();
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, stats)) items.push(item);
  return { items, stats };
}

describe('inputKind', () => {
  it.each([
    ['a.warc', 'warc'],
    ['CC-NEWS-2024.warc.gz', 'warc'],
    ['p.jsonl', 'jsonl'],
    ['p.ndjson.gz', 'jsonl'],
    ['a.html', 'html'],
    ['noext', 'html'],
  ])('%s is %s', (path, kind) => expect(inputKind(path)).toBe(kind));
});

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-inputs-'));
  mkdirSync(join(dir, 'site', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'site', 'b.html'), '<p>b</p>');
  writeFileSync(join(dir, 'site', 'deep', 'a.htm'), '<p>a</p>');
  writeFileSync(join(dir, 'site', 'notes.txt'), 'not a page');
  writeFileSync(join(dir, 'site', 'c.html.gz'), gzipSync('<p>c</p>'));
  writeFileSync(
    join(dir, 'pages.jsonl'),
    `${JSON.stringify({ url: 'https://x.example/1', html: '<p>1</p>' })}\n\n{bad json\n${JSON.stringify({ id: 7, html: '<p>2</p>' })}\n${JSON.stringify({ url: 'u' })}\n`,
  );
  writeFileSync(
    join(dir, 'crawl.warc.gz'),
    warcGzFile([
      { url: 'https://x.example/w1', body: '<p>w1</p>', id: '<urn:uuid:w1>' },
      { url: 'https://x.example/img', body: 'GIF89a', contentType: 'image/gif' },
      { url: 'https://x.example/moved', body: '', status: 301 },
      {
        url: 'https://x.example/w2',
        body: Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]),
        contentType: 'text/html; charset=iso-8859-1',
        id: '<urn:uuid:w2>',
      },
    ]),
  );

  it('walks directories in name order and reads HTML files (gzipped too)', async () => {
    const { items } = await collect([join(dir, 'site')]);
    const ids = items.map((i) => ('page' in i ? i.page.id : i.failed.id));
    expect(ids).toEqual([
      join(dir, 'site', 'b.html'),
      join(dir, 'site', 'c.html.gz'),
      join(dir, 'site', 'deep', 'a.htm'),
    ]);
    const c = items[1] as { page: { bytes: Uint8Array } };
    expect(Buffer.from(c.page.bytes).toString()).toBe('<p>c</p>');
  });

  it('streams JSONL, reporting bad lines and going on', async () => {
    const { items } = await collect([join(dir, 'pages.jsonl')]);
    expect(items.map((i) => ('page' in i ? `ok ${i.page.id}` : `bad ${i.failed.error.code}`))).toEqual([
      'ok https://x.example/1',
      'bad PRESSROOM_INVALID_INPUT',
      'ok 7',
      'bad PRESSROOM_INVALID_INPUT',
    ]);
  });

  it('streams the HTML 2xx responses of a WARC.gz, skipping the rest', async () => {
    const { items, stats } = await collect([join(dir, 'crawl.warc.gz')]);
    const pages = items.map((i) => (i as { page: { id: string; url: string; contentType: string } }).page);
    expect(pages.map((p) => [p.id, p.url])).toEqual([
      ['<urn:uuid:w1>', 'https://x.example/w1'],
      ['<urn:uuid:w2>', 'https://x.example/w2'],
    ]);
    expect(pages[1]?.contentType).toBe('text/html; charset=iso-8859-1');
    expect(stats.skipped).toBe(2);
    expect(stats.bytesRead).toBe(stats.bytesTotal);
  });

  it('says what to do about a missing input', async () => {
    await expect(collect([join(dir, 'nope.warc')])).rejects.toThrow(/input not found.*Give HTML files/);
  });
});
