/** Longest tag text looked at; a longer "tag" is not markup worth reading. */
const MAX_TAG = 2_000;

/**
 * The texts of the opening tags named `name` (`<meta ...>`) in `html`, found with `indexOf`
 * (linear, no regular expression across the page), case-insensitively.
 *
 * @example
 * openingTags('<meta charset="utf-8"><META name=x>', 'meta'); // ['<meta charset="utf-8">', '<META name=x>']
 */
export function openingTags(html: string, name: string): string[] {
  const lower = html.toLowerCase();
  const open = `<${name}`;
  const tags: string[] = [];
  let at = lower.indexOf(open);
  while (at >= 0) {
    const after = lower.charCodeAt(at + open.length);
    // the name must end here: whitespace, '>' or '/'
    if (after === 32 || after === 9 || after === 10 || after === 13 || after === 12 || after === 62 || after === 47) {
      const end = lower.indexOf('>', at);
      const stop = end < 0 ? Math.min(lower.length, at + MAX_TAG) : Math.min(end + 1, at + MAX_TAG);
      tags.push(html.slice(at, stop));
    }
    at = lower.indexOf(open, at + open.length);
  }
  return tags;
}
