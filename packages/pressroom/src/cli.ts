// The `pressroom` command. Node-only; the library entry (src/index.ts) stays free of Node built-ins.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isPressroomError } from '@pressroom/core';
import { version } from '../package.json';
import { runBatch } from './cli/batch';
import { EXIT } from './cli/exit-codes';
import { parseFieldList } from './cli/fields';
import { BATCH_HELP, MAIN_HELP, PARSE_HELP } from './cli/help';
import { type OutputFormat, runParse } from './cli/parse';
import { parseShard } from './io/shard';
import { isQueueCommand, queueHelp, runQueueCommand } from './queue/commands';

class UsageError extends Error {}

/** An input could not be read, fetched or was refused: exit code 3. */
class InputFailure extends Error {}

function inputFailure(error: unknown): InputFailure {
  return new InputFailure(error instanceof Error ? error.message : String(error), { cause: error });
}

const FORMATS: OutputFormat[] = ['json', 'markdown', 'text'];

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number >= 1, got "${value}".`);
  return n;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

function parseCommandArgs(
  args: string[],
  options: OptionSpec,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function parseCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string', short: 'f' },
    fields: { type: 'string' },
    url: { type: 'string' },
    timeout: { type: 'string' },
    'max-bytes': { type: 'string' },
    'allow-private': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(PARSE_HELP);
    return EXIT.OK;
  }
  const input = positionals[0];
  if (positionals.length !== 1 || input === undefined) {
    throw new UsageError('parse takes one input: a file, an http(s) URL, or - for stdin.');
  }
  const format = (values.format ?? 'json') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes json, markdown or text, got "${values.format}".`);
  const url = values.url as string | undefined;
  if (url !== undefined && !URL.canParse(url)) throw new UsageError(`--url takes an absolute URL, got "${url}".`);
  const output = await runParse(
    {
      input,
      format,
      fields: parseFieldList(values.fields as string | undefined),
      url: url ?? null,
      timeoutMs: positiveInt('timeout', values.timeout as string | undefined, 15_000),
      maxBytes: positiveInt('max-bytes', values['max-bytes'] as string | undefined, 10_000_000),
      allowPrivate: Boolean(values['allow-private']),
      stdin: process.stdin,
    },
    inputFailure,
  );
  process.stdout.write(output);
  return EXIT.OK;
}

async function batchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', short: 'o' },
    workers: { type: 'string', short: 'w' },
    timeout: { type: 'string' },
    fields: { type: 'string' },
    resume: { type: 'boolean' },
    shard: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(BATCH_HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0)
    throw new UsageError('batch needs at least one input: files, directories, .jsonl or .warc(.gz).');
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('batch needs --out <file.jsonl> for the results.');
  let shard = null;
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard as string);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const { code, summary } = await runBatch({
    inputs: positionals,
    out,
    workers: positiveInt('workers', values.workers as string | undefined, availableParallelism()),
    resume: Boolean(values.resume),
    shard,
    timeoutMs: positiveInt('timeout', values.timeout as string | undefined, 10_000),
    fields: parseFieldList(values.fields as string | undefined),
    progress: Boolean(process.stderr.isTTY),
    stderr: process.stderr,
  }).catch((error: Error & { summary?: unknown }) => {
    if (error.summary) process.stderr.write(`${JSON.stringify(error.summary)}\n`);
    throw inputFailure(error);
  });
  if (process.stderr.isTTY) {
    const failed = summary.failed ? `, ${summary.failed} failed (see their "error" in ${out})` : '';
    process.stderr.write(
      `${summary.pages} pages in ${summary.seconds} s (${summary.pagesPerSecond} pages/s, ${summary.workers} workers)${failed}\n`,
    );
  } else process.stderr.write(`${JSON.stringify(summary)}\n`);
  return code;
}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        process.stderr.write(`pressroom: give a command.\n\n${MAIN_HELP}`);
        return EXIT.USAGE;
      case '-h':
      case '--help':
        process.stdout.write(MAIN_HELP);
        return EXIT.OK;
      case '-v':
      case '--version':
        process.stdout.write(`${version}\n`);
        return EXIT.OK;
      case 'help':
        if (isQueueCommand(rest[0])) process.stdout.write(queueHelp(rest[0]));
        else process.stdout.write(rest[0] === 'parse' ? PARSE_HELP : rest[0] === 'batch' ? BATCH_HELP : MAIN_HELP);
        return EXIT.OK;
      case 'parse':
        return await parseCommand(rest);
      case 'batch':
        return await batchCommand(rest);
      case 'enqueue':
      case 'worker':
      case 'status':
        return await runQueueCommand(command, rest);
      default:
        throw new UsageError(`unknown command "${command}". Commands: parse, batch, enqueue, worker, status.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const help =
        command === 'parse' || command === 'batch' ? ` See: pressroom ${command} --help` : ' See: pressroom --help';
      process.stderr.write(`pressroom: ${error.message}${help}\n`);
      return EXIT.USAGE;
    }
    if (error instanceof InputFailure) {
      process.stderr.write(`pressroom: ${error.message}\n`);
      return EXIT.INPUT;
    }
    if (isPressroomError(error, 'PRESSROOM_INVALID_OPTION')) {
      process.stderr.write(`pressroom: ${error.message}\n`);
      return EXIT.USAGE;
    }
    if (isPressroomError(error)) {
      process.stderr.write(`pressroom: ${error.message}\n`);
      return EXIT.PARSE;
    }
    process.stderr.write(`pressroom: internal error: ${(error as Error).stack ?? String(error)}\nPlease report it.\n`);
    return EXIT.INTERNAL;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pressroom: internal error: ${String(error)}\n`);
    process.exitCode = EXIT.INTERNAL;
  },
);
