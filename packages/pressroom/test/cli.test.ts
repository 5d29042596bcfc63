// Runs the real built binary on real files. Builds the CLI first (test/cli.tsup.config.ts: the
// settings of the published build, into its own directory so it never races `pnpm build`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './run-cli';
import { warcGzFile } from './warc-fixture';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'node_modules', '.cache', 'pressroom-cli-test', 'cli.js');
const seed = join(root, 'test', 'fixtures', 'seed-article', 'page.html');
const seedHtml = readFileSync(seed, 'utf8');
const seedUrl = 'https://www.itnews.com.au/news/china-is-closing-in-on-us-technology-lead-despite-constraints-622170';
const dir = mkdtempSync(join(tmpdir(), 'pressroom-cli-'));

function run(args: string[], stdin?: string): Promise<CliRun> {
  return runCli(cli, args, stdin === undefined ? { cwd: dir } : { cwd: dir, stdin });
}

const lines = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown> & { id: string; error?: { code: string } });

let server: Server;
let base: string;

beforeAll(async () => {
  execFileSync('npx', ['tsup', '--config', 'test/cli.tsup.config.ts'], { cwd: root, stdio: 'ignore' });
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(seedHtml);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  writeFileSync(join(dir, 'seed.html'), seedHtml);
  writeFileSync(
    join(dir, 'pages.jsonl'),
    [
      JSON.stringify({ url: seedUrl, html: seedHtml }),
      '{"url": "https://x.example/broken", "html": 42}',
      JSON.stringify({ url: 'https://x.example/empty', html: '<html><body></body></html>' }),
    ].join('\n'),
  );
  const warcPages = Array.from({ length: 12 }, (_, i) => ({
    url: `${seedUrl}?copy=${i}`,
    body: seedHtml,
    id: `<urn:uuid:00000000-0000-0000-0000-${String(i).padStart(12, '0')}>`,
  }));
  writeFileSync(
    join(dir, 'crawl.warc.gz'),
    warcGzFile([...warcPages, { url: 'https://x.example/i.png', body: 'PNG', contentType: 'image/png' }]),
  );
}, 180_000);

afterAll(() => {
  server?.closeAllConnections();
  server?.close();
});

