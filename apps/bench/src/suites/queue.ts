import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, Socket } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadExtractionCorpus, type Page } from '../corpus';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

/** Response records in the WARC.gz: the 181 pages repeated to about this many. */
const RECORDS = 2_000;
const QUICK_RECORDS = 400;
/** Pages per queue job (the CLI's default). */
const PAGES_PER_JOB = 100;
/** The fields the batch suite writes, so the two are comparable. */
const FIELDS = 'title,publishedAt,byline,quotes,money,timings,timedOut,warnings';

/** One worker set-up: how many `pressroom worker` processes, with how many threads each. */
interface Setup {
  processes: number;
  threads: number;
}

interface WorkerSummary {
  pages: number;
  jobs: number;
  failedJobs: number;
  seconds: number;
  cpuSeconds: number;
}

interface QueueStatus {
  jobs: { done: number; failed: number; total: number };
  pages: { done: number; failed: number };
  pagesPerSecond: { overall: number };
}

/** A CC-NEWS-like WARC.gz with one gzip member per record, as Common Crawl writes them (so enqueue can cut it). */
function buildWarc(pages: Page[], records: number, file: string): number {
  const fd = openSync(file, 'w');
  const http = pages.map((p) => {
    const body = Buffer.from(p.html, 'utf8');
    return Buffer.concat([
      Buffer.from(
        `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`,
      ),
      body,
    ]);
  });
  const record = (headers: [string, string][], block: Buffer) => {
    const head = ['WARC/1.0', ...headers.map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n');
    writeSync(
      fd,
      gzipSync(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]), { level: 1 }),
    );
  };
  record([['WARC-Type', 'warcinfo']], Buffer.from('software: pressroom bench\r\n'));
  for (let i = 0; i < records; i++) {
    record(
      [
        ['WARC-Type', 'response'],
        ['WARC-Record-ID', `<urn:uuid:${randomUUID()}>`],
        ['WARC-Target-URI', (pages[i % pages.length] as Page).url],
        ['WARC-Date', '2026-01-12T00:00:00Z'],
        ['Content-Type', 'application/http; msgtype=response'],
      ],
      http[i % pages.length] as Buffer,
    );
  }
  closeSync(fd);
  return records;
}

function cliPath(): { path: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('pressroom/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string; bin: { pressroom: string } };
  return { path: join(dirname(pkgFile), pkg.bin.pressroom), version: pkg.version };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      socket.destroy();
      resolve(String(d).startsWith('+PONG'));
    });
  });
}

/** Runs the CLI to the end; resolves with its exit code and output. */
function runCli(cli: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The union of a run's shards: lines and distinct ids. */
function readShards(out: string): { lines: number; ids: number } {
  const ids = new Set<string>();
  let lines = 0;
  for (const name of readdirSync(out).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(out, name), 'utf8').split('\n')) {
      if (!line) continue;
      lines++;
      ids.add((JSON.parse(line) as { id: string }).id);
    }
  }
  return { lines, ids: ids.size };
}

