import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDoneIds } from './resume';

describe('readDoneIds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-resume-'));

  it('reads the ids of the output, and cuts a partial last line', async () => {
    const file = join(dir, 'out.jsonl');
    writeFileSync(
      file,
      '{"id":"a","title":"x"}\n{"id":"b","error":{"code":"X","message":"y"}}\nnot json\n{"id":"c","ti',
    );
    expect([...(await readDoneIds(file))].sort()).toEqual(['a', 'b']);
    expect(readFileSync(file, 'utf8').endsWith('not json\n')).toBe(true);
  });

  it('gives an empty set for a missing or empty file', async () => {
    expect((await readDoneIds(join(dir, 'missing.jsonl'))).size).toBe(0);
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '');
    expect((await readDoneIds(empty)).size).toBe(0);
  });
});
