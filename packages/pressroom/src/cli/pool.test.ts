import { describe, expect, it } from 'vitest';
import { WorkerPool } from './pool';

const fake = new URL('../../test/fixtures/fake-worker.mjs', import.meta.url);

async function run(ids: string[], workers: number) {
  const lines: { id: string; error?: { code: string } }[] = [];
  const pool = new WorkerPool({
    workers,
    workerUrl: fake,
    graceMs: 400,
    job: { timeoutMs: 800, fields: null },
    onResult: (line) => lines.push(JSON.parse(line)),
  });
  for (const id of ids) await pool.submit({ id, url: null, html: '' });
  await pool.close();
  return { lines, replaced: pool.replaced };
}

describe('WorkerPool', () => {
  it('answers every page once', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `p${i}`);
    const { lines } = await run(ids, 3);
    expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
  });

  it('replaces hung and crashed workers, writes their pages as errors, and goes on', async () => {
    const ids = ['a', 'hang', 'b', 'crash', 'c', 'throw', 'd', 'e'];
    const { lines, replaced } = await run(ids, 2);
    expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(byId.hang?.error?.code).toBe('PRESSROOM_TIMEOUT');
    expect(byId.crash?.error?.code).toBe('PRESSROOM_WORKER_CRASHED');
    expect(byId.throw?.error?.code).toBe('PRESSROOM_WORKER_CRASHED');
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(byId[id]?.error).toBeUndefined();
    expect(replaced).toBe(3);
  });
});
