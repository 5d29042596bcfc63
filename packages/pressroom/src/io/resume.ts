import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/**
 * Reads the ids already written to an output JSONL file, for `--resume`. Lines that are not
 * JSON with a string `id` are ignored. When the file ends in a partial line (a run killed
 * mid-write), the partial line is cut off so that appending stays valid JSONL. A missing file
 * gives an empty set.
 *
 * @example
 * const done = await readDoneIds('out.jsonl'); // Set { '<urn:uuid:...>', ... }
 */
export async function readDoneIds(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return done;
  }
  if (size === 0) return done;
  await truncatePartialLine(path, size);
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line === '') continue;
    try {
      const value = JSON.parse(line) as { id?: unknown };
      if (typeof value.id === 'string') done.add(value.id);
    } catch {
      // a corrupt line: its page is parsed again
    }
  }
  return done;
}

async function truncatePartialLine(path: string, size: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    const window = Buffer.alloc(Math.min(size, 1 << 20));
    let end = size;
    // Find the last newline, reading backwards in windows.
    while (end > 0) {
      const start = Math.max(0, end - window.length);
      const { bytesRead } = await handle.read(window, 0, end - start, start);
      const at = window.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (at >= 0) {
        const keep = start + at + 1;
        if (keep < size) await handle.truncate(keep);
        return;
      }
      end = start;
    }
    await handle.truncate(0);
  } finally {
    await handle.close();
  }
}
