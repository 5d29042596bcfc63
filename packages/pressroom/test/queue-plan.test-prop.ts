// Properties of the job planner: whatever the line breaks, record layout and job size, reading
// every job of an input in order gives exactly what `pressroom batch` reads from it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInputStats, type InputItem, readInputs } from '../src/io/inputs';
import { planJobs } from '../src/queue/plan';
import { readJobItems } from '../src/queue/read';
import { warcRecords } from './warc-fixture';

const dir = mkdtempSync(join(tmpdir(), 'pressroom-queue-prop-'));
const page = { timeoutMs: 10_000, fields: null };
let n = 0;

function view(item: InputItem): unknown {
  if ('failed' in item) return item.failed;
  const { id, url, html, bytes } = item.page;
  return { id, url, html, bytes: bytes ? Buffer.from(bytes).toString('base64') : undefined };
}

async function both(file: string, pagesPerJob: number, chunkBytes?: number): Promise<[unknown[], unknown[]]> {
  const batch: unknown[] = [];
  for await (const item of readInputs([file], createInputStats())) batch.push(view(item));
  const jobs: unknown[] = [];
  const options = { pagesPerJob, page, warn: () => {}, ...(chunkBytes ? { chunkBytes } : {}) };
  for await (const data of planJobs([file], options))
    for await (const item of readJobItems(data.source)) jobs.push(view(item));
  return [jobs, batch];
}

const line = fc.oneof(
  fc.constant(''),
  fc.constant('not json'),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify({ html: `<p>${s}</p>` })),
  fc
    .string({ maxLength: 20 })
    .map((s) => JSON.stringify({ url: `https://p.example/${encodeURIComponent(s)}`, html: s })),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

describe('planJobs (properties)', () => {
  it('JSONL: any lines, any line breaks, any job size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(line, lineBreak), { maxLength: 25 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 9 }),
        async (lines, trailing, per, chunk) => {
          let text = lines.map(([l, b]) => l + b).join('');
          if (!trailing && lines.length) text = text.slice(0, -(lines.at(-1)?.[1].length ?? 0));
          const file = join(dir, `p${n++}.jsonl`);
          writeFileSync(file, text);
          const [jobs, batch] = await both(file, per, chunk);
          expect(jobs).toEqual(batch);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('WARC: any pages, any job size, read in chunks of any size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ body: fc.string({ maxLength: 40 }), status: fc.constantFrom(200, 404) }), {
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 64 }),
        async (pages, per, chunk) => {
          const records = warcRecords(
            pages.map((p, i) => ({ ...p, url: `https://w.example/${i}`, id: `<urn:uuid:plain-${n}-${i}>` })),
          );
          const file = join(dir, `w${n++}.warc`);
          writeFileSync(file, Buffer.concat(records));
          const [jobs, batch] = await both(file, per, chunk);
          expect(jobs).toEqual(batch);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('WARC.gz: any pages, gzip members per record or per header and block, any job size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            body: fc.string({ maxLength: 40 }),
            status: fc.constantFrom(200, 200, 200, 404),
            contentType: fc.constantFrom('text/html', 'text/html; charset=utf-8', 'image/png'),
          }),
          { maxLength: 12 },
        ),
        fc.boolean(),
        fc.integer({ min: 1, max: 5 }),
        async (pages, split, per) => {
          const records = warcRecords(
            pages.map((p, i) => ({ ...p, url: `https://w.example/${i}`, id: `<urn:uuid:prop-${n}-${i}>` })),
          );
          const members = records.flatMap((r) => {
            if (!split) return [gzipSync(r)];
            const cut = r.indexOf('\r\n\r\n') + 4;
            return [gzipSync(r.subarray(0, cut)), gzipSync(r.subarray(cut))];
          });
          const file = join(dir, `w${n++}.warc.gz`);
          writeFileSync(file, Buffer.concat(members));
          const [jobs, batch] = await both(file, per);
          expect(jobs).toEqual(batch);
        },
      ),
      { numRuns: 60 },
    );
  });
});