async function runSetup(
  cli: string,
  redis: string,
  warc: string,
  dir: string,
  setup: Setup,
  ctx: SuiteContext,
): Promise<Record<string, number | null>> {
  const queue = `bench-${setup.processes}x${setup.threads}-${randomUUID().slice(0, 8)}`;
  const out = join(dir, queue);
  mkdirSync(out);
  const enqueueStart = performance.now();
  const enq = await runCli(cli, [
    'enqueue',
    warc,
    '--redis',
    redis,
    '--queue',
    queue,
    '--pages-per-job',
    String(PAGES_PER_JOB),
    '--fields',
    FIELDS,
  ]);
  if (enq.code !== 0) throw new Error(`pressroom enqueue exited ${enq.code}: ${enq.stderr.slice(-1000)}`);
  const enqueueSeconds = (performance.now() - enqueueStart) / 1000;
  ctx.log(`queue: ${setup.processes} worker process(es) x ${setup.threads} thread(s) on ${queue}`);
  const started = performance.now();
  const children: ChildProcess[] = [];
  const summaries = await Promise.all(
    Array.from(
      { length: setup.processes },
      () =>
        new Promise<WorkerSummary>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            [
              cli,
              'worker',
              '--redis',
              redis,
              '--queue',
              queue,
              '--out',
              out,
              '--workers',
              String(setup.threads),
              '--until-empty',
            ],
            { stdio: ['ignore', 'ignore', 'pipe'] },
          );
          children.push(child);
          let stderr = '';
          child.stderr?.on('data', (d) => {
            stderr += d;
          });
          child.on('error', reject);
          child.on('close', (code) => {
            const last = stderr.trim().split('\n').pop() ?? '';
            try {
              resolve(JSON.parse(last) as WorkerSummary);
            } catch {
              reject(new Error(`pressroom worker exited ${code} without a summary:\n${stderr.slice(-2000)}`));
            }
          });
        }),
    ),
  ).finally(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });
  const seconds = (performance.now() - started) / 1000;
  const st = await runCli(cli, ['status', '--redis', redis, '--queue', queue, '--json']);
  const status = JSON.parse(st.stdout) as QueueStatus;
  const shards = readShards(out);
  const pages = summaries.reduce((n, s) => n + s.pages, 0);
  const cpuSeconds = summaries.reduce((n, s) => n + s.cpuSeconds, 0);
  return {
    pagesPerSecond: pages / seconds,
    queuePagesPerSecond: status.pagesPerSecond.overall,
    pagesPerCpuSecond: cpuSeconds > 0 ? pages / cpuSeconds : null,
    seconds,
    enqueueSeconds,
    pages,
    jobs: status.jobs.done,
    failedJobs: status.jobs.failed,
    pageErrors: status.pages.failed,
    duplicates: shards.lines - shards.ids,
  };
}

/** `pressroom batch --workers 1` over the same file: the same pages without the queue. */
async function runBatchBaseline(cli: string, warc: string, out: string): Promise<Record<string, number | null>> {
  const started = performance.now();
  const r = await runCli(cli, ['batch', warc, '--out', out, '--workers', '1', '--fields', FIELDS]);
  const seconds = (performance.now() - started) / 1000;
  const summary = JSON.parse(r.stderr.trim().split('\n').pop() ?? '{}') as {
    pages?: number;
    failed?: number;
    cpuSeconds?: number;
    pagesPerSecond?: number;
  };
  if (summary.pages === undefined) throw new Error(`pressroom batch exited ${r.code}: ${r.stderr.slice(-1000)}`);
  return {
    pagesPerSecond: summary.pages / seconds,
    queuePagesPerSecond: null,
    pagesPerCpuSecond: summary.cpuSeconds ? summary.pages / summary.cpuSeconds : null,
    seconds,
    enqueueSeconds: null,
    pages: summary.pages,
    jobs: null,
    failedJobs: null,
    pageErrors: summary.failed ?? null,
    duplicates: null,
  };
}

