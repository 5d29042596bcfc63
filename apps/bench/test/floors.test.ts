import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pressroomExtract } from '../src/adapters/pressroom-extraction';
import { loadExtractionCorpus } from '../src/corpus';
import { scoreExtraction } from '../src/metrics/extraction';
import { locateSharedBench } from '../src/shared-data';
import { accuracy, loadCases, predictPressroom } from '../src/suites/currency';

interface Floors {
  extraction: Record<'balanced' | 'precision' | 'recall', Partial<Record<'f1' | 'precision' | 'recall', number>>>;
  currency: { english: number; otherLanguages: number };
}

const floors = JSON.parse(readFileSync(join(__dirname, '..', 'floors.json'), 'utf8')) as Floors;
const shared = locateSharedBench();
/** Figures are compared at the 3 decimals they are pinned at. */
const at3 = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;

if (!shared.dir) {
  test.skip(`accuracy floors: ${shared.message.split('\n')[0]}`, () => {});
}

describe.runIf(shared.dir)('accuracy floors (floors.json) on the shared corpora', () => {
  const benchDir = shared.dir as string;

  describe('article extraction', () => {
    const pages = loadExtractionCorpus(benchDir);
    const truth = Object.fromEntries(pages.map((p) => [p.id, p.truth]));
    test.each(Object.entries(floors.extraction))('%s mode', (favor, pinned) => {
      const pred = Object.fromEntries(
        pages.map((p) => [p.id, pressroomExtract(p.html, p.url, favor as 'balanced' | 'precision' | 'recall')]),
      );
      const score = scoreExtraction(truth, pred, { bootstrap: 0 });
      for (const [metric, floor] of Object.entries(pinned)) {
        expect(at3(score[metric as 'f1']), `${favor} ${metric}`).toBeGreaterThanOrEqual(floor as number);
      }
    });
  });

  test('money', () => {
    const cases = loadCases(benchDir);
    const english = accuracy(
      cases.filter((c) => c.language === 'English'),
      predictPressroom,
    );
    const others = accuracy(
      cases.filter((c) => c.language !== 'English'),
      predictPressroom,
    );
    expect(at3(english ?? 0), 'English').toBeGreaterThanOrEqual(floors.currency.english);
    expect(at3(others ?? 0), 'other languages').toBeGreaterThanOrEqual(floors.currency.otherLanguages);
  });
});
