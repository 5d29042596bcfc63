import type { SuiteResult } from './types';

const PERCENT_LIKE = new Set(['f1', 'precision', 'recall', 'accuracy']);

/** Formats one figure for the table: accuracy figures to 3 decimals, speeds and sizes to 1. */
export function formatFigure(key: string, value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (PERCENT_LIKE.has(key) || /(^|[A-Z_])(f1|precision|recall|accuracy)/i.test(key)) return value.toFixed(3);
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** A suite's result as a Markdown table (what `pnpm bench` prints and READMEs quote). */
export function formatTable(result: SuiteResult): string {
  const header = ['tool', ...result.columns, 'version'];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of result.rows) {
    const cells = [row.name, ...result.columns.map((c) => formatFigure(c, row.metrics[c])), row.version];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The whole printed report of a suite: title, description, table and notes. */
export function formatReport(result: SuiteResult): string {
  const notes = result.notes.map((n) => `- ${n}`).join('\n');
  return `## ${result.suite}\n\n${result.description}\n\n${formatTable(result)}\n${notes ? `\n${notes}\n` : ''}`;
}
