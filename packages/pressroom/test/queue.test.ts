// `pressroom enqueue | worker | status` against a real redis-server on loopback (the Debian
// package; CI installs it from .ci/apt-packages). Runs the real binary, built into a directory of
// its own. Skipped, saying so, where redis-server is not installed.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './run-cli';
import { warcGzFile } from './warc-fixture';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('queue.test.ts: skipped, redis-server is not installed (apt-get install redis-server).');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'node_modules', '.cache', `pressroom-queue-test-${process.pid}`);
const cli = join(build, 'cli.js');
const seedHtml = readFileSync(join(root, 'test', 'fixtures', 'seed-article', 'page.html'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'pressroom-queue-'));
let redisProcess: ChildProcess | null = null;
let redis = '';
let redisPort = 0;

function run(args: string[]): Promise<CliRun> {
  return runCli(cli, args, { cwd: dir });
}

/** Starts `pressroom worker` in the background; its stderr is kept. */
function startWorker(queue: string, out: string, extra: string[] = []): { child: ChildProcess; stderr: () => string } {
  const child = spawn(
    process.execPath,
    [cli, 'worker', '--redis', redis, '--queue', queue, '--out', out, '--lock-ms', '1500', ...extra],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return { child, stderr: () => stderr };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
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

/** LLEN over a raw socket: fast enough to catch a job in progress between two polls. */
function llen(port: number, key: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    socket.once('error', reject);
    socket.connect(port, '127.0.0.1', () =>
      socket.write(`*2\r\n$4\r\nLLEN\r\n$${Buffer.byteLength(key)}\r\n${key}\r\n`),
    );
    socket.once('data', (d) => {
      socket.destroy();
      resolve(Number(String(d).slice(1).trim()));
    });
  });
}

