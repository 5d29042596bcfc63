import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadExtractionCorpus, type Page } from '../corpus';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

/** Records in the WARC file: the 181 pages repeated to at least this many. */
const RECORDS = 5_000;
/** In quick mode (a smoke run). */
const QUICK_RECORDS = 1_000;
/** Fields written per page: the full result minus the article's HTML, text and blocks, which only cost disk I/O. */
const FIELDS = 'title,publishedAt,byline,quotes,money,timings,timedOut,warnings';

/** The `pressroom batch` summary line (see packages/pressroom/src/cli/batch.ts). */
interface BatchSummary {
  pages: number;
  ok: number;
  failed: number;
  workers: number;
  seconds: number;
  pagesPerSecond: number;
  rssMb: { start: number; warm: number | null; end: number; peak: number };
  warmPages: number | null;
  cpuSeconds: number;
}

function warcRecord(headers: [string, string][], block: Buffer): { head: Buffer; block: Buffer } {
  const head = ['WARC/1.0', ...headers.map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n');
  return { head: Buffer.from(`${head}\r\n\r\n`), block };
}

/**
 * Writes a CC-NEWS-like WARC.gz: a warcinfo record, then one response record per copy of a page,
 * each with its own WARC-Record-ID. The block of each page is gzipped once and reused; the
 * record header and trailer are gzip members of their own (gzip readers see one stream).
 */
function buildWarc(pages: Page[], records: number, file: string): { bytes: number; records: number } {
  const fd = openSync(file, 'w');
  const blocks = pages.map((p) => {
    const body = Buffer.from(p.html, 'utf8');
    const http = Buffer.concat([
      Buffer.from(
        `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`,
      ),
      body,
    ]);
    return { http, gz: gzipSync(Buffer.concat([http, Buffer.from('\r\n\r\n')]), { level: 6 }) };
  });
  const info = warcRecord([['WARC-Type', 'warcinfo']], Buffer.from('software: pressroom bench\r\n'));
  writeSync(fd, gzipSync(Buffer.concat([info.head, info.block, Buffer.from('\r\n\r\n')])));
  for (let i = 0; i < records; i++) {
    const page = pages[i % pages.length] as Page;
    const block = blocks[i % pages.length] as { http: Buffer; gz: Buffer };
    const { head } = warcRecord(
      [
        ['WARC-Type', 'response'],
        ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`],
        ['WARC-Target-URI', page.url],
        ['WARC-Date', '2026-01-12T00:00:00Z'],
        ['Content-Type', 'application/http; msgtype=response'],
      ],
      block.http,
    );
    writeSync(fd, gzipSync(head, { level: 1 }));
    writeSync(fd, block.gz);
  }
  closeSync(fd);
  return { bytes: statSync(file).size, records };
}

function cliPath(): { path: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('pressroom/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; bin: { pressroom: string } };
  return { path: join(dirname(pkgFile), pkg.bin.pressroom), version: pkg.version };
}

function runBatch(cli: string, warc: string, out: string, workers: number): Promise<BatchSummary> {
  return new Promise((resolve, reject) => {
    const args = [cli, 'batch', warc, '--out', out, '--workers', String(workers), '--fields', FIELDS];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stderr.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as BatchSummary);
      } catch {
        reject(new Error(`pressroom batch exited ${code} without a summary:\n${stderr.slice(-2000)}`));
      }
    });
  });
}

export const batch: Suite = {
  name: 'batch',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const { path: cli, version } = cliPath();
    try {
      statSync(cli);
    } catch {
      throw new Error(
        `${cli} is missing: build the CLI first (pnpm --filter pressroom build; turbo's bench task does it).`,
      );
    }
    const pages = loadExtractionCorpus(ctx.benchDir);
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-bench-batch-'));
    const records = ctx.quick ? QUICK_RECORDS : Math.max(RECORDS, pages.length);
    const warc = join(dir, 'corpus.warc.gz');
    ctx.log(`batch: writing ${records} response records (${pages.length} pages repeated) to ${warc}`);
    const built = buildWarc(pages, records, warc);
    const cores = availableParallelism();
    const load = loadavg()[0] ?? 0;
    const rows: Row[] = [];
    const summaries: BatchSummary[] = [];
    try {
      for (const workers of [...new Set([1, cores])]) {
        ctx.log(`batch: pressroom batch --workers ${workers} over ${records} records`);
        const s = await runBatch(cli, warc, join(dir, `out-${workers}.jsonl`), workers);
        summaries.push(s);
        const growth =
          s.rssMb.warm !== null && s.warmPages !== null && s.pages > s.warmPages
            ? ((s.rssMb.end - s.rssMb.warm) * 1024) / (s.pages - s.warmPages)
            : null;
        rows.push({
          name: `pressroom batch (${workers} worker${workers > 1 ? 's' : ''})`,
          version: `pressroom ${version}, node ${process.version}`,
          metrics: {
            pagesPerSecond: s.pagesPerSecond,
            pagesPerCpuSecond: s.cpuSeconds > 0 ? s.pages / s.cpuSeconds : null,
            seconds: s.seconds,
            pages: s.pages,
            failed: s.failed,
            rssStartMb: s.rssMb.start,
            rssWarmMb: s.rssMb.warm,
            rssEndMb: s.rssMb.end,
            rssPeakMb: s.rssMb.peak,
            rssGrowthKbPerPage: growth,
          },
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const one = summaries[0];
    const all = summaries.at(-1);
    const notes = [
      `Input: one WARC.gz of ${built.records} response records (${(built.bytes / 2 ** 20).toFixed(0)} MB), the ${pages.length} pages of article-extraction repeated; fields written: ${FIELDS}.`,
      `Load average when the suite started: ${load.toFixed(1)} on ${cores} cores; pages per CPU-second (user + system time of the whole process) is the figure other load on the machine disturbs least.`,
      'Whole-run figures from the CLI\'s own summary line (reading, gunzip, parsing, JSON writing included). RSS is the whole process (main thread + all workers); "warm" is sampled after the first 5% of the input, growth per page is (end - warm) / pages after warm-up.',
    ];
    if (one && all && all !== one) {
      notes.push(
        `speed-up with ${all.workers} workers over 1: ${(all.pagesPerSecond / one.pagesPerSecond).toFixed(2)}x on ${cores} cores.`,
      );
    }
    return {
      suite: 'batch',
      description: `pressroom batch over a ${built.records}-record WARC.gz: throughput with 1 worker and with every core, and resident memory from start to end.`,
      columns: [
        'pagesPerSecond',
        'pagesPerCpuSecond',
        'seconds',
        'pages',
        'failed',
        'rssStartMb',
        'rssWarmMb',
        'rssEndMb',
        'rssPeakMb',
        'rssGrowthKbPerPage',
      ],
      rows,
      notes,
    };
  },
};
