import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Money } from 'pressroom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConvertResponse, CurrenciesResponse, ParseResponse, SampleInfo } from '../server/api-types';
import { PASTED_PAGE, startServer } from './helpers';

let webRoot: string;
let base: string;
let small: string;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'pressroom-demo-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>demo</title>');
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  const a = await startServer({ webRoot });
  const b = await startServer({ webRoot, maxBodyBytes: 2_000 });
  base = a.base;
  small = b.base;
  closers.push(a.close, b.close);
});

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  rmSync(webRoot, { recursive: true, force: true });
});

const post = (path: string, body: unknown, at = base, type = 'application/json') =>
  fetch(at + path, {
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GET /api/samples', () => {
  it('lists the seed page and pages in other languages', async () => {
    const samples = (await (await fetch(`${base}/api/samples`)).json()) as SampleInfo[];
    expect(samples.map((s) => s.id)).toContain('seed-itnews');
    expect(new Set(samples.map((s) => s.language.slice(0, 2)))).toEqual(new Set(['en', 'de', 'fr']));
    expect(samples.length).toBeGreaterThanOrEqual(4);
    for (const s of samples) expect(s).not.toHaveProperty('file');
  });
});

describe('POST /api/parse', () => {
  it('parses a sample with the umbrella parseArticle', async () => {
    const res = await post('/api/parse', { sampleId: 'seed-itnews' });
    expect(res.status).toBe(200);
    const { source, result } = (await res.json()) as ParseResponse;
    expect(source.kind).toBe('sample');
    expect(source.html).toContain('<html');
    expect(result.title).toBe('China is closing in on US technology lead despite constraints');
    expect(result.byline.authors).toEqual([]);
    expect(result.quotes.filter((q) => q.type === 'direct').map((q) => q.speaker?.name)).toEqual([
      'Yao Shunyu',
      'Lin Junyang',
      'Lin Junyang',
      'Tang Jie',
    ]);
    expect(result.money.map((m) => [m.text, m.currency])).toEqual([
      ['HK$4.35 billion', 'HKD'],
      ['$840 million', 'AUD'],
    ]);
    expect(Object.keys(result.timings)).toEqual(['extract', 'byline', 'quotes', 'money', 'total']);
  });

  it('parses pasted HTML, with the optional page address as context', async () => {
    const html = PASTED_PAGE;
    const res = await post('/api/parse', { html, pageUrl: 'https://www.example.com.au/news/1' });
    expect(res.status).toBe(200);
    const { source, result } = (await res.json()) as ParseResponse;
    expect(source).toMatchObject({ kind: 'html', url: 'https://www.example.com.au/news/1' });
    expect(result.byline.authors.map((a) => a.name)).toEqual(['Jane Roe']);
    expect(result.quotes.find((q) => q.type === 'direct')?.speaker?.name).toBe('Mark Ellison');
    expect(result.money[0]?.currency).toBe('AUD');
  });

  it.each([
    ['10.0.0.1', 'http://10.0.0.1/'],
    ['loopback', 'http://127.0.0.1:9/page'],
    ['IPv6 loopback', 'http://[::1]/'],
    ['link-local', 'http://169.254.169.254/latest/meta-data/'],
  ])('refuses a URL at a private address (%s)', async (_name, url) => {
    const res = await post('/api/parse', { url });
    expect(res.status).toBe(403);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('PRESSROOM_FORBIDDEN_ADDRESS');
    expect(error.message).toMatch(/non-public address/);
    expect(error.message).toMatch(/only fetches pages from public addresses/);
    expect(error.message).not.toMatch(/--allow-private/);
  });

  it.each([
    ['no input', {}, 400, 'DEMO_BAD_REQUEST'],
    ['two inputs', { html: '<p>x</p>', url: 'https://example.com/' }, 400, 'DEMO_BAD_REQUEST'],
    ['html not a string', { html: 42 }, 400, 'DEMO_BAD_REQUEST'],
    ['empty html', { html: '  ' }, 400, 'DEMO_EMPTY_INPUT'],
    ['an array body', [1, 2], 400, 'DEMO_BAD_REQUEST'],
    ['a URL that is not one', { url: 'not a url' }, 400, 'DEMO_BAD_REQUEST'],
    ['a file: URL', { url: 'file:///etc/passwd' }, 400, 'DEMO_BAD_REQUEST'],
    ['a bad page address', { html: '<p>x</p>', pageUrl: 'javascript:alert(1)' }, 400, 'DEMO_BAD_REQUEST'],
    ['an unknown sample', { sampleId: '../package.json' }, 404, 'DEMO_UNKNOWN_SAMPLE'],
  ])('answers %s with a clear error', async (_name, body, status, code) => {
    const res = await post('/api/parse', body);
    expect(res.status).toBe(status);
    const answer = (await res.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe(code);
    expect(answer.error.message.length).toBeGreaterThan(10);
  });

  it('refuses bodies that are not JSON', async () => {
    expect((await post('/api/parse', '{"html": ', base)).status).toBe(400);
    expect((await post('/api/parse', 'html=x', base, 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('refuses a body over the size cap, declared or streamed', async () => {
    const html = `<p>${'x'.repeat(5_000)}</p>`;
    const res = await post('/api/parse', { html }, small);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PRESSROOM_INPUT_TOO_LARGE');
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(JSON.stringify({ html }));
        for (let i = 0; i < bytes.length; i += 500) controller.enqueue(bytes.slice(i, i + 500));
        controller.close();
      },
    });
    const streamed = await fetch(`${small}/api/parse`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});

describe('currencies and conversion', () => {
  const money = async (): Promise<Money[]> =>
    ((await (await post('/api/parse', { sampleId: 'seed-itnews' })).json()) as ParseResponse).result.money;

  it('lists the bundled currencies', async () => {
    const { codes } = (await (await fetch(`${base}/api/currencies`)).json()) as CurrenciesResponse;
    expect(codes).toEqual(expect.arrayContaining(['USD', 'EUR', 'HKD', 'AUD', 'INR', 'GBP']));
  });

  it('converts every mention with @pressroom/currency convert', async () => {
    const res = await post('/api/convert', { money: await money(), to: 'eur', date: '2026-01-11' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as ConvertResponse;
    expect(answer.to).toBe('EUR');
    expect(answer.values).toHaveLength(2);
    for (const v of answer.values) {
      expect('value' in v && typeof v.value === 'number' && v.value > 4e8 && v.value < 6e8).toBe(true);
    }
  });

  it('explains a mention it cannot convert, and refuses unknown currencies and bad bodies', async () => {
    const [first] = await money();
    const undecided = { ...(first as Money), currency: null };
    const answer = (await (await post('/api/convert', { money: [undecided], to: 'USD' })).json()) as ConvertResponse;
    expect(answer.values[0]).toMatchObject({ error: expect.stringMatching(/undecided/) });
    expect((await post('/api/convert', { money: [first], to: 'XXX' })).status).toBe(400);
    expect((await post('/api/convert', { money: 'x', to: 'USD' })).status).toBe(400);
    expect((await post('/api/convert', { money: [{ nope: 1 }], to: 'USD' })).status).toBe(200);
  });
});

describe('static files', () => {
  it('serves the front end with a Content-Security-Policy', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<title>demo</title>');
    expect((await fetch(`${base}/assets/app.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('stays inside the web root and says when the front end is not built', async () => {
    expect((await fetch(`${base}/%2e%2e/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
    const empty = await startServer({ webRoot: join(webRoot, 'missing') });
    closers.push(empty.close);
    const res = await fetch(`${empty.base}/`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/pnpm demo/);
  });
});
