// The `enqueue`, `worker` and `status` commands: options, output and exit codes.
import { connect } from 'node:net';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isPressroomError } from '@pressroom/core';
import { EXIT } from '../cli/exit-codes';
import { parseFieldList } from '../cli/fields';
import { parseRedisUrl, redactRedisUrl } from './connection';
import { runEnqueue } from './enqueue';
import { ENQUEUE_HELP, STATUS_HELP, WORKER_HELP } from './help';
import { formatStatus, getQueueStatus } from './status';
import { type QueueWorkerEvent, runQueueWorker } from './worker';

class UsageError extends Error {}
class Unreachable extends Error {}

type Values = Record<string, string | boolean | undefined>;
type Spec = Record<string, { type: 'string' | 'boolean' }>;

const CONNECTION: Spec = { redis: { type: 'string' }, queue: { type: 'string' }, prefix: { type: 'string' } };

function parse(args: string[], spec: Spec): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { ...CONNECTION, ...spec, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function positiveInt(values: Values, name: string, fallback: number): number {
  const value = values[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} takes a whole number >= 1, got "${value}".`);
  return n;
}

function connection(values: Values): { redis: string; queue: string; prefix?: string } {
  const redis = values.redis as string | undefined;
  const queue = values.queue as string | undefined;
  if (!redis) throw new UsageError('give the Redis server with --redis redis://host:6379.');
  if (!queue) throw new UsageError('give the queue name with --queue <name>.');
  try {
    parseRedisUrl(redis);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const prefix = values.prefix as string | undefined;
  return prefix ? { redis, queue, prefix } : { redis, queue };
}

/** Fails fast (rather than letting the client retry for ever) when nothing listens at the Redis address. */
function probe(redis: string, timeoutMs = 5_000): Promise<void> {
  const { host, port } = parseRedisUrl(redis);
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (reason: string) => {
      socket.destroy();
      reject(
        new Unreachable(
          `cannot reach Redis at ${redactRedisUrl(redis)}: ${reason}. Start redis-server there or fix --redis.`,
        ),
      );
    };
    socket.setTimeout(timeoutMs, () => fail(`no answer in ${timeoutMs} ms`));
    socket.once('error', (error) => fail(error.message));
    socket.once('connect', () => {
      socket.end();
      resolve();
    });
  });
}

function summaryLine(summary: object): string {
  return `${JSON.stringify(summary)}\n`;
}

async function enqueue(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    'pages-per-job': { type: 'string' },
    timeout: { type: 'string' },
    fields: { type: 'string' },
    attempts: { type: 'string' },
    backoff: { type: 'string' },
  });
  if (values.help) {
    process.stdout.write(ENQUEUE_HELP);
    return EXIT.OK;
  }
  if (positionals.length === 0)
    throw new UsageError('enqueue needs at least one input: files, directories, .jsonl or .warc(.gz).');
  const where = connection(values);
  const options = {
    ...where,
    inputs: positionals,
    pagesPerJob: positiveInt(values, 'pages-per-job', 100),
    page: {
      timeoutMs: positiveInt(values, 'timeout', 10_000),
      fields: parseFieldList(values.fields as string | undefined),
    },
    attempts: positiveInt(values, 'attempts', 5),
    backoffMs: positiveInt(values, 'backoff', 2_000),
    warn: (message: string) => process.stderr.write(`pressroom: warning: ${message}\n`),
  };
  await probe(where.redis);
  const summary = await runEnqueue(options).catch((error: unknown) => {
    if (error instanceof Error && error.message.startsWith('input not found')) throw new Unreachable(error.message);
    if (error instanceof Error && error.message.startsWith('enqueue cannot take stdin'))
      throw new UsageError(error.message);
    throw error;
  });
  if (process.stderr.isTTY) {
    const again =
      (summary.existing ? ` (${summary.existing} were already queued)` : '') +
      (summary.retried ? ` (${summary.retried} failed jobs put back to wait)` : '');
    process.stderr.write(
      `${summary.jobs} jobs, ${summary.pages} pages, on queue ${summary.queue}${again} in ${summary.seconds} s\n`,
    );
  } else process.stderr.write(summaryLine(summary));
  return EXIT.OK;
}

function logEvent(event: QueueWorkerEvent): void {
  if (!process.stderr.isTTY) {
    process.stderr.write(`${JSON.stringify(event)}\n`);
    return;
  }
  switch (event.event) {
    case 'ready':
      process.stderr.write(
        `worker ${event.worker}: ${event.threads} threads on queue ${event.queue} -> ${event.out}\n`,
      );
      break;
    case 'completed':
      process.stderr.write(
        `done   ${event.job} ${event.input}: ${event.pages} pages (${event.failed} with an error) in ${event.seconds} s\n`,
      );
      break;
    case 'failed':
      process.stderr.write(
        `${event.final ? 'FAILED' : 'retry '} ${event.job} ${event.input} (attempt ${event.attempt}/${event.attempts}): ${event.error}\n`,
      );
      break;
    case 'stalled':
      process.stderr.write(`taken over ${event.job} (its worker stopped answering)\n`);
      break;
    case 'error':
      process.stderr.write(`pressroom: ${event.error}\n`);
      break;
  }
}

async function worker(args: string[]): Promise<number> {
  const { values } = parse(args, {
    out: { type: 'string' },
    workers: { type: 'string' },
    concurrency: { type: 'string' },
    'lock-ms': { type: 'string' },
    'until-empty': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(WORKER_HELP);
    return EXIT.OK;
  }
  const where = connection(values);
  const out = values.out as string | undefined;
  if (!out) throw new UsageError('worker needs --out <dir> for the shards.');
  const options = {
    ...where,
    out,
    workers: positiveInt(values, 'workers', availableParallelism()),
    concurrency: positiveInt(values, 'concurrency', 2),
    lockMs: positiveInt(values, 'lock-ms', 30_000),
    untilEmpty: Boolean(values['until-empty']),
    log: logEvent,
  };
  await probe(where.redis);
  const stop = new AbortController();
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals === 1) {
      process.stderr.write(`pressroom: ${signal}: finishing the running jobs (send it again to stop at once)\n`);
      stop.abort();
    } else process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const summary = await runQueueWorker({ ...options, signal: stop.signal });
    process.stderr.write(summaryLine(summary));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return EXIT.OK;
}

async function status(args: string[]): Promise<number> {
  const { values } = parse(args, { json: { type: 'boolean' } });
  if (values.help) {
    process.stdout.write(STATUS_HELP);
    return EXIT.OK;
  }
  const where = connection(values);
  await probe(where.redis);
  const s = await getQueueStatus(where);
  process.stdout.write(values.json ? `${JSON.stringify(s, null, 2)}\n` : formatStatus(s));
  return EXIT.OK;
}

const COMMANDS = { enqueue, worker, status } as const;
const HELP = { enqueue: ENQUEUE_HELP, worker: WORKER_HELP, status: STATUS_HELP } as const;

/** The queue commands `pressroom` knows. */
export type QueueCommand = keyof typeof COMMANDS;

/**
 * Whether `name` is one of the queue commands (`enqueue`, `worker`, `status`).
 *
 * @example
 * isQueueCommand('worker'); // true
 */
export function isQueueCommand(name: string | undefined): name is QueueCommand {
  return name === 'enqueue' || name === 'worker' || name === 'status';
}

/**
 * The help text of a queue command.
 *
 * @example
 * queueHelp('status').startsWith('pressroom status'); // true
 */
export function queueHelp(command: QueueCommand): string {
  return HELP[command];
}

/**
 * Runs `pressroom enqueue|worker|status <args>` and returns the exit code, writing its own
 * errors on stderr (2 usage, 3 input not found or Redis unreachable, 70 internal).
 *
 * @example
 * process.exitCode = await runQueueCommand('status', ['--redis', 'redis://127.0.0.1:6379', '--queue', 'news']);
 */
export async function runQueueCommand(command: QueueCommand, args: string[]): Promise<number> {
  try {
    return await COMMANDS[command](args);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`pressroom: ${error.message} See: pressroom ${command} --help\n`);
      return EXIT.USAGE;
    }
    if (error instanceof Unreachable) {
      process.stderr.write(`pressroom: ${error.message}\n`);
      return EXIT.INPUT;
    }
    if (isPressroomError(error)) {
      process.stderr.write(`pressroom: ${error.message}\n`);
      return EXIT.USAGE;
    }
    process.stderr.write(`pressroom: ${command}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.INTERNAL;
  }
}
