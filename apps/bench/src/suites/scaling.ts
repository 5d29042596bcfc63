import { performance } from 'node:perf_hooks';
import { pressroomExtract, pressroomExtractionVersion } from '../adapters/pressroom-extraction';
import { loadExtractionCorpus } from '../corpus';
import { median } from '../measure';
import { readabilityLinkedom } from '../peers';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

const SIZES = [
  { label: '50 KB', bytes: 50_000 },
  { label: '1 MB', bytes: 1_000_000 },
  { label: '10 MB', bytes: 10_000_000 },
];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news page of about `bytes` characters: site chrome (navigation, a "most read" list, a footer)
 * around an article whose paragraphs are real article text from the corpus, repeated.
 */
export function buildPage(paragraphs: string[], bytes: number): string {
  const nav = `<nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('')}</ul></nav>`;
  const aside = `<aside class="most-read"><h3>Most read</h3><ol>${Array.from(
    { length: 10 },
    (_, i) => `<li><a href="/n/${i}">Headline number ${i} about something else</a></li>`,
  ).join('')}</ol></aside>`;
  const head = `<!doctype html><html lang="en"><head><title>A long article - Example News</title></head><body><header>${nav}</header><main><article><h1>A long article</h1>`;
  const tail = `</article>${aside}</main><footer><p>© Example News. All rights reserved.</p></footer></body></html>`;
  const body: string[] = [];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    const p = `<p>${escapeHtml(paragraphs[i % paragraphs.length] as string)}</p>`;
    body.push(p);
    size += p.length;
  }
  return head + body.join('') + tail;
}

function time(fn: () => unknown, rounds: number): number {
  fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const scaling: Suite = {
  name: 'scaling',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const paragraphs = loadExtractionCorpus(ctx.benchDir)
      .flatMap((p) => p.truth.split(/\n+/))
      .filter((p) => p.length > 200)
      .slice(0, 400);
    const pages = SIZES.map((s) => ({ ...s, html: buildPage(paragraphs, s.bytes) }));
    const tools = [
      {
        name: 'pressroom (balanced)',
        version: pressroomExtractionVersion,
        run: (html: string) => pressroomExtract(html, 'https://example.com/a', 'balanced'),
      },
      {
        name: readabilityLinkedom.name,
        version: readabilityLinkedom.version,
        run: (html: string) => readabilityLinkedom.extract(html, 'https://example.com/a'),
      },
    ];
    const rows: Row[] = [];
    for (const tool of tools) {
      const metrics: Record<string, number> = {};
      for (const page of pages) {
        ctx.log(`scaling: ${tool.name} on ${page.label}`);
        const rounds = page.bytes > 5_000_000 ? Math.min(ctx.rounds, 2) : ctx.rounds;
        metrics[`ms ${page.label}`] = time(() => tool.run(page.html), rounds);
      }
      metrics['MB/s at 10 MB'] = 10 / ((metrics['ms 10 MB'] as number) / 1000);
      metrics['10 MB / 1 MB time'] = (metrics['ms 10 MB'] as number) / (metrics['ms 1 MB'] as number);
      rows.push({ name: tool.name, version: tool.version, metrics });
    }
    return {
      suite: 'scaling',
      description:
        'Time to extract one page of 50 KB, 1 MB and 10 MB (real article paragraphs repeated inside site chrome); linear cost means the 10 MB page takes about 10x the 1 MB page.',
      columns: ['ms 50 KB', 'ms 1 MB', 'ms 10 MB', 'MB/s at 10 MB', '10 MB / 1 MB time'],
      rows,
      notes: ['median of the timed rounds after one warm-up call (at most 2 rounds for the 10 MB page).'],
    };
  },
};
