import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findBylines, parseByline } from '@pressroom/byline';
import { load } from 'cheerio/slim';
import { loadExtractionCorpus, type Page } from '../corpus';
import { measure } from '../measure';
import {
  articleExtractor,
  type Peer,
  type PeerOutput,
  postlightParser,
  readabilityLinkedom,
  versionOf,
} from '../peers';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

/** The gold and prediction shapes of `shared/bench/score-bylines.mjs`, whose own `score` is used. */
interface GoldItem {
  key: string;
  authors: string[];
  organizations: string[];
  uncertain: boolean;
  distractors: string[];
}
interface Gold {
  kind: 'pages' | 'strings';
  items: GoldItem[];
}
interface Prediction {
  authors: string[];
  organizations?: string[];
}
interface ScoreResult {
  items: number;
  skippedUncertain: number;
  micro: { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };
  exactSetAccuracy: number;
  noAuthors: { items: number; accuracy: number; falsePositiveItems: number };
  distractors?: { hits: number; itemsWithHits: number };
  organizationsMicro?: { f1: number };
}
interface Scorer {
  score(gold: Gold, pred: Map<string, Prediction>, opts?: { includeUncertain?: boolean }): ScoreResult;
}

interface PagesGoldFile {
  pages: { id: string; authors?: string[]; organizations?: string[]; uncertain?: boolean; distractors?: string[] }[];
}
interface StringsGoldEntry {
  input: string;
  authors?: string[];
  organizations?: string[];
  uncertain?: boolean;
}

/** Reads the gold files into the scorer's shape (as its own `loadGold` does). */
function loadGold(benchDir: string): { pages: Gold; strings: Gold } {
  const dir = join(benchDir, 'bylines');
  const pages = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as PagesGoldFile;
  const strings = JSON.parse(readFileSync(join(dir, 'strings.json'), 'utf8')) as StringsGoldEntry[];
  return {
    pages: {
      kind: 'pages',
      items: pages.pages.map((p) => ({
        key: p.id,
        authors: p.authors ?? [],
        organizations: p.organizations ?? [],
        uncertain: !!p.uncertain,
        distractors: p.distractors ?? [],
      })),
    },
    strings: {
      kind: 'strings',
      items: strings.map((s) => ({
        key: s.input,
        authors: s.authors ?? [],
        organizations: s.organizations ?? [],
        uncertain: !!s.uncertain,
        distractors: [],
      })),
    },
  };
}

const COLUMNS = [
  'f1',
  'precision',
  'recall',
  'exactSetAccuracy',
  'noAuthorAccuracy',
  'distractorHits',
  'organizationsF1',
  'itemsPerSecond',
  'msPerItem',
];

function metricsOf(s: ScoreResult, seconds: number | null, count: number): Row['metrics'] {
  return {
    f1: s.micro.f1,
    precision: s.micro.precision,
    recall: s.micro.recall,
    exactSetAccuracy: s.exactSetAccuracy,
    noAuthorAccuracy: s.noAuthors.accuracy,
    distractorHits: s.distractors ? s.distractors.hits : null,
    organizationsF1: s.organizationsMicro ? s.organizationsMicro.f1 : null,
    itemsPerSecond: seconds ? count / seconds : null,
    msPerItem: seconds ? (1000 * seconds) / count : null,
  };
}

/** A peer's author field exactly as users get it: one name per non-empty string, nothing cleaned. */
function asGiven(byline: string | null | undefined): string[] {
  return typeof byline === 'string' && byline.trim() ? [byline] : [];
}

function toMap(pages: Page[], authorsOf: (i: number) => Prediction): Map<string, Prediction> {
  return new Map(pages.map((p, i) => [p.id, authorsOf(i)]));
}