describe('pressroom CLI', () => {
  it('is an executable script', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.pressroom).toBe('./dist/cli.js');
  });

  it('prints its version and help with examples for every command', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect((await run(['--version'])).stdout.trim()).toBe(pkg.version);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:/);
    for (const command of ['parse', 'batch']) {
      const h = await run([command, '--help']);
      expect(h.code).toBe(0);
      expect(h.stdout).toMatch(/Examples:\n {2}pressroom /);
    }
  });

  it('exits 2 with a hint on usage errors', async () => {
    for (const args of [
      ['frobnicate'],
      ['parse'],
      ['parse', 'a.html', '--format', 'pdf'],
      ['parse', 'a', '--nope'],
      ['batch', 'x'],
      ['batch', 'x', '--out', 'o.jsonl', '--shard', '5/4'],
      [],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/pressroom/);
    }
    expect((await run(['parse'])).stderr).toMatch(/See: pressroom parse --help/);
    const fields = await run(['parse', 'seed.html', '--fields', 'title,nope']);
    expect(fields.code).toBe(2);
    expect(fields.stderr).toMatch(/--fields: no field "nope". Fields are: title, /);
  });

  it('parses a file to JSON, with --fields', async () => {
    const r = await run(['parse', 'seed.html', '--url', seedUrl, '--fields', 'title,publishedAt,timings,byline']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['byline', 'publishedAt', 'timings', 'title']);
    expect(out.title).toBe('China is closing in on US technology lead despite constraints');
    expect(out.publishedAt).toBe('2026-01-11T19:45:00.000Z');
    expect(Object.keys(out.timings).sort()).toEqual(['byline', 'extract', 'money', 'quotes', 'total']);
  });

  it('prints Markdown and text', async () => {
    const md = await run(['parse', 'seed.html', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# China is closing in/);
    expect(md.stdout).toMatch(/## Mind the investment gap/);
    const text = await run(['parse', 'seed.html', '--format', 'text']);
    expect(text.stdout.split('\n')[0]).toBe('China is closing in on US technology lead despite constraints');
    expect(text.stdout).not.toMatch(/Most Read Articles/);
  });

  it('reads stdin with -', async () => {
    const r = await run(['parse', '-', '--fields', 'title'], seedHtml);
    expect(JSON.parse(r.stdout)).toEqual({ title: 'China is closing in on US technology lead despite constraints' });
  });

  it('exits 3 when the input cannot be read or is too large', async () => {
    const missing = await run(['parse', 'missing.html']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/Cannot read missing.html: ENOENT/);
    const big = await run(['parse', 'seed.html', '--max-bytes', '100']);
    expect(big.code).toBe(3);
    expect(big.stderr).toMatch(/Raise --max-bytes/);
  });

  it('exits 4 naming the stage when the time budget runs out', async () => {
    const r = await run(['parse', 'seed.html', '--timeout', '1']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/time budget of 1 ms ran out in stage "(extract|byline|quotes|money)"/);
  });

  it('batch writes partial results naming the stage that ran over', async () => {
    const r = await run([
      'batch',
      'seed.html',
      '--out',
      'slow.jsonl',
      '--timeout',
      '1',
      '--fields',
      'title,timedOut,warnings,money',
    ]);
    expect(r.code).toBe(0);
    const [line] = lines('slow.jsonl');
    expect(line?.timedOut).toMatch(/^(extract|byline|quotes|money)$/);
    expect(String(line?.warnings)).toMatch(/time budget of 1 ms ran out/);
  });

  it('refuses loopback URLs unless --allow-private', async () => {
    const refused = await run(['parse', `${base}/a`]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/non-public address.*--allow-private/);
    const allowed = await run(['parse', `${base}/a`, '--allow-private', '--fields', 'title,url']);
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout).title).toMatch(/^China is closing in/);
  });

  it('batch: WARC.gz, JSONL and HTML files on a worker pool, with failures written and exit 1', async () => {
    const r = await run([
      'batch',
      'crawl.warc.gz',
      'pages.jsonl',
      'seed.html',
      '--out',
      'all.jsonl',
      '--workers',
      '2',
      '--fields',
      'title',
    ]);
    expect(r.code).toBe(1);
    const summary = JSON.parse(r.stderr.trim().split('\n').pop() as string);
    expect(summary).toMatchObject({ command: 'batch', pages: 16, ok: 15, failed: 1, skipped: 1, workers: 2 });
    const out = lines('all.jsonl');
    expect(out).toHaveLength(16);
    expect(out.find((l) => l.id === 'https://x.example/broken')?.error?.code).toBe('PRESSROOM_INVALID_INPUT');
    const warc = out.filter((l) => l.id.startsWith('<urn:uuid:'));
    expect(warc).toHaveLength(12);
    for (const l of warc) {
      expect(l.title).toBe('China is closing in on US technology lead despite constraints');
      expect(l.url).toMatch(/\?copy=\d+$/);
    }
  });

  it('batch --shard splits deterministically and --resume skips what is done', async () => {
    const parts = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const r = await run([
        'batch',
        'crawl.warc.gz',
        '--out',
        `part-${shard[0]}.jsonl`,
        '--shard',
        shard,
        '--fields',
        'title',
      ]);
      expect(r.code).toBe(0);
      parts.push(...lines(`part-${shard[0]}.jsonl`).map((l) => l.id));
    }
    expect(parts).toHaveLength(12);
    expect(new Set(parts).size).toBe(12);

    writeFileSync(join(dir, 'resume.jsonl'), readFileSync(join(dir, 'part-1.jsonl'), 'utf8') + '{"id":"<urn:uu');
    const r = await run(['batch', 'crawl.warc.gz', '--out', 'resume.jsonl', '--resume', '--fields', 'title']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stderr.trim().split('\n').pop() as string);
    expect(summary.resumed).toBe(lines('part-1.jsonl').length);
    const ids = lines('resume.jsonl').map((l) => l.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('batch exits 3 on a missing input and says what to give', async () => {
    const r = await run(['batch', 'nope.warc.gz', '--out', 'x.jsonl']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/input not found: nope.warc.gz/);
  });
});
