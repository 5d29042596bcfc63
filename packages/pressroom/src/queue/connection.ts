// Where the queue lives: a Redis URL, a queue name and a key prefix.
import { PressroomError } from '@pressroom/core';

/** Connection settings for BullMQ's own ioredis client. */
export interface RedisSettings {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: Record<string, never>;
}

/**
 * Parses `redis://[user:password@]host[:port][/db]` (or `rediss://` for TLS) into the options
 * BullMQ passes to ioredis. Throws PRESSROOM_INVALID_OPTION for anything else.
 *
 * @example
 * parseRedisUrl('redis://:secret@10.0.0.5:6380/2'); // { host: '10.0.0.5', port: 6380, password: 'secret', db: 2 }
 */
export function parseRedisUrl(url: string): RedisSettings {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') || parsed.hostname === '') {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `--redis takes a URL like redis://host:6379 or rediss://user:password@host:6380/0, got "${url}".`,
    );
  }
  const dbText = parsed.pathname.replace('/', '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0)
    throw new PressroomError('PRESSROOM_INVALID_OPTION', `the database in --redis must be a number, got "${dbText}".`);
  const settings: RedisSettings = {
    host: parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname,
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    db,
  };
  if (parsed.username) settings.username = decodeURIComponent(parsed.username);
  if (parsed.password) settings.password = decodeURIComponent(parsed.password);
  if (parsed.protocol === 'rediss:') settings.tls = {};
  return settings;
}

/**
 * A Redis URL with its password hidden, for messages.
 *
 * @example
 * redactRedisUrl('redis://:secret@host:6379'); // 'redis://:***@host:6379'
 */
export function redactRedisUrl(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Key prefix of every queue the CLI makes, unless `--prefix` says otherwise. */
export const DEFAULT_PREFIX = 'pressroom';

/**
 * The Redis key (beside BullMQ's own) where workers add up pages: `<prefix>:<queue>:pressroom`.
 *
 * @example
 * statsKey('pressroom', 'crawl'); // 'pressroom:crawl:pressroom'
 */
export function statsKey(prefix: string, queue: string): string {
  return `${prefix}:${queue}:pressroom`;
}

/** Name under which workers register {@link RECORD_JOB_SCRIPT} on their Redis client. */
export const RECORD_JOB = 'pressroomRecordJob';

/**
 * Adds a completed job to the counters in the {@link statsKey} hash, atomically: jobs, pages,
 * ok and failed are summed; `startedAt` keeps the earliest job start, `finishedAt` the latest
 * job end (ms since the epoch). KEYS[1] = the hash; ARGV = pages, ok, failed, finishedAt, startedAt.
 */
export const RECORD_JOB_SCRIPT = {
  numberOfKeys: 1,
  lua: `
redis.call('HINCRBY', KEYS[1], 'jobs', 1)
redis.call('HINCRBY', KEYS[1], 'pages', ARGV[1])
redis.call('HINCRBY', KEYS[1], 'ok', ARGV[2])
redis.call('HINCRBY', KEYS[1], 'failed', ARGV[3])
local finished = tonumber(redis.call('HGET', KEYS[1], 'finishedAt') or '0')
if tonumber(ARGV[4]) > finished then redis.call('HSET', KEYS[1], 'finishedAt', ARGV[4]) end
local started = tonumber(redis.call('HGET', KEYS[1], 'startedAt') or '0')
if started == 0 or tonumber(ARGV[5]) < started then redis.call('HSET', KEYS[1], 'startedAt', ARGV[5]) end
return 1
`,
};