export const bylines: Suite = {
  name: 'bylines',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const scorer = (await import(pathToFileURL(join(ctx.benchDir, 'score-bylines.mjs')).href)) as Scorer;
    const gold = loadGold(ctx.benchDir);
    const pages = loadExtractionCorpus(ctx.benchDir);
    const version = `@pressroom/byline ${versionOf('@pressroom/byline')} + cheerio ${versionOf('cheerio')}`;
    const rows: Row[] = [];
    const notes: string[] = [];

    // @pressroom/byline on the pages: timed with parsing (HTML string in), and beyond parsing.
    ctx.log(`bylines: @pressroom/byline findBylines (${ctx.rounds} timed rounds after a warm-up)`);
    const ours = await measure(pages, (p) => findBylines(p.html, { url: p.url }), ctx.rounds);
    const parsed = pages.map((p) => load(p.html, { xml: false }));
    const indexed = pages.map((p, i) => ({ page: p, $: parsed[i] as ReturnType<typeof load> }));
    const beyond = await measure(indexed, (x) => findBylines(x.$, { url: x.page.url }), ctx.rounds);
    const ourPred = toMap(pages, (i) => {
      const b = ours.results[i];
      return { authors: b ? b.authors.map((a) => a.name) : [], organizations: b ? b.organizations : [] };
    });
    const ourScore = scorer.score(gold.pages, ourPred);
    rows.push({
      name: '@pressroom/byline findBylines',
      version,
      metrics: metricsOf(ourScore, ours.timing.medianSeconds, pages.length),
    });
    const perPage = (seconds: number) => ((1000 * seconds) / pages.length).toFixed(3);
    notes.push(
      `@pressroom/byline findBylines beyond parsing (CheerioAPI passed in): ${perPage(beyond.timing.medianSeconds)} ms/page median round, ${perPage(Math.min(...beyond.timing.rounds))} ms/page best round; with cheerio parsing: ${perPage(ours.timing.medianSeconds)} ms/page median, ${perPage(Math.min(...ours.timing.rounds))} best.`,
    );

    // The peers' author fields, as given, and the same strings through parseByline.
    const peerList: { peer: Peer; field: string }[] = [
      { peer: readabilityLinkedom, field: 'byline' },
      { peer: articleExtractor, field: 'author' },
      { peer: postlightParser, field: 'author' },
    ];
    for (const { peer, field } of peerList) {
      ctx.log(`bylines: ${peer.name} (${ctx.rounds} timed rounds after a warm-up)`);
      const run = await measure(pages, (p) => peer.extract(p.html, p.url), ctx.rounds);
      const out = (i: number) => run.results[i] as PeerOutput | undefined;
      const raw = scorer.score(
        gold.pages,
        toMap(pages, (i) => ({ authors: asGiven(out(i)?.byline) })),
      );
      rows.push({
        name: `${peer.name} \`${field}\``,
        version: peer.version,
        metrics: metricsOf(raw, run.timing.medianSeconds, pages.length),
      });
      const cleaned = scorer.score(
        gold.pages,
        toMap(pages, (i) => {
          const b = out(i)?.byline;
          const parsedByline = typeof b === 'string' ? parseByline(b) : null;
          return {
            authors: parsedByline ? parsedByline.authors.map((a) => a.name) : [],
            organizations: parsedByline ? parsedByline.organizations : [],
          };
        }),
      );
      rows.push({
        name: `${peer.name} \`${field}\` + parseByline`,
        version: `${peer.version} + @pressroom/byline ${versionOf('@pressroom/byline')}`,
        metrics: metricsOf(cleaned, null, pages.length),
      });
    }

    // parseByline alone on the 436 strings.
    ctx.log(`bylines: @pressroom/byline parseByline on strings.json`);
    const inputs = gold.strings.items.map((item) => item.key);
    const strings = await measure(inputs, (s) => parseByline(s), ctx.rounds);
    const stringPred = new Map(
      inputs.map((s, i) => {
        const b = strings.results[i];
        return [s, { authors: b ? b.authors.map((a) => a.name) : [], organizations: b ? b.organizations : [] }];
      }),
    );
    const stringScore = scorer.score(gold.strings, stringPred);
    notes.push(
      `parseByline: ${((1e6 * strings.timing.medianSeconds) / inputs.length).toFixed(1)} µs per string (median round).`,
    );
    rows.push({
      name: '@pressroom/byline parseByline (strings.json)',
      version,
      metrics: metricsOf(stringScore, strings.timing.medianSeconds, inputs.length),
    });

    notes.push(
      `pages.json: ${ourScore.items} pages scored (${ourScore.skippedUncertain} marked uncertain skipped, as score-bylines.mjs does by default); ${ourScore.noAuthors.items} of them name no author. strings.json: ${stringScore.items} strings (${stringScore.skippedUncertain} uncertain skipped); its row is parseByline alone, one string at a time.`,
    );
    notes.push(
      'Figures come from score-bylines.mjs itself (its exported `score`): micro P/R/F1 over names, exact-set accuracy, no-author accuracy, distractor hits; organizationsF1 is secondary.',
    );
    notes.push(
      "Peer rows take the peer's author field as users get it (one name, nothing cleaned); the `+ parseByline` rows pass the same string through parseByline. Peer speed is their whole extraction, not a byline step.",
    );
    return {
      suite: 'bylines',
      description: `Authors of ${pages.length} real news pages (shared/bench/bylines/pages.json, hand-checked) and the parse of ${inputs.length} byline strings (strings.json), scored by shared/bench/score-bylines.mjs.`,
      columns: COLUMNS,
      rows,
      notes,
    };
  },
};
