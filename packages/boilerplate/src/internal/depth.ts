import { BLOCK_TAGS } from '../rules';

/** Elements whose content is raw text: tags inside them are not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

/** Elements that never have content. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements an opening tag of the same name closes (`<li>` after `<li>`). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'option', 'dt', 'dd', 'tr', 'td', 'th']);

/** How far a closing tag is matched down the stack (keeps stray closing tags linear). */
const CLOSE_SEARCH = 64;

interface Tag {
  /** Index of `<`. */
  start: number;
  /** Index after `>`. */
  end: number;
  name: string;
  closing: boolean;
  /** `<x/>` or a void element: opens nothing. */
  selfContained: boolean;
}

/**
 * Flatten nesting deeper than `maxDepth` elements: the opening and closing tags past that depth
 * are removed, their text kept. Pages nest a few dozen levels; only hostile or broken input goes
 * deeper, and the parser's cost grows with the square of the depth. Linear in the input: one
 * cheap pass over the tags when the page is fine (it is returned untouched), two when not.
 *
 * @example
 * limitNesting('<div><div><p>x</p></div></div>', 1).html // '<div>x</div>'
 */
export function limitNesting(html: string, maxDepth: number): { html: string; flattened: boolean } {
  if (maxDepthOf(html) <= maxDepth) return { html, flattened: false };
  const out: string[] = [];
  let copied = 0;
  const stack: { name: string; dropped: boolean }[] = [];
  forEachTag(html, (tag) => {
    if (tag.closing) {
      const index = findOpen(stack, tag.name);
      if (index === -1) return;
      const entry = stack[index]!;
      stack.length = index;
      if (entry.dropped) {
        // A dropped script or style goes whole: its content must not turn into text.
        if (!RAW_TEXT.has(entry.name)) out.push(html.slice(copied, tag.start));
        copied = tag.end;
      }
      return;
    }
    if (tag.selfContained) return;
    impliedClose(stack, tag.name);
    const dropped = stack.length >= maxDepth;
    stack.push({ name: tag.name, dropped });
    if (dropped) {
      out.push(html.slice(copied, tag.start));
      copied = tag.end;
    }
  });
  out.push(html.slice(copied));
  return { html: out.join(''), flattened: true };
}

/**
 * An upper estimate of the nesting depth, fast: opening tags count up, closing tags down,
 * void and self-closed tags not at all; names are not matched, so unclosed `<p>`/`<li>` make
 * it overestimate (then the exact pass decides). Comments and script/style content are skipped.
 */
