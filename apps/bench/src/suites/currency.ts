/**
 * Currency suite: @pressroom/currency beside Microsoft Recognizers-Text (its currency model) on
 * the 1,187 cases of `currency/recognizers-currency.json` (13 languages), plus throughput.
 *
 * Scoring (one figure per case, a case is right or wrong):
 * - Every expected mention that has a value must be matched by a reported mention that overlaps
 *   its span (`end` is inclusive in the corpus), has the same value (relative error < 1e-6, both
 *   sides in major units: sub-units such as "Cent", "Pence", "Satoshi" are converted with their
 *   ratio, 1/100 or 1e-8) and an acceptable currency.
 * - Acceptable currency: the expected `isoCurrency` when it is given; when it is null the spec
 *   names only a unit, so null or that unit's usual ISO code(s) are accepted (Dollar -> USD,
 *   Pound -> GBP, Krone -> SEK/NOK/DKK, Finnish markka -> FIM, ...; see UNIT_CODES).
 * - Expected mentions without a value (a bare "dollar") are not amounts: they are not required,
 *   and a reported mention over them is not counted against the tool.
 * - Any other reported mention (overlapping no expected span) makes the case wrong: the cases
 *   that expect nothing ("ALL 5 of us") test precision.
 * - Ranges reported by @pressroom/currency match when either end equals the expected value.
 * Recognizers-Text runs with its own culture for the languages its JavaScript port supports
 * (en, zh, es, pt, fr, ja); for the others its figures are left empty (null), not guessed.
 * Throughput, in MB of UTF-8 text (10^6 bytes) per second of CPU time (user + system,
 * `process.cpuUsage`: the same as wall-clock on an idle core, still meaningful on a shared one),
 * median of the timed rounds:
 * - mb_s_1x: every case input, one call each (sentence-sized texts, the way both tools are used);
 * - mb_s_10x: every case input repeated ten times (ten times longer texts, one call each): a
 *   tool that is linear in its input keeps its 1x figure, a super-linear one drops;
 * - mb_s_doc: all inputs joined and repeated ten times into one 1.4 MB document, one call.
 *   Recognizers-Text is not timed on it: at its 10x rate, growing with length, it would take
 *   far longer than a bench run. Its 1x and 10x figures are taken on every sixth case (198
 *   inputs), one round each, to keep the run to minutes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findMoney } from '@pressroom/currency';
import type { Row, Suite, SuiteContext, SuiteResult } from '../types';

const require = createRequire(import.meta.url);

export interface CurrencyCase {
  input: string;
  expected: {
    text: string;
    value: string | null;
    unit: string;
    isoCurrency: string | null;
    start: number | null;
    end: number | null;
  }[];
  language: string;
  source: string;
}

/** A mention as both tools are scored: exclusive end, major-unit value, ISO code or null. */
export interface Predicted {
  start: number;
  end: number;
  value: number | { min: number; max: number } | null;
  currency: string | null;
}

const LANG_TAG: Record<string, string> = {
  English: 'en',
  French: 'fr',
  German: 'de',
  Spanish: 'es',
  Portuguese: 'pt',
  Italian: 'it',
  Dutch: 'nl',
  Swedish: 'sv',
  Chinese: 'zh',
  Japanese: 'ja',
  Korean: 'ko',
  Hindi: 'hi',
  Turkish: 'tr',
};

/** Recognizers-Text cultures of its JavaScript port (others fall back to English there). */
const RT_CULTURE: Record<string, string> = {
  English: 'en-us',
  French: 'fr-fr',
  Spanish: 'es-es',
  Portuguese: 'pt-br',
  Chinese: 'zh-cn',
  Japanese: 'ja-jp',
};

/** Sub-units of the spec and their ratio to the major unit. */
const SUBUNIT_RATIO: Record<string, number> = {
  cent: 0.01,
  centavo: 0.01,
  centimes: 0.01,
  centime: 0.01,
  pence: 0.01,
  penny: 0.01,
  penique: 0.01,
  pêni: 0.01,
  penni: 0.01,
  øre: 0.01,
  sen: 0.01,
  pesewa: 0.01,
  satoshi: 1e-8,
  kwartje: 0.25,
  dubbeltje: 0.1,
  stuiver: 0.05,
  tientje: 10,
  centesimi: 0.01,
};

