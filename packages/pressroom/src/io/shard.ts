import { PressroomError } from '@pressroom/core';
import { SHARD } from '../patterns';

/** One slice of `n` (1-based `index`), from `--shard i/n`. */
export interface Shard {
  index: number;
  count: number;
}

const encoder = new TextEncoder();

/**
 * 32-bit FNV-1a hash of the UTF-8 bytes of `id`. Stable across runs, machines and Node
 * versions, so `--shard` splits a crawl the same way everywhere.
 *
 * @example
 * hashId('<urn:uuid:8d1b3f0e-...>'); // 2166136261 ... a number in [0, 2^32)
 */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (const byte of encoder.encode(id)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Parses `--shard i/n` (1-based: `1/4` ... `4/4`). Throws PRESSROOM_INVALID_OPTION otherwise.
 *
 * @example
 * parseShard('2/8'); // { index: 2, count: 8 }
 */
export function parseShard(value: string): Shard {
  const m = SHARD.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `--shard takes i/n with 1 <= i <= n (e.g. --shard 1/4 on the first of four machines), got "${value}".`,
    );
  }
  return { index, count };
}

/**
 * Does page `id` belong to `shard`? Every id belongs to exactly one of the n shards.
 *
 * @example
 * [1, 2, 3].filter((i) => inShard('page-1', { index: i, count: 3 })).length; // 1
 */
export function inShard(id: string, shard: Shard): boolean {
  return hashId(id) % shard.count === shard.index - 1;
}
