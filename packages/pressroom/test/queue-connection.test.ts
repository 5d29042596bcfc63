import { isPressroomError } from '@pressroom/core';
import { describe, expect, it } from 'vitest';
import { parseRedisUrl, redactRedisUrl, statsKey } from '../src/queue/connection';

describe('parseRedisUrl', () => {
  it.each([
    ['redis://127.0.0.1:6379', { host: '127.0.0.1', port: 6379, db: 0 }],
    ['redis://cache.internal', { host: 'cache.internal', port: 6379, db: 0 }],
    ['redis://:s%40cret@10.0.0.5:6380/2', { host: '10.0.0.5', port: 6380, db: 2, password: 's@cret' }],
    ['redis://crawler:pw@h:1/0', { host: 'h', port: 1, db: 0, username: 'crawler', password: 'pw' }],
    ['rediss://h:6380', { host: 'h', port: 6380, db: 0, tls: {} }],
    ['redis://[::1]:7000', { host: '::1', port: 7000, db: 0 }],
  ])('%s', (url, out) => expect(parseRedisUrl(url)).toEqual(out));

  it.each(['http://h:6379', 'redis://', 'localhost:6379', '', 'redis://h/x'])('refuses %j', (url) => {
    let error: unknown;
    try {
      parseRedisUrl(url);
    } catch (e) {
      error = e;
    }
    expect(isPressroomError(error, 'PRESSROOM_INVALID_OPTION')).toBe(true);
  });
});

describe('redactRedisUrl', () => {
  it.each([
    ['redis://:secret@h:6379', 'redis://:***@h:6379'],
    ['redis://u:p@h:6379/1', 'redis://u:***@h:6379/1'],
    ['redis://h:6379', 'redis://h:6379'],
  ])('%s', (url, out) => expect(redactRedisUrl(url)).toBe(out));
});

it('keeps the counters beside the queue', () => {
  expect(statsKey('pressroom', 'news')).toBe('pressroom:news:pressroom');
});