/** Where the spec gives a unit but no ISO code: the codes a fair reader may give besides null. */
const UNIT_CODES: [RegExp, string[]][] = [
  [/swiss|suisse|suizo|suíço/, ['CHF']],
  [/canad/, ['CAD']],
  [/austral/, ['AUD']],
  [/hong kong/, ['HKD']],
  [/zéland|zeland/, ['NZD']],
  [/united states|états-unis|estadounidense|estadunidense/, ['USD']],
  [/british/, ['GBP']],
  [/markka|mark finland|marco finland/, ['FIM']],
  [/guilder|florin|florín|florim/, ['NLG']],
  [/peseta/, ['ESP']],
  [/riel/, ['KHR']],
  [/bitcoin|satoshi/, ['BTC', 'XBT']],
  [/yen/, ['JPY']],
  [/yuan/, ['CNY']],
  [/indian|indienne/, ['INR']],
  [/rupee|roupie/, ['INR', 'PKR', 'LKR', 'NPR']],
  [/^(dollar|dólar)$/, ['USD']],
  [/^(pound|libra|livre)$/, ['GBP']],
  [/^euro$/, ['EUR']],
  [/^(franc|franco)$/, ['CHF', 'FRF']],
  [/^krone$/, ['SEK', 'NOK', 'DKK']],
  [/^cent$/, ['USD', 'EUR']],
  [/^centavo$/, ['USD', 'EUR', 'MXN', 'BRL', 'ARS', 'COP', 'PHP']],
  [/^centimes?$/, ['EUR', 'CHF', 'FRF']],
  [/^(pence|penique)$/, ['GBP']],
  [/^(penny|pêni)$/, ['GBP', 'USD']],
  [/^penni$/, ['FIM']],
  [/^øre$/, ['SEK', 'NOK', 'DKK']],
  [/^sen$/, ['JPY', 'MYR', 'IDR']],
  [/^pesewa$/, ['GHS']],
  [/^(kwartje|dubbeltje|stuiver|tientje)$/, ['NLG', 'EUR']],
];

/** Reads a spec value: "4,25" and "125000,5" use a decimal comma. */
export function specNumber(v: string): number {
  return Number(v.includes(',') && !v.includes('.') ? v.replace(',', '.') : v);
}

function unitRatio(unit: string | undefined): number {
  return unit ? (SUBUNIT_RATIO[unit.toLowerCase()] ?? 1) : 1;
}

function acceptable(exp: CurrencyCase['expected'][number], got: string | null): boolean {
  if (exp.isoCurrency) return got === exp.isoCurrency || (exp.isoCurrency === 'BTC' && got === 'XBT');
  if (got === null) return true;
  const unit = exp.unit.toLowerCase();
  for (const [re, codes] of UNIT_CODES) if (re.test(unit)) return codes.includes(got);
  return false;
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}

/**
 * The expected span, exclusive end. A few spec entries have no offsets (Dutch, Swedish) or
 * offsets that do not slice back to their text (Korean): the text is then looked up in the
 * input, and when it cannot be found the mention is matched by value and currency alone.
 */
export function expectedSpan(c: CurrencyCase, i: number): { s: number; e: number } | null {
  const exp = c.expected[i]!;
  const want = exp.text.toLowerCase();
  if (exp.start !== null && exp.end !== null && c.input.slice(exp.start, exp.end + 1).toLowerCase() === want) {
    return { s: exp.start, e: exp.end + 1 };
  }
  const at = c.input.toLowerCase().indexOf(want.trim());
  return at >= 0 ? { s: at, e: at + want.trim().length } : null;
}

/** Is this case right? See the scoring notes at the top of the module. */
export function scoreCase(c: CurrencyCase, predicted: readonly Predicted[]): boolean {
  const spans = c.expected.map((_, i) => expectedSpan(c, i));
  if (spans.some((s) => s === null)) spans.push({ s: 0, e: c.input.length });
  for (const [i, exp] of c.expected.entries()) {
    if (exp.value === null) continue;
    const want = specNumber(exp.value) * unitRatio(exp.unit);
    const span = spans[i] ?? { s: 0, e: c.input.length };
    const ok = predicted.some((p) => {
      if (p.end <= span.s || p.start >= span.e || p.value === null) return false;
      const v = p.value;
      const same = typeof v === 'number' ? close(v, want) : close(v.min, want) || close(v.max, want);
      return same && acceptable(exp, p.currency);
    });
    if (!ok) return false;
  }
  for (const p of predicted) {
    if (p.value === null) continue;
    if (!spans.some((s) => s !== null && p.start < s.e && p.end > s.s)) return false;
  }
  return true;
}

