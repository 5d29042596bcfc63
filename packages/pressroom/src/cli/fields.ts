/**
 * Keeps only the named top-level fields of a result (`--fields title,byline,money`). `id`,
 * `url` and `error` are always kept in batch output so every line can be traced back.
 *
 * @example
 * pickFields({ title: 'A', text: '...', money: [] }, ['title']); // { title: 'A' }
 */
export function pickFields(value: Record<string, unknown>, fields: readonly string[] | null): Record<string, unknown> {
  if (!fields || fields.length === 0) return value;
  const out: Record<string, unknown> = {};
  for (const field of fields) if (field in value) out[field] = value[field];
  return out;
}

/**
 * Splits a `--fields a,b,c` value into names; `null` when absent.
 *
 * @example
 * parseFieldList(' title, money '); // ['title', 'money']
 */
export function parseFieldList(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  const fields = value
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  return fields.length ? fields : null;
}
