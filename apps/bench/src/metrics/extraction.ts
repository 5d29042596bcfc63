/**
 * The article-extraction metric of the shared benchmark, reimplemented (it must agree with
 * `shared/bench/score-extraction.mjs` to 3 decimals; a test checks it when the corpus is there):
 *
 * - tokens: maximal runs of Unicode letters, numbers and `_`;
 * - shingles: overlapping 4-token windows compared as multisets (1-3 tokens give one shorter shingle);
 * - per page tp/fp/fn normalised by their sum, so every page weighs the same;
 * - precision = mean of per-page precision over pages whose prediction has a shingle; recall likewise
 *   over pages whose truth has one; F1 = harmonic mean of the two means; accuracy = share of pages
 *   whose token sequence equals the truth's;
 * - `±` = standard deviation over seeded bootstrap resamples of the pages (mulberry32, seed 1, 1000).
 */

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
  exact: 0 | 1;
  predTokens: number;
}

/** The figures of one tool on a corpus. */
export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  precisionStd: number;
  recallStd: number;
  f1Std: number;
  accuracyStd: number;
  /** Pages whose prediction has no token. */
  empty: number;
  pages: number;
  /** Per-page F1, for finding where a tool fails. */
  perPageF1: Record<string, number | null>;
}

function tokenize(text: string): string[] {
  return text ? (text.match(WORD) ?? []) : [];
}

function shingles(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function comparePage(truth: string, pred: string): PageCounts {
  const tTok = tokenize(truth);
  const pTok = tokenize(pred);
  const tSh = shingles(tTok);
  const pSh = shingles(pTok);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, ct] of tSh) {
    const cp = pSh.get(k) ?? 0;
    tp += Math.min(ct, cp);
    if (ct > cp) fn += ct - cp;
  }
  for (const [k, cp] of pSh) {
    const ct = tSh.get(k) ?? 0;
    if (cp > ct) fp += cp - ct;
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const exact = tTok.length === pTok.length && tTok.every((t, i) => t === pTok[i]) ? 1 : 0;
  return { tp, fp, fn, exact, predTokens: pTok.length };
}

const pagePrecision = (p: PageCounts) => (p.fp === 0 && p.fn === 0 ? 1 : p.tp / (p.tp + p.fp));
const pageRecall = (p: PageCounts) => (p.fp === 0 && p.fn === 0 ? 1 : p.tp / (p.tp + p.fn));

function aggregate(pages: PageCounts[], idx: ArrayLike<number>) {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let aSum = 0;
  for (let j = 0; j < idx.length; j++) {
    const pg = pages[idx[j] as number] as PageCounts;
    if (pg.tp + pg.fp > 0) {
      pSum += pagePrecision(pg);
      pN++;
    }
    if (pg.tp + pg.fn > 0) {
      rSum += pageRecall(pg);
      rN++;
    }
    aSum += pg.exact;
  }
  const precision = pN ? pSum / pN : Number.NaN;
  const recall = rN ? rSum / rN : Number.NaN;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: idx.length ? aSum / idx.length : Number.NaN };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleStd(values: number[]): number {
  const v = values.filter(Number.isFinite);
  if (v.length < 2) return 0;
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  return Math.sqrt(v.reduce((s, x) => s + (x - mean) ** 2, 0) / (v.length - 1));
}

/**
 * Scores predicted article texts against the truth, page id by page id (a missing prediction
 * counts as empty).
 *
 * @example
 * scoreExtraction({ a: 'one two three four five' }, { a: 'one two three four' }).f1 // 0.8
 */
export function scoreExtraction(
  truth: Record<string, string>,
  pred: Record<string, string | null | undefined>,
  { bootstrap = 1000, seed = 1 }: { bootstrap?: number; seed?: number } = {},
): ExtractionScore {
  const ids = Object.keys(truth);
  const pages = ids.map((id) => comparePage(truth[id] ?? '', pred[id] ?? ''));
  const point = aggregate(
    pages,
    ids.map((_, i) => i),
  );
  const boot = { precision: [] as number[], recall: [] as number[], f1: [] as number[], accuracy: [] as number[] };
  const rnd = mulberry32(seed);
  const idx = new Array<number>(ids.length);
  for (let b = 0; b < bootstrap; b++) {
    for (let j = 0; j < ids.length; j++) idx[j] = Math.floor(rnd() * ids.length);
    const m = aggregate(pages, idx);
    boot.precision.push(m.precision);
    boot.recall.push(m.recall);
    boot.f1.push(m.f1);
    boot.accuracy.push(m.accuracy);
  }
  const perPageF1: Record<string, number | null> = {};
  ids.forEach((id, i) => {
    const pg = pages[i] as PageCounts;
    const p = pg.tp + pg.fp > 0 ? pagePrecision(pg) : null;
    const r = pg.tp + pg.fn > 0 ? pageRecall(pg) : null;
    perPageF1[id] =
      p !== null && r !== null ? (p + r > 0 ? (2 * p * r) / (p + r) : 0) : p === null && r === null ? null : 0;
  });
  return {
    ...point,
    precisionStd: sampleStd(boot.precision),
    recallStd: sampleStd(boot.recall),
    f1Std: sampleStd(boot.f1),
    accuracyStd: sampleStd(boot.accuracy),
    empty: pages.filter((p) => p.predTokens === 0).length,
    pages: ids.length,
    perPageF1,
  };
}
