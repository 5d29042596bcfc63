// How `pressroom enqueue` cuts inputs into jobs, and how a worker reads a job back: no Redis needed.
// Reading every job of an input, in order, must give exactly what `pressroom batch` reads from it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createInputStats, type InputItem, readInputs } from '../src/io/inputs';
import { jobId, type QueueJobData, shardName } from '../src/queue/jobs';
import { planJobs, WarcRecordScanner } from '../src/queue/plan';
import { readJobItems } from '../src/queue/read';
import { type FixturePage, warcFile, warcGzFile, warcRecords } from './warc-fixture';

const dir = mkdtempSync(join(tmpdir(), 'pressroom-queue-plan-'));
const at = (name: string) => join(dir, name);
const page = { timeoutMs: 10_000, fields: null };

const warcPages: FixturePage[] = Array.from({ length: 11 }, (_, i) => ({
  url: `https://news.example/${i}`,
  body: `<html><head><title>Page ${i}</title></head><body><p>Story ${i}.</p></body></html>`,
  id: `<urn:uuid:00000000-0000-0000-0000-${String(i).padStart(12, '0')}>`,
}));
warcPages.push(
  { url: 'https://news.example/logo.png', body: 'PNG', contentType: 'image/png' },
  { url: 'https://news.example/gone', body: 'gone', status: 404 },
);

const jsonl = [
  JSON.stringify({ url: 'https://j.example/1', html: '<p>1</p>' }),
  '',
  JSON.stringify({ html: '<p>no url: id is file#line</p>' }),
  'not json',
  JSON.stringify({ id: 7, html: '<p>id 7</p>' }),
  JSON.stringify({ url: 'https://j.example/2', html: 42 }),
  JSON.stringify({ html: '<p>after a CRLF</p>' }),
  JSON.stringify({ html: '<p>after a lone CR</p>' }),
  JSON.stringify({ html: '<p>last</p>' }),
];

writeFileSync(at('records.warc.gz'), warcGzFile(warcPages));
writeFileSync(at('one-member.warc.gz'), gzipSync(warcFile(warcPages)));
// Header and block as separate gzip members: cuts only where a member ends a record.
writeFileSync(
  at('split-members.warc.gz'),
  Buffer.concat(
    warcRecords(warcPages).flatMap((r) => {
      const cut = r.indexOf('\r\n\r\n') + 4;
      return [gzipSync(r.subarray(0, cut)), gzipSync(r.subarray(cut))];
    }),
  ),
);
writeFileSync(at('plain.warc'), warcFile(warcPages));
const whole = warcFile(warcPages.slice(0, 5));
writeFileSync(at('truncated.warc'), whole.subarray(0, whole.length - 200));
writeFileSync(at('lines.jsonl'), `${jsonl.slice(0, 6).join('\n')}\n${jsonl[6]}\r\n${jsonl[7]}\r${jsonl[8]}`);
writeFileSync(at('trailing.jsonl'), `${jsonl.slice(0, 5).join('\n')}\n`);
writeFileSync(at('lines.jsonl.gz'), gzipSync(jsonl.join('\n')));
mkdirSync(at('site/deep'), { recursive: true });
for (const name of ['site/b.html', 'site/a.htm', 'site/deep/c.html', 'site/notes.txt'])
  writeFileSync(at(name), `<p>${name}</p>`);
writeFileSync(at('site/deep/d.html.gz'), gzipSync('<p>zipped</p>'));

/** An item as comparable data: pages by id, url, content; failures whole. */
function view(item: InputItem): unknown {
  if ('failed' in item) return item.failed;
  const { id, url, html, bytes, contentType } = item.page;
  return { id, url, html, bytes: bytes ? Buffer.from(bytes).toString('base64') : undefined, contentType };
}

async function viaBatch(inputs: string[]): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of readInputs(inputs, createInputStats())) items.push(view(item));
  return items;
}

async function viaJobs(inputs: string[], pagesPerJob: number, warnings: string[] = []) {
  const jobs: QueueJobData[] = [];
  for await (const data of planJobs(inputs, { pagesPerJob, page, warn: (m) => warnings.push(m) })) jobs.push(data);
  const items: unknown[] = [];
  for (const data of jobs) for await (const item of readJobItems(data.source)) items.push(view(item));
  return { jobs, items };
}