function maxDepthOf(html: string, rawRanges?: number[]): number {
  let depth = 0;
  let max = 0;
  const length = html.length;
  let pos = html.indexOf('<');
  while (pos !== -1 && pos < length - 1) {
    const next = html.charCodeAt(pos + 1);
    if (next === 33 /* ! */) {
      const comment = html.startsWith('<!--', pos);
      const end = comment ? html.indexOf('-->', pos + 4) : html.indexOf('>', pos + 2);
      if (end === -1) break;
      // Comments go whole (conditional comments included): nothing in them is shown.
      if (rawRanges && comment) rawRanges.push(pos, end + 3);
      pos = html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? pos + 2 : pos + 1;
    if (nameStart >= length || !isLetter(html.charCodeAt(nameStart))) {
      pos = html.indexOf('<', pos + 1);
      continue;
    }
    const end = html.indexOf('>', nameStart);
    if (end === -1) break;
    if (closing) {
      if (depth > 0) depth--;
      pos = html.indexOf('<', end);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < end && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (!VOID.has(name) && html.charCodeAt(end - 1) !== 47) {
      if (name === 'svg' && rawRanges) {
        // Inline SVG (icons, charts) is never article text and costs the parser a lot: it goes whole.
        const close = findRawTextEnd(html, end, 'svg');
        const closeEnd = close === -1 ? -1 : html.indexOf('>', close);
        if (closeEnd !== -1) {
          rawRanges.push(pos, closeEnd + 1);
          pos = html.indexOf('<', closeEnd + 1);
          continue;
        }
      }
      if (RAW_TEXT.has(name)) {
        if (depth + 1 > max) max = depth + 1;
        // The exact end of the opening tag (quotes respected) before cutting anything.
        const contentStart = rawRanges && (name === 'script' || name === 'style') ? tagEnd(html, nameEnd) : -1;
        const close = findRawTextEnd(html, end, name);
        if (close === -1) break;
        if (rawRanges && contentStart !== -1 && contentStart <= close && !isDataScript(html, pos, contentStart)) {
          rawRanges.push(contentStart, close);
        }
        pos = close;
        continue;
      }
      depth++;
      if (depth > max) max = depth;
    }
    pos = html.indexOf('<', end);
  }
  return max;
}

function impliedClose(stack: { name: string }[], name: string): void {
  const top = stack[stack.length - 1];
  if (!top) return;
  if ((top.name === name && SELF_CLOSING_SIBLINGS.has(name)) || (top.name === 'p' && BLOCK_TAGS.has(name))) stack.pop();
}

function findOpen(stack: { name: string }[], name: string): number {
  const stop = Math.max(0, stack.length - CLOSE_SEARCH);
  for (let i = stack.length - 1; i >= stop; i--) if (stack[i]!.name === name) return i;
  return -1;
}

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 58
  );
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Calls `visit` for every start and end tag, skipping comments, doctypes and raw-text content. */
function forEachTag(html: string, visit: (tag: Tag) => void): void {
  const length = html.length;
  let pos = html.indexOf('<');
  while (pos !== -1 && pos < length - 1) {
    const next = html.charCodeAt(pos + 1);
    if (next === 33 /* ! */) {
      const end = html.startsWith('<!--', pos) ? html.indexOf('-->', pos + 4) : html.indexOf('>', pos + 2);
      if (end === -1) return;
      pos = html.indexOf('<', end + 1);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? pos + 2 : pos + 1;
    if (nameStart >= length || !isLetter(html.charCodeAt(nameStart))) {
      pos = html.indexOf('<', pos + 1);
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (end === -1) return;
    const selfContained = !closing && (VOID.has(name) || html.charCodeAt(end - 2) === 47);
    visit({ start: pos, end, name, closing, selfContained });
    if (!closing && !selfContained && RAW_TEXT.has(name)) {
      const close = findRawTextEnd(html, end, name);
      if (close === -1) return;
      pos = close;
      continue;
    }
    pos = html.indexOf('<', end);
  }
}

/** A script whose content is data we read (JSON-LD), not code. */
function isDataScript(html: string, tagStart: number, tagEnd: number): boolean {
  return html.slice(tagStart, tagEnd).toLowerCase().includes('ld+json');
}

/**
 * Empty the content of `<script>` and `<style>` elements (JSON-LD excepted), remove comments
 * and inline `<svg>`, and flatten
 * nesting deeper than `maxDepth` ({@link limitNesting}): code and CSS are half the bytes of a
 * news page and never part of the article, and the parser would read them a character at a
 * time. One pass over the tags; the string is rebuilt only when something changes.
 *
 * @example
 * prepareMarkup('<p>a</p><script>var x = "<p>";</script>', 100).html // '<p>a</p><script></script>'
 */
export function prepareMarkup(html: string, maxDepth: number): { html: string; flattened: boolean } {
  const ranges: number[] = [];
  const depth = maxDepthOf(html, ranges);
  let out = html;
  if (ranges.length > 0) {
    const parts: string[] = [];
    let copied = 0;
    for (let i = 0; i < ranges.length; i += 2) {
      parts.push(html.slice(copied, ranges[i]));
      copied = ranges[i + 1]!;
    }
    parts.push(html.slice(copied));
    out = parts.join('');
  }
  if (depth <= maxDepth) return { html: out, flattened: false };
  return limitNesting(out, maxDepth);
}

/** Index after the `>` that ends a tag, quotes respected; -1 when the tag never ends. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote opens only as an attribute value (after `=`, spaces allowed).
      let j = i - 1;
      while (j >= from && (html.charCodeAt(j) === 32 || html.charCodeAt(j) === 9 || html.charCodeAt(j) === 10)) j--;
      if (html.charCodeAt(j) === 61) quote = c;
    } else if (c === 62) return i + 1;
  }
  return -1;
}

/** Does `html` hold the lower-case ASCII `name` at `at`, in any case? */
function matchesName(html: string, at: number, name: string): boolean {
  if (at + name.length > html.length) return false;
  for (let i = 0; i < name.length; i++) {
    // ASCII letters only: OR 0x20 folds upper to lower case.
    if ((html.charCodeAt(at + i) | 0x20) !== name.charCodeAt(i)) return false;
  }
  return true;
}

/** Index of the `</name` that ends a raw-text element (case-insensitive); -1 when none. */
function findRawTextEnd(html: string, from: number, name: string): number {
  let pos = html.indexOf('</', from);
  while (pos !== -1) {
    if (matchesName(html, pos + 2, name)) return pos;
    pos = html.indexOf('</', pos + 2);
  }
  return -1;
}
