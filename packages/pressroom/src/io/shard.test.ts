import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashId, inShard, parseShard } from './shard';

describe('shards', () => {
  it('parses i/n and refuses the rest', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0', '-1/3', '']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('is a stable hash (the same on every machine)', () => {
    expect(hashId('')).toBe(0x811c9dc5);
    expect(hashId('a')).toBe(0xe40c292c);
    expect(hashId('<urn:uuid:0b4a8c56-2f8e-4a5c-9d7e-6f1e2d3c4b5a>')).toBe(
      hashId('<urn:uuid:0b4a8c56-2f8e-4a5c-9d7e-6f1e2d3c4b5a>'),
    );
  });

  it('puts every id in exactly one shard', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (id, n) => {
        let hits = 0;
        for (let i = 1; i <= n; i++) if (inShard(id, { index: i, count: n })) hits++;
        return hits === 1;
      }),
    );
  });

  it('splits evenly enough', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++)
      for (let s = 1; s <= 4; s++) if (inShard(`page-${i}`, { index: s, count: 4 })) counts[s - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(800);
  });
});