describe('planJobs + readJobItems read what batch reads', () => {
  const cases: { inputs: string[]; per: number; jobs: number }[] = [
    { inputs: ['records.warc.gz'], per: 1, jobs: 13 },
    { inputs: ['records.warc.gz'], per: 4, jobs: 4 },
    { inputs: ['records.warc.gz'], per: 1000, jobs: 1 },
    { inputs: ['one-member.warc.gz'], per: 2, jobs: 1 },
    { inputs: ['split-members.warc.gz'], per: 3, jobs: 5 },
    { inputs: ['plain.warc'], per: 1, jobs: 13 },
    { inputs: ['plain.warc'], per: 5, jobs: 3 },
    { inputs: ['lines.jsonl'], per: 1, jobs: 9 },
    { inputs: ['lines.jsonl'], per: 4, jobs: 3 },
    { inputs: ['trailing.jsonl'], per: 2, jobs: 3 },
    { inputs: ['lines.jsonl.gz'], per: 2, jobs: 1 },
    { inputs: ['site'], per: 2, jobs: 2 },
    { inputs: ['site', 'plain.warc', 'site/b.html'], per: 3, jobs: 7 },
  ];
  it.each(cases)('$inputs in jobs of $per: $jobs jobs', async ({ inputs, per, jobs }) => {
    const paths = inputs.map(at);
    const planned = await viaJobs(paths, per);
    const batch = await viaBatch(paths);
    // One input: the same order. Several: HTML files are grouped across inputs, so compare as sets.
    const key = (items: unknown[]) => (inputs.length === 1 ? items : items.map((i) => JSON.stringify(i)).sort());
    expect(key(planned.items)).toEqual(key(batch));
    expect(planned.jobs).toHaveLength(jobs);
    expect(new Set(planned.jobs.map(jobId)).size).toBe(jobs);
  });

  it('counts the pages of each job while splitting', async () => {
    const { jobs } = await viaJobs([at('records.warc.gz'), at('lines.jsonl'), at('site')], 4);
    const count = (d: QueueJobData) =>
      d.source.kind === 'html' ? d.source.files.length : d.source.kind === 'warc' ? d.source.responses : d.source.lines;
    expect(jobs.map(count)).toEqual([4, 4, 4, 1, 4, 4, 1, 4]);
  });

  it('gives the same job ids for the same inputs, and names shards after them', async () => {
    const a = (await viaJobs([at('plain.warc')], 5)).jobs.map(jobId);
    const b = (await viaJobs([at('plain.warc')], 5)).jobs.map(jobId);
    expect(a).toEqual(b);
    expect(a[0]).toMatch(/^warc-[0-9a-f]{16}$/);
    expect(shardName(a[0] as string)).toBe(`${a[0]}.jsonl`);
  });

  it('sends a truncated WARC to a last job that reports the damage as an error line', async () => {
    const warnings: string[] = [];
    const { jobs, items } = await viaJobs([at('truncated.warc')], 2, warnings);
    expect(jobs.length).toBe(3);
    expect(items.slice(0, 4)).toEqual((await viaBatch([at('plain.warc')])).slice(0, 4));
    expect(items.at(-1)).toMatchObject({ error: { code: 'PRESSROOM_INVALID_INPUT' } });
    expect(await viaBatch([at('truncated.warc')]).catch((e: Error) => e.message)).toMatch(/truncated/);
  });

  it('refuses stdin and missing inputs with a message saying what to do', async () => {
    await expect(viaJobs(['-'], 5)).rejects.toThrow(/save it to a file/i);
    await expect(viaJobs([at('nope.warc')], 5)).rejects.toThrow(/input not found/);
  });

  it('throws when a job input has gone (the job is then retried)', async () => {
    writeFileSync(at('gone.html'), '<p>x</p>');
    const { jobs } = await viaJobs([at('gone.html')], 5);
    const { rmSync } = await import('node:fs');
    rmSync(at('gone.html'));
    const source = jobs[0]?.source;
    if (!source) throw new Error('no job');
    await expect(async () => {
      for await (const _ of readJobItems(source)) void _;
    }).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('WarcRecordScanner', () => {
  it('finds the same record ends whatever the chunking', () => {
    const bytes = warcFile(warcPages);
    const ends = (size: number) => {
      const scanner = new WarcRecordScanner();
      const found: number[] = [];
      for (let i = 0; i < bytes.length; i += size)
        for (const r of scanner.push(bytes.subarray(i, i + size))) found.push(r.end);
      expect(scanner.atBoundary()).toBe(true);
      return found;
    };
    const all = ends(bytes.length);
    expect(all).toHaveLength(1 + warcPages.length * 2);
    for (const size of [1, 2, 3, 7, 64, 1000]) expect(ends(size)).toEqual(all);
  });

  it('throws on bytes that are not WARC', () => {
    expect(() => new WarcRecordScanner().push(Buffer.from('<html>\r\n\r\n'))).toThrow(/WARC\/1/);
  });
});
