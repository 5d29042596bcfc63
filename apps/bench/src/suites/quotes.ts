import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractQuotes } from '@pressroom/quotes';
import { measure, median } from '../measure';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

/** A predicted or gold quotation as `score-quotes.mjs` reads it. */
interface ScoredQuote {
  text: string;
  start: number;
  end: number;
  type: string;
  speaker: string | null;
  cue?: string | null;
}

interface GoldDoc {
  articles: { id: string; quotes: ScoredQuote[] }[];
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  pred: number;
  gold: number;
}

interface Scored {
  quotes: Prf;
  byType: Record<'direct' | 'mixed' | 'indirect', Prf>;
  speakerAccuracy: number | null;
  triple: Prf;
}

/** The exported functions of the shared scorer (`shared/bench/score-quotes.mjs`). */
interface Scorer {
  score(
    gold: GoldDoc,
    pred: Record<string, ScoredQuote[]>,
    texts: Record<string, string>,
  ): { lenient: Scored; strict: Scored; warnings: string[] };
  matchQuotes(gold: ScoredQuote[], pred: ScoredQuote[], threshold: number): [number, number][];
  THRESHOLDS: { lenient: number; strict: number };
}

/** A tool in the race: our package or the naive baseline. */
interface QuoteTool {
  name: string;
  version: string;
  run(text: string): ScoredQuote[];
}

/**
 * The baseline the issue names: every run of four or more words between a pair of double
 * quotation marks (straight, curly, guillemets, low-high) is a direct quote, without a speaker.
 */
const QUOTED_RUN = /(["“«„])([^"“”«»„\n]+?)(["”»“])/g;
function baseline(text: string): ScoredQuote[] {
  const out: ScoredQuote[] = [];
  for (const m of text.matchAll(QUOTED_RUN)) {
    const inner = m[2] ?? '';
    if (inner.trim().split(/\s+/).length < 4) continue;
    const start = (m.index ?? 0) + 1;
    out.push({ text: inner, start, end: start + inner.length, type: 'direct', speaker: null });
  }
  return out;
}

const tools: QuoteTool[] = [
  {
    name: '@pressroom/quotes',
    version: 'workspace',
    run: (text) =>
      extractQuotes(text).map((q) => ({
        text: q.text,
        start: q.start,
        end: q.end,
        type: q.type,
        speaker: q.speaker?.name ?? null,
        cue: q.cue,
      })),
  },
  { name: 'baseline: quoted runs of 4+ words', version: 'regex', run: baseline },
];

/** Direct + mixed taken together: gold and predictions of either type, matched as the scorer matches. */
function directAndMixed(scorer: Scorer, gold: GoldDoc, pred: Record<string, ScoredQuote[]>, threshold: number): Prf {
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const a of gold.articles) {
    const g = a.quotes.filter((q) => q.type === 'direct' || q.type === 'mixed');
    const p = (pred[a.id] ?? []).filter((q) => q.type === 'direct' || q.type === 'mixed');
    tp += scorer.matchQuotes(g, p, threshold).length;
    np += p.length;
    ng += g.length;
  }
  const precision = np ? tp / np : 0;
  const recall = ng ? tp / ng : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, pred: np, gold: ng };
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** Median process CPU time (user + system) of one pass over the inputs, in seconds. */
function cpuSecondsPerRound(inputs: string[], tool: QuoteTool, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.cpuUsage();
    for (const t of inputs) tool.run(t);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1e6);
  }
  return median(times);
}

