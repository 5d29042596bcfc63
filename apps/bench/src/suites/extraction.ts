import { pressroomExtract, pressroomExtractionVersion } from '../adapters/pressroom-extraction';
import { loadExtractionCorpus, type Page } from '../corpus';
import { measure } from '../measure';
import { scoreExtraction } from '../metrics/extraction';
import { type Peer, peers } from '../peers';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

/** A tool in the extraction race: a peer or a Pressroom mode. */
export interface ExtractionTool {
  name: string;
  version: string;
  /** Timed call. */
  run(page: Page): unknown;
  /** Plain text of what `run` returned; not timed. */
  text(output: unknown): string;
}

function peerTool(peer: Peer): ExtractionTool {
  return {
    name: peer.name,
    version: peer.version,
    run: (page) => peer.extract(page.html, page.url),
    text: (o) => (o ? peer.textOf(o as never) : ''),
  };
}

function pressroomTool(favor: 'precision' | 'balanced' | 'recall'): ExtractionTool {
  return {
    name: `pressroom (${favor})`,
    version: pressroomExtractionVersion,
    run: (page) => pressroomExtract(page.html, page.url, favor),
    text: (o) => (typeof o === 'string' ? o : ''),
  };
}

/** Every tool in the race: our three modes, then the peers. */
export const extractionTools: ExtractionTool[] = [
  pressroomTool('balanced'),
  pressroomTool('precision'),
  pressroomTool('recall'),
  ...peers.map(peerTool),
];

const fmtRatio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;

export const extraction: Suite = {
  name: 'extraction',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const pages = loadExtractionCorpus(ctx.benchDir);
    const truth = Object.fromEntries(pages.map((p) => [p.id, p.truth]));
    const rows: Row[] = [];
    for (const tool of extractionTools) {
      ctx.log(`extraction: ${tool.name} (${ctx.rounds} timed rounds after a warm-up)`);
      const { results, timing } = await measure(pages, (p) => tool.run(p), ctx.rounds);
      const pred = Object.fromEntries(pages.map((p, i) => [p.id, tool.text(results[i])]));
      const s = scoreExtraction(truth, pred);
      rows.push({
        name: tool.name,
        version: tool.version,
        metrics: {
          f1: s.f1,
          precision: s.precision,
          recall: s.recall,
          accuracy: s.accuracy,
          f1Std: s.f1Std,
          pagesPerSecond: timing.perSecond,
          peakRssMb: timing.peakRssMb,
          peakHeapMb: timing.peakHeapMb,
          empty: s.empty,
          errors: timing.errors,
        },
      });
    }
    const notes: string[] = [];
    const byName = (n: string) => rows.find((r) => r.name === n);
    const linkedom = byName('readability (linkedom)');
    const jsdom = byName('readability (jsdom)');
    for (const r of rows.filter((x) => x.name.startsWith('pressroom'))) {
      const pps = r.metrics.pagesPerSecond as number;
      if (linkedom)
        notes.push(
          `${r.name} vs readability (linkedom): ${fmtRatio(pps, linkedom.metrics.pagesPerSecond as number)} pages/s`,
        );
      if (jsdom)
        notes.push(
          `${r.name} vs readability (jsdom): ${fmtRatio(pps, jsdom.metrics.pagesPerSecond as number)} pages/s`,
        );
    }
    notes.push(
      'pages/s: 181 pages / median summed call time of the timed rounds, parsing included, pages gunzipped beforehand.',
    );
    notes.push('peak RSS is the process high-water mark while the tool ran (tools run in table order in one process).');
    return {
      suite: 'extraction',
      description: `Article body extraction on ${pages.length} real news pages (shared/bench/article-extraction), scored as score-extraction.mjs does.`,
      columns: [
        'f1',
        'precision',
        'recall',
        'accuracy',
        'pagesPerSecond',
        'peakRssMb',
        'peakHeapMb',
        'empty',
        'errors',
      ],
      rows,
      notes,
    };
  },
};