/** @pressroom/currency's mentions for one case. */
export function predictPressroom(c: CurrencyCase): Predicted[] {
  return findMoney(c.input, { language: LANG_TAG[c.language] ?? 'en' }).map((m) => ({
    start: m.start,
    end: m.end,
    value: m.value,
    currency: m.currency,
  }));
}

interface RtResult {
  start: number;
  end: number;
  resolution?: { value?: string | null; unit?: string; isoCurrency?: string };
}

type RecognizeCurrency = (text: string, culture: string) => RtResult[];

function loadRecognizers(): { recognize: RecognizeCurrency; version: string } | null {
  try {
    const mod = require('@microsoft/recognizers-text-number-with-unit') as { recognizeCurrency: RecognizeCurrency };
    const pkg = require('@microsoft/recognizers-text-number-with-unit/package.json') as { version: string };
    return { recognize: mod.recognizeCurrency, version: pkg.version };
  } catch {
    return null;
  }
}

/** Recognizers-Text's mentions for one case, in the same shape (sub-units converted to major units). */
export function predictRecognizers(recognize: RecognizeCurrency, c: CurrencyCase): Predicted[] | null {
  const culture = RT_CULTURE[c.language];
  if (!culture) return null;
  return recognize(c.input, culture).map((r) => {
    const raw = r.resolution?.value;
    const value =
      raw === undefined || raw === null || raw === '' ? null : specNumber(String(raw)) * unitRatio(r.resolution?.unit);
    return {
      start: r.start,
      end: r.end + 1,
      value: Number.isFinite(value) ? value : null,
      currency: r.resolution?.isoCurrency || null,
    };
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** CPU milliseconds (user + system) of one call: equal to wall-clock on an idle core, robust on a shared one. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * MB of UTF-8 text per CPU second over `inputs` (one call each): median of `rounds` after a
 * warm-up, or the warm-up alone when it took over `budgetMs`.
 */
function throughput(
  fn: (text: string) => unknown,
  inputs: readonly string[],
  rounds: number,
  budgetMs: number,
): number {
  const bytes = inputs.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const all = () => {
    for (const t of inputs) fn(t);
  };
  const probe = cpuMs(all);
  if (probe > budgetMs) return bytes / 1e6 / (probe / 1000);
  // short sets are repeated so that a timed round lasts about a second: background JIT and GC
  // threads then weigh little in the process's CPU time
  const reps = Math.max(1, Math.ceil(1000 / Math.max(probe, 1)));
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    times.push(
      cpuMs(() => {
        for (let k = 0; k < reps; k++) all();
      }) / reps,
    );
  }
  return bytes / 1e6 / (median(times) / 1000);
}

/** Share of the cases `predict` gets right (value and currency of every mention, nothing extra); cases it skips (`null`) do not count. */
export function accuracy(
  cases: readonly CurrencyCase[],
  predict: (c: CurrencyCase) => Predicted[] | null,
): number | null {
  let right = 0;
  let n = 0;
  for (const c of cases) {
    const p = predict(c);
    if (p === null) continue;
    n += 1;
    if (scoreCase(c, p)) right += 1;
  }
  return n === 0 ? null : right / n;
}

export const LANGUAGES = Object.keys(LANG_TAG);

export function loadCases(benchDir: string): CurrencyCase[] {
  return JSON.parse(readFileSync(join(benchDir, 'currency', 'recognizers-currency.json'), 'utf8')) as CurrencyCase[];
}

export const currencySuite: Suite = {
  name: 'currency',
  async run(ctx: SuiteContext): Promise<SuiteResult> {
    const cases = loadCases(ctx.benchDir);
    const english = cases.filter((c) => c.language === 'English');
    const others = cases.filter((c) => c.language !== 'English');
    const rtSupported = others.filter((c) => RT_CULTURE[c.language]);
    const rt = loadRecognizers();
    const inputs1 = cases.map((c) => c.input);
    const inputs10 = inputs1.map((t) => Array.from({ length: 10 }, () => t).join(' '));
    const doc = Array.from({ length: 10 }, () => inputs1.join('\n\n')).join('\n\n');
    const rounds = ctx.quick ? 1 : ctx.rounds;
    const columns = [
      'accuracy_en',
      'accuracy_other',
      'accuracy_other_rt_langs',
      ...LANGUAGES.filter((l) => l !== 'English').map((l) => `accuracy_${LANG_TAG[l]}`),
      'mb_s_1x',
      'mb_s_10x',
      'mb_s_doc',
    ];
    const perLanguage = (predict: (c: CurrencyCase) => Predicted[] | null, m: Record<string, number | null>) => {
      for (const l of LANGUAGES) {
        m[`accuracy_${LANG_TAG[l]}`] = accuracy(
          cases.filter((c) => c.language === l),
          predict,
        );
      }
    };

    const ours = (c: CurrencyCase) => predictPressroom(c);
    const oursMetrics: Record<string, number | null> = {
      accuracy_en: accuracy(english, ours),
      accuracy_other: accuracy(others, ours),
      accuracy_other_rt_langs: accuracy(rtSupported, ours),
    };
    perLanguage(ours, oursMetrics);
    ctx.log('currency: timing @pressroom/currency');
    oursMetrics.mb_s_1x = throughput((t) => findMoney(t), inputs1, rounds, 60_000);
    oursMetrics.mb_s_10x = throughput((t) => findMoney(t), inputs10, rounds, 60_000);
    oursMetrics.mb_s_doc = throughput((t) => findMoney(t), [doc], rounds, 60_000);
    const rows: Row[] = [{ name: '@pressroom/currency', version: 'workspace', metrics: oursMetrics }];
    const bytes1 = inputs1.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const notes: string[] = [
      `${cases.length} cases: ${english.length} English, ${others.length} in 12 other languages; Recognizers-Text's JS port supports ${[...new Set(rtSupported.map((c) => c.language))].join(', ')} of them (accuracy_other_rt_langs compares both tools on those ${rtSupported.length} cases).`,
      `Throughput: ${(bytes1 / 1e6).toFixed(3)} MB in ${inputs1.length} calls (1x), the same inputs ten times longer (10x), one ${(Buffer.byteLength(doc) / 1e6).toFixed(2)} MB document (doc); no options for @pressroom/currency, en-us for Recognizers-Text; MB per CPU second.`,
    ];
    if (rt) {
      const theirs = (c: CurrencyCase) => predictRecognizers(rt.recognize, c);
      const m: Record<string, number | null> = {
        accuracy_en: accuracy(english, theirs),
        accuracy_other: accuracy(rtSupported, theirs),
        accuracy_other_rt_langs: accuracy(rtSupported, theirs),
      };
      perLanguage(theirs, m);
      ctx.log('currency: timing Recognizers-Text (one round each: it is slow)');
      // a sixth of the cases (every sixth) keeps its 10x run to minutes; a rate needs no more
      const sample = (xs: string[]) => xs.filter((_, i) => i % 6 === 0);
      m.mb_s_1x = throughput((t) => rt.recognize(t, 'en-us'), sample(inputs1), 1, 1);
      m.mb_s_10x = throughput((t) => rt.recognize(t, 'en-us'), sample(inputs10), 1, 1);
      m.mb_s_doc = null;
      rows.push({
        name: 'Recognizers-Text (currency model)',
        version: `@microsoft/recognizers-text-number-with-unit ${rt.version}`,
        metrics: m,
      });
      notes.push(
        'Recognizers-Text accuracy_other is over the languages its JS port supports (fr, es, pt, zh, ja); empty cells are languages it does not support.',
      );
      const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? (a / b).toFixed(0) : '?');
      notes.push(
        `Recognizers-Text: ${((m.mb_s_1x ?? 0) * 1000).toFixed(1)} KB/s at 1x, ${((m.mb_s_10x ?? 0) * 1000).toFixed(1)} KB/s at 10x (the table rounds MB/s); pressroom / recognizers: ${ratio(oursMetrics.mb_s_1x, m.mb_s_1x)}x at 1x, ${ratio(oursMetrics.mb_s_10x, m.mb_s_10x)}x at 10x.`,
      );
    } else {
      notes.push('Recognizers-Text is not installed: its row is missing.');
    }
    return {
      suite: 'currency',
      description:
        'Money mentions (value and ISO code both right, every mention of a case, no extra mention) on the Recognizers-Text currency spec cases, and throughput.',
      columns,
      rows,
      notes,
    };
  },
};

/** Named like the other suites, for `src/suites/index.ts`. */
export const currency = currencySuite;

export default currencySuite;