async function status(queue: string): Promise<{
  jobs: Record<string, number>;
  pages: Record<string, number>;
  pagesPerSecond: Record<string, number>;
  workers: string[];
  failedJobs: { id: string; error: string; attempts: number }[];
  finished: boolean;
}> {
  const r = await run(['status', '--redis', redis, '--queue', queue, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

type Line = { id: string; error?: { code: string } } & Record<string, unknown>;
const readLines = (file: string): Line[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
const shards = (out: string) =>
  existsSync(join(dir, out)) ? readdirSync(join(dir, out)).filter((f) => f.endsWith('.jsonl')) : [];

describe.skipIf(!hasRedis)('pressroom enqueue / worker / status on redis-server', () => {
  beforeAll(async () => {
    execFileSync('npx', ['tsup', '--config', 'test/queue.tsup.config.ts'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, PRESSROOM_QUEUE_BUILD: build },
    });
    const port = await freePort();
    mkdirSync(join(dir, 'redis'));
    redisProcess = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', join(dir, 'redis')],
      { stdio: 'ignore' },
    );
    await until('redis-server', () => ping(port), 10_000);
    redis = `redis://127.0.0.1:${port}`;
    redisPort = port;

    // The corpus: HTML files in a directory tree, a WARC.gz (one gzip member per record, with a
    // non-HTML record), and a JSONL file with a line that is not a page.
    mkdirSync(join(dir, 'crawl', 'site', 'deep'), { recursive: true });
    for (let i = 0; i < 24; i++) {
      const sub = i % 3 === 0 ? 'site/deep' : 'site';
      writeFileSync(join(dir, 'crawl', sub, `p${String(i).padStart(2, '0')}.html`), seedHtml);
    }
    const warcPages = Array.from({ length: 40 }, (_, i) => ({
      url: `https://news.example/story-${i}`,
      body: seedHtml,
      id: `<urn:uuid:00000000-0000-0000-0000-${String(i).padStart(12, '0')}>`,
    }));
    writeFileSync(
      join(dir, 'crawl', 'news.warc.gz'),
      warcGzFile([...warcPages, { url: 'https://news.example/logo.png', body: 'PNG', contentType: 'image/png' }]),
    );
    const lines = Array.from({ length: 20 }, (_, i) =>
      i === 7 ? '{"url": "https://lines.example/broken", "html": 42}' : JSON.stringify({ html: seedHtml }),
    );
    writeFileSync(join(dir, 'crawl', 'lines.jsonl'), `${lines.join('\n')}\n`);
  }, 180_000);

  afterAll(async () => {
    if (redisProcess) {
      redisProcess.kill('SIGTERM');
      await exited(redisProcess);
    }
    rmSync(build, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses no page and duplicates none when a worker is killed mid-run (SIGKILL)', async () => {
    const batch = await run(['batch', 'crawl', '--out', 'batch.jsonl', '--workers', '2']);
    expect(batch.code, batch.stderr).toBe(1); // the broken JSONL line is written with its error
    const expected = readLines(join(dir, 'batch.jsonl'));
    expect(expected).toHaveLength(84);

    const enqueued = await run(['enqueue', 'crawl', '--redis', redis, '--queue', 'crawl', '--pages-per-job', '5']);
    expect(enqueued.code, enqueued.stderr).toBe(0);
    const summary = JSON.parse(enqueued.stderr.trim());
    expect(summary).toMatchObject({ command: 'enqueue', jobs: 18, pages: 85, existing: 0 });
    const again = await run(['enqueue', 'crawl', '--redis', redis, '--queue', 'crawl', '--pages-per-job', '5']);
    expect(JSON.parse(again.stderr.trim())).toMatchObject({ jobs: 18, existing: 18 });

    // One worker, one thread, one job at a time; killed once it has written a few shards.
    const first = startWorker('crawl', 'out', ['--workers', '1', '--concurrency', '1']);
    await until('three shards', () => shards('out').length >= 3);
    await until('a job in progress', async () => (await llen(redisPort, 'pressroom:crawl:active')) === 1, 30_000);
    first.child.kill('SIGKILL');
    await exited(first.child);
    const atKill = await status('crawl');
    expect(atKill.jobs.done).toBeLessThan(18);
    // Every shard on disk is whole: the killed job's shard was never renamed into place.
    for (const shard of shards('out')) {
      const shardLines = readFileSync(join(dir, 'out', shard), 'utf8');
      if (shardLines === '') continue; // a job whose records were all skipped (not HTML)
      expect(shardLines.endsWith('\n')).toBe(true);
      for (const line of shardLines.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    }

    // Another worker takes over, including the killed worker's job once its lock expires.
    const second = startWorker('crawl', 'out', ['--workers', '2', '--until-empty']);
    expect(await exited(second.child), second.stderr()).toBe(0);
    const final = await status('crawl');
    expect(final).toMatchObject({ finished: true, jobs: { done: 18, failed: 0, waiting: 0, active: 0 } });
    expect(second.stderr()).toContain('"event":"stalled"');

    const union = shards('out').flatMap((s) => readLines(join(dir, 'out', s)));
    const ids = union.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length); // no duplicates
    expect([...ids].sort()).toEqual(expected.map((l) => l.id).sort()); // identical ids
    // The same lines as batch, but for the timings.
    const withoutTimings = (l: Line) => JSON.stringify({ ...l, timings: null });
    expect(union.map(withoutTimings).sort()).toEqual(expected.map(withoutTimings).sort());
    expect(union.filter((l) => l.error).map((l) => l.error?.code)).toEqual(['PRESSROOM_INVALID_INPUT']);
    expect(final.pages.done).toBeGreaterThanOrEqual(84);
    expect(final.pagesPerSecond.overall).toBeGreaterThan(0);
  }, 180_000);

  it('retries a job whose input is missing with backoff, then fails it with its error; the worker goes on', async () => {
    mkdirSync(join(dir, 'flaky'));
    writeFileSync(join(dir, 'flaky', 'gone.html'), seedHtml);
    writeFileSync(join(dir, 'flaky', 'kept.html'), seedHtml);
    const common = ['--redis', redis, '--queue', 'flaky', '--attempts', '3', '--backoff', '50'];
    expect((await run(['enqueue', 'flaky/gone.html', ...common])).code).toBe(0);
    expect((await run(['enqueue', 'flaky/kept.html', ...common])).code).toBe(0);
    rmSync(join(dir, 'flaky', 'gone.html'));
    const worker = startWorker('flaky', 'flaky-out', ['--workers', '1', '--until-empty']);
    expect(await exited(worker.child), worker.stderr()).toBe(0);
    const s = await status('flaky');
    expect(s.jobs).toMatchObject({ done: 1, failed: 1 });
    expect(s.failedJobs[0]).toMatchObject({ attempts: 3 });
    expect(s.failedJobs[0]?.error).toMatch(/ENOENT.*every worker must see the input paths/);
    const events = worker
      .stderr()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(events.filter((e) => e.event === 'failed').map((e) => e.final)).toEqual([false, false, true]);
    expect(events.at(-1)).toMatchObject({ command: 'worker', jobs: 1, failedJobs: 1, pages: 1 });
    expect(shards('flaky-out')).toHaveLength(1);
    const text = await run(['status', '--redis', redis, '--queue', 'flaky']);
    expect(text.stdout).toContain('1 done, 1 failed');
    expect(text.stdout).toContain('failed jobs');

    // Fixed: enqueuing the same inputs again puts the failed job back, and only that one.
    writeFileSync(join(dir, 'flaky', 'gone.html'), seedHtml);
    const again = await run(['enqueue', 'flaky/gone.html', 'flaky/kept.html', ...common, '--pages-per-job', '1']);
    expect(JSON.parse(again.stderr.trim())).toMatchObject({ jobs: 2, existing: 1, retried: 1 });
    const rerun = startWorker('flaky', 'flaky-out', ['--workers', '1', '--until-empty']);
    expect(await exited(rerun.child), rerun.stderr()).toBe(0);
    expect((await status('flaky')).jobs).toMatchObject({ done: 2, failed: 0 });
    expect(shards('flaky-out')).toHaveLength(2);
  }, 180_000);

  it('lists the connected workers and stops gracefully on SIGTERM', async () => {
    const worker = startWorker('idle', 'idle-out', ['--workers', '1']);
    await until('the worker', async () => (await status('idle')).workers.length === 1);
    worker.child.kill('SIGTERM');
    expect(await exited(worker.child)).toBe(0);
    expect(worker.stderr()).toContain('"command":"worker"');
  }, 60_000);

  it('says what to do on bad options and when Redis is not there', async () => {
    const noQueue = await run(['worker', '--redis', redis, '--out', 'x']);
    expect(noQueue.code).toBe(2);
    expect(noQueue.stderr).toContain('--queue');
    const badUrl = await run(['status', '--redis', 'http://x', '--queue', 'q']);
    expect(badUrl.code).toBe(2);
    const down = await run(['status', '--redis', `redis://127.0.0.1:${await freePort()}`, '--queue', 'q']);
    expect(down.code).toBe(3);
    expect(down.stderr).toContain('cannot reach Redis');
    const missing = await run(['enqueue', 'nope/', '--redis', redis, '--queue', 'q']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('input not found');
    const help = await run(['help', 'worker']);
    expect(help.stdout).toContain('--until-empty');
  }, 60_000);
});
