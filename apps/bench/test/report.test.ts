import { expect, test } from 'vitest';
import { formatFigure, formatTable } from '../src/report';

test.each([
  { key: 'f1', value: 0.94712, out: '0.947' },
  { key: 'recall', value: 1, out: '1.000' },
  { key: 'pagesPerSecond', value: 40.12, out: '40.1' },
  { key: 'pagesPerSecond', value: 412.6, out: '413' },
  { key: 'empty', value: 12, out: '12' },
  { key: 'f1', value: null, out: '–' },
])('formatFigure($key, $value) = $out', ({ key, value, out }) => {
  expect(formatFigure(key, value)).toBe(out);
});

test('formatTable prints a Markdown table in column order', () => {
  const table = formatTable({
    suite: 's',
    description: 'd',
    columns: ['f1', 'pagesPerSecond'],
    rows: [{ name: 'a', version: 'a 1.0', metrics: { f1: 0.5, pagesPerSecond: 10 } }],
    notes: [],
  });
  expect(table.split('\n')).toEqual([
    '| tool | f1 | pagesPerSecond | version |',
    '| --- | --- | --- | --- |',
    '| a | 0.500 | 10 | a 1.0 |',
  ]);
});
