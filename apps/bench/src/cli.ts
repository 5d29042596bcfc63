import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport } from './report';
import { locateSharedBench } from './shared-data';
import { suites } from './suites/index';

const USAGE = `usage: pnpm bench [suite ...] [--rounds N] [--quick] [--no-write]

Races the Pressroom packages against the peers on the shared corpora, in one process, and prints
one table per suite. Results go to apps/bench/results/<suite>.json (committed), so a change can be
compared with the last run.

suites: ${suites.map((s) => s.name).join(', ')} (default: all)
  --rounds N   timed rounds after the warm-up; the median is reported (default 3)
  --quick      one timed round
  --no-write   print only; do not update results/*.json
env: PRESSROOM_SHARED_BENCH=/path/to/shared/bench (default: ../shared/bench beside the repository)`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string' },
      quick: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const unknown = positionals.filter((p) => !suites.some((s) => s.name === p));
  if (unknown.length > 0) {
    console.error(`unknown suite: ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const { dir, message } = locateSharedBench();
  if (!dir) {
    console.error(message);
    return 3;
  }
  const rounds = values.quick ? 1 : Number(values.rounds ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error(`--rounds takes a whole number >= 1, got ${values.rounds}`);
    return 2;
  }
  const chosen = positionals.length ? suites.filter((s) => positionals.includes(s.name)) : suites;
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
  const machine = {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
  };
  console.log(`# Pressroom bench — ${new Date().toISOString()} — node ${machine.node}, ${machine.cores} cores\n`);
  for (const suite of chosen) {
    const result = await suite.run({
      benchDir: dir,
      rounds,
      quick: values.quick ?? false,
      log: (m) => console.error(`  … ${m}`),
    });
    console.log(formatReport(result));
    if (!values['no-write']) {
      mkdirSync(resultsDir, { recursive: true });
      const file = join(resultsDir, `${suite.name}.json`);
      writeFileSync(
        file,
        `${JSON.stringify({ date: new Date().toISOString(), machine, rounds, ...result }, null, 2)}\n`,
      );
      console.log(`(written to apps/bench/results/${suite.name}.json)\n`);
    }
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
