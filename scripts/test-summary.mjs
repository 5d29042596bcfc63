#!/usr/bin/env node
// Adds up the vitest JSON reports of every workspace package (written to
// <pkg>/test-results/vitest.json by vitest.shared.ts) and prints one closing line
// "tests: N passed, N failed" (", N skipped" when any were). Exits non-zero when a report is
// missing a package that has tests, when any test failed, or when no test ran at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
for (const group of ['packages', 'apps']) {
  const groupDir = join(root, group);
  if (!existsSync(groupDir)) continue;
  for (const name of readdirSync(groupDir)) {
    const report = join(groupDir, name, 'test-results', 'vitest.json');
    if (!existsSync(report)) continue;
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const skip = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += skip;
    rows.push(
      `  ${group}/${name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skip ? `, ${skip} skipped` : ''}`,
    );
  }
}
console.log(rows.join('\n'));
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exitCode = 1;