export const quotes: Suite = {
  name: 'quotes',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const scorer = (await import(pathToFileURL(join(ctx.benchDir, 'score-quotes.mjs')).href)) as Scorer;
    const gold = JSON.parse(readFileSync(join(ctx.benchDir, 'quotes', 'dev.json'), 'utf8')) as GoldDoc;
    const truth = JSON.parse(
      readFileSync(join(ctx.benchDir, 'article-extraction', 'ground-truth.json'), 'utf8'),
    ) as Record<string, { articleBody?: string }>;
    const texts: Record<string, string> = {};
    for (const [id, v] of Object.entries(truth)) texts[id] = v.articleBody ?? '';
    const inputs = gold.articles.map((a) => texts[a.id] ?? '');
    const inputs10 = inputs.map((t) => Array.from({ length: 10 }, () => t).join('\n\n'));
    const mb1 = inputs.reduce((n, t) => n + utf8(t), 0) / 1e6;
    const mb10 = inputs10.reduce((n, t) => n + utf8(t), 0) / 1e6;
    const rows: Row[] = [];
    const notes: string[] = [];
    for (const tool of tools) {
      ctx.log(`quotes: ${tool.name} (${ctx.rounds} timed rounds after a warm-up, 1x and 10x input)`);
      // let the JIT compile the hot paths first, as a long-running process would
      for (let w = 0; w < 5; w++) for (const t of inputs) tool.run(t);
      const { results, timing } = await measure(inputs, (t) => tool.run(t), ctx.rounds);
      const { timing: timing10 } = await measure(inputs10, (t) => tool.run(t), ctx.rounds);
      // CPU time as well as wall time: on a loaded machine the wall clock measures the neighbours
      const cpuSeconds1 = cpuSecondsPerRound(inputs, tool, ctx.rounds);
      const cpuSeconds10 = cpuSecondsPerRound(inputs10, tool, ctx.rounds);
      const pred: Record<string, ScoredQuote[]> = {};
      gold.articles.forEach((a, i) => {
        pred[a.id] = results[i] ?? [];
      });
      const r = scorer.score(gold, pred, texts);
      const dmL = directAndMixed(scorer, gold, pred, scorer.THRESHOLDS.lenient);
      const dmS = directAndMixed(scorer, gold, pred, scorer.THRESHOLDS.strict);
      const mbps = mb1 / timing.medianSeconds;
      const mbps10 = mb10 / timing10.medianSeconds;
      rows.push({
        name: tool.name,
        version: tool.version,
        metrics: {
          f1: r.lenient.quotes.f1,
          precision: r.lenient.quotes.precision,
          recall: r.lenient.quotes.recall,
          f1Strict: r.strict.quotes.f1,
          precisionStrict: r.strict.quotes.precision,
          recallStrict: r.strict.quotes.recall,
          directMixedF1: dmL.f1,
          directMixedF1Strict: dmS.f1,
          directF1: r.lenient.byType.direct.f1,
          mixedF1: r.lenient.byType.mixed.f1,
          indirectPrecision: r.lenient.byType.indirect.precision,
          indirectRecall: r.lenient.byType.indirect.recall,
          indirectF1: r.lenient.byType.indirect.f1,
          indirectF1Strict: r.strict.byType.indirect.f1,
          speakerAccuracy: r.lenient.speakerAccuracy,
          speakerAccuracyStrict: r.strict.speakerAccuracy,
          tripleF1: r.lenient.triple.f1,
          mbPerSecond: mbps,
          mbPerSecond10x: mbps10,
          mbPerCpuSecond: mb1 / cpuSeconds1,
          mbPerCpuSecond10x: mb10 / cpuSeconds10,
          errors: timing.errors + timing10.errors,
        },
      });
      if (r.warnings.length > 0) notes.push(`${tool.name}: scorer warnings: ${r.warnings.slice(0, 3).join('; ')}`);
      notes.push(
        `${tool.name}: 10x input runs at ${(mbps10 / mbps).toFixed(2)} of the 1x wall-clock speed and ` +
          `${(mb10 / cpuSeconds10 / (mb1 / cpuSeconds1)).toFixed(2)} of the 1x CPU-time speed (1.00 = linear).`,
      );
    }
    notes.push(
      'Lenient = overlap > 0.3 of both spans, strict = > 0.8 (score-quotes.mjs, imported from the shared folder). ' +
        'Columns without "Strict" are lenient. directMixedF1 matches direct and mixed quotes as one class ' +
        "(gold and predictions of either type); directF1/mixedF1/indirect* are the scorer's per-type figures.",
    );
    notes.push(
      `Speed: UTF-8 MB of article text per second on one core, median of the timed rounds; 1x = the ${inputs.length} ` +
        `dev articles (${mb1.toFixed(2)} MB), 10x = each article repeated 10 times (${mb10.toFixed(2)} MB). ` +
        'Each tool first runs 5 untimed passes over the 1x input (JIT warm-up). ' +
        'mbPerCpuSecond* divide by the median process CPU time (user + system) of separate timed passes, ' +
        'which a busy machine does not inflate as it does wall time.',
    );
    notes.push(
      'Dev set: 40 hand-annotated articles (517 quotes); it was used for development, so these are not held-out figures.',
    );
    return {
      suite: 'quotes',
      description: `Quote extraction and speaker attribution on shared/bench/quotes/dev.json (${gold.articles.length} articles), scored by score-quotes.mjs.`,
      columns: [
        'f1',
        'precision',
        'recall',
        'f1Strict',
        'directMixedF1',
        'directMixedF1Strict',
        'directF1',
        'mixedF1',
        'indirectPrecision',
        'indirectRecall',
        'indirectF1',
        'indirectF1Strict',
        'speakerAccuracy',
        'speakerAccuracyStrict',
        'tripleF1',
        'mbPerSecond',
        'mbPerSecond10x',
        'mbPerCpuSecond',
        'mbPerCpuSecond10x',
        'errors',
      ],
      rows,
      notes,
    };
  },
};