export const queue: Suite = {
  name: 'queue',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const columns = [
      'pagesPerSecond',
      'queuePagesPerSecond',
      'pagesPerCpuSecond',
      'seconds',
      'enqueueSeconds',
      'pages',
      'jobs',
      'failedJobs',
      'pageErrors',
      'duplicates',
    ];
    const description =
      'pressroom enqueue + pressroom worker (BullMQ on a local redis-server) over a WARC.gz of the 181 article-extraction pages repeated: pages per second with 1 and 2 worker processes.';
    if (spawnSync('redis-server', ['--version']).status !== 0) {
      return {
        suite: 'queue',
        description,
        columns,
        rows: [],
        notes: ['SKIPPED: redis-server is not installed (Debian: apt-get install redis-server). Nothing was measured.'],
      };
    }
    const { path: cli, version } = cliPath();
    try {
      readFileSync(cli);
    } catch {
      throw new Error(
        `${cli} is missing: build the CLI first (pnpm --filter pressroom build; turbo's bench task does it).`,
      );
    }
    const pages = loadExtractionCorpus(ctx.benchDir);
    const dir = mkdtempSync(join(tmpdir(), 'pressroom-bench-queue-'));
    const warc = join(dir, 'corpus.warc.gz');
    const records = buildWarc(pages, ctx.quick ? QUICK_RECORDS : RECORDS, warc);
    const port = await freePort();
    mkdirSync(join(dir, 'redis'));
    const redisServer = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', join(dir, 'redis')],
      { stdio: 'ignore' },
    );
    const cores = availableParallelism();
    const load = loadavg()[0] ?? 0;
    const rows: Row[] = [];
    const setups: Setup[] = [
      { processes: 1, threads: 1 },
      { processes: 2, threads: 1 },
      { processes: 1, threads: cores },
    ];
    try {
      const deadline = Date.now() + 10_000;
      while (!(await ping(port))) {
        if (Date.now() > deadline) throw new Error('redis-server did not start');
        await new Promise((r) => setTimeout(r, 50));
      }
      const redisVersion = String(spawnSync('redis-server', ['--version']).stdout).split(' ')[2] ?? '';
      ctx.log('queue: pressroom batch --workers 1 on the same file, for the overhead of the queue');
      rows.push({
        name: 'pressroom batch (1 thread, no queue)',
        version: `pressroom ${version}, node ${process.version}`,
        metrics: await runBatchBaseline(cli, warc, join(dir, 'batch.jsonl')),
      });
      for (const setup of setups) {
        const metrics = await runSetup(cli, `redis://127.0.0.1:${port}`, warc, dir, setup, ctx);
        rows.push({
          name: `pressroom worker: ${setup.processes} process${setup.processes > 1 ? 'es' : ''} x ${setup.threads} thread${setup.threads > 1 ? 's' : ''}`,
          version: `pressroom ${version}, bullmq 5.81.5, redis ${redisVersion.replace('v=', '')}, node ${process.version}`,
          metrics,
        });
      }
    } finally {
      redisServer.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
    const rate = (i: number, key = 'pagesPerSecond') => rows[i]?.metrics[key] ?? null;
    const [batch, one, two] = [rate(0), rate(1), rate(2)];
    const [oneCpu, batchCpu] = [rate(1, 'pagesPerCpuSecond'), rate(0, 'pagesPerCpuSecond')];
    const notes = [
      `Input: one WARC.gz of ${records} response records (one gzip member per record), cut by enqueue into jobs of ${PAGES_PER_JOB}; fields written: ${FIELDS}.`,
      'pagesPerSecond: pages / wall time from starting the worker processes (or batch) to their exit (--until-empty), boot included. queuePagesPerSecond: what `pressroom status` reports (pages / first job start to last job end, across workers). pagesPerCpuSecond: pages / CPU time of all the processes (user + system, every thread). One run per set-up.',
      `Load average when the suite started: ${load.toFixed(1)} on ${cores} cores (other work on the machine slows every figure). All processes share this machine's cores: 2 processes x 1 thread is the 2-machine set-up squeezed onto one box, not a 2-machine figure.`,
    ];
    if (one && two) notes.push(`2 worker processes / 1: ${(two / one).toFixed(2)}x pages/s.`);
    if (one && batch) notes.push(`1 worker process / batch, both 1 thread: ${(one / batch).toFixed(2)}x pages/s.`);
    if (oneCpu && batchCpu)
      notes.push(
        `pages per CPU-second (the figure other load disturbs least): queue worker ${oneCpu.toFixed(1)}, batch ${batchCpu.toFixed(1)}.`,
      );
    return { suite: 'queue', description, columns, rows, notes };
  },
};
