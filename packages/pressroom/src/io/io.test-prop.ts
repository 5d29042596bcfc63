import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address';
import { decodeHtml } from './charset';
import { inShard, parseShard } from './shard';
import { parseHttpResponse, readWarc } from './warc';

describe('io properties', () => {
  it('classifyAddress never throws, and every IPv4 number is classified the same in every spelling', () => {
    fc.assert(fc.property(fc.string(), (s) => classifyAddress(s) !== undefined));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        const dotted = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
        const kind = classifyAddress(dotted);
        return (
          kind !== null &&
          classifyAddress(String(n)) === kind &&
          classifyAddress(`0x${n.toString(16)}`) === kind &&
          classifyAddress(`::ffff:${dotted}`) === kind
        );
      }),
    );
  });

  it('decodeHtml never throws on arbitrary bytes and content types', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.string()), (bytes, type) => {
        return typeof decodeHtml(bytes, type).html === 'string';
      }),
    );
  });

  it('readWarc ends or rejects on arbitrary bytes (never hangs), parseHttpResponse never throws', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 500 }), async (bytes) => {
        parseHttpResponse(bytes);
        try {
          for await (const _ of readWarc(Readable.from([Buffer.from(bytes)]))) {
            // drain
          }
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('the n shards of any id set partition it', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 50 }), fc.integer({ min: 1, max: 9 }), (ids, n) => {
        const seen = ids.flatMap((id) =>
          Array.from({ length: n }, (_, i) => (inShard(id, parseShard(`${i + 1}/${n}`)) ? id : [])).flat(),
        );
        return seen.length === ids.length;
      }),
    );
  });
});
