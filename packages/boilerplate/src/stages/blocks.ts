import type { AnyNode, Element } from 'domhandler';
import type { Context } from '../context';
import { attr, classAndId, collapse, isElement, walk } from '../internal/dom';
import { resolveUrl } from '../internal/url';
import {
  BOILERPLATE_CLASS,
  BOILERPLATE_CLASS_TOKEN,
  CLASS_TOKEN_SEPARATOR,
  CONTENT_CLASS,
  EMBED_CLASS,
  LAZY_SRC_ATTRIBUTE,
  SRCSET_FIRST_URL,
  WHITESPACE_RUN,
} from '../patterns';
import { BLOCK_TAGS, CHROME_TAGS, HEADING_LEVELS, INLINE_FORMAT_TAGS } from '../rules';
import type { Block, FigureBlock, Inline } from '../types';
import { FAVOR_LIMITS } from '../weights';

/** Characters of non-link text that keep a link-heavy paragraph. */
const OWN_TEXT_OF_PROSE = 150;

/** Prose a boilerplate-classed container must hold to be kept as the bulk of the article. */
const MAJOR_MIN_PROSE = 200;

type Format = Omit<Inline, 'text' | 'break'>;

interface Frame {
  node: AnyNode;
  format: Format;
  /** Set on the marker pushed to close a block element. */
  exit?: boolean;
}

/**
 * Turn the content roots into blocks, in document order: headings, paragraphs, lists, quotes,
 * tables, figures, code and embeds. Boilerplate containers inside the article (share bars,
 * related links, sign-ups, ads, link lists) are skipped here, by class/id words, landmark tags
 * and link density, unless they hold most of the article.
 */
export function collectBlocks(ctx: Context): void {
  const mainChars = ctx.candidate ? (ctx.stats.get(ctx.candidate)?.chars ?? 0) : 0;
  for (const root of ctx.contentRoots) {
    // A sibling container joins only when it is not furniture itself (an author box, a share bar).
    if (root !== ctx.candidate && isBoilerplate(ctx, root, mainChars)) continue;
    collectFrom(ctx, root);
  }
}

function collectFrom(ctx: Context, root: Element): void {
  const rootChars = ctx.stats.get(root)?.chars ?? 0;
  const paragraph = new ParagraphBuffer(ctx);
  const stack: Frame[] = [{ node: root, format: {} }];
  const open: Element[] = [root];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (frame.exit) {
      paragraph.flush(open.pop() ?? root);
      continue;
    }
    if (node.type === 'text') {
      paragraph.add(node.data, frame.format);
      continue;
    }
    if (!isElement(node) || ctx.dropped.has(node)) continue;
    const name = node.name;
    if (node !== root && isBoilerplate(ctx, node, rootChars)) continue;
    if (name === 'br') {
      paragraph.lineBreak(open[open.length - 1] ?? root);
      continue;
    }
    const current = open[open.length - 1] ?? root;
    const unit = BLOCK_TAGS.has(name) ? readUnit(ctx, node, rootChars) : undefined;
    if (unit !== undefined) {
      paragraph.flush(current);
      if (unit !== null) push(ctx, unit, node);
      continue;
    }
    if (name === 'img') {
      const figure = figureFromImage(ctx, node);
      if (figure) {
        paragraph.flush(current);
        push(ctx, figure, node);
      }
      continue;
    }
    const isBlock = BLOCK_TAGS.has(name);
    if (isBlock) {
      paragraph.flush(current);
      stack.push({ node, format: frame.format, exit: true });
      open.push(node);
    }
    const format = formatOf(ctx, node, frame.format);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, format });
  }
  paragraph.flush(root);
}

function push(ctx: Context, block: Block, source: Element): void {
  ctx.blocks.push(block);
  ctx.blockSources.set(block, source);
}

/** Elements read whole as one block; `undefined` when `el` is an ordinary container. */
function readUnit(ctx: Context, el: Element, rootChars: number): Block | null | undefined {
  const name = el.name;
  const level = HEADING_LEVELS[name];
  if (level !== undefined) {
    const inlines = inlinesOf(ctx, el);
    const text = textOfInlines(inlines);
    return text === '' ? null : { type: 'heading', level, text, inlines };
  }
  switch (name) {
    case 'ul':
    case 'ol':
      return isLayout(ctx, el, rootChars) ? undefined : listOf(ctx, el);
    case 'blockquote':
      return quoteOf(ctx, el);
    case 'table':
      return isLayout(ctx, el, rootChars) ? undefined : tableOf(ctx, el);
    case 'figure':
      return isLayout(ctx, el, rootChars) ? undefined : figureOf(ctx, el);
    case 'pre': {
      const text = trimCode(rawText(ctx, el));
      return text === '' ? null : { type: 'code', text };
    }
    case 'iframe': {
      const url = resolveUrl(el.attribs.src || el.attribs['data-src'], ctx.baseUrl);
      return url ? { type: 'embed', provider: providerOf(url), url, text: '' } : null;
    }
    case 'figcaption': {
      const caption = collapse(textOfInlines(inlinesOf(ctx, el)));
      return caption === '' ? null : { type: 'figure', src: null, alt: null, caption };
    }
    case 'hr':
      return null;
    default:
      return undefined;
  }
}

/** Is `el` page furniture inside the article? */
function isBoilerplate(ctx: Context, el: Element, rootChars: number): boolean {
  const s = ctx.stats.get(el);
  if (!s) return true;
  const limits = FAVOR_LIMITS[ctx.favor];
  // A container holding most of the article's prose is the article, whatever its class says.
  const major = s.chars > rootChars * limits.majorShare && s.prose >= MAJOR_MIN_PROSE;
  if (CHROME_TAGS.has(el.name)) return !major;
  const cls = classAndId(el);
  if (cls !== '' && !CONTENT_CLASS.test(cls) && !ctx.embedHolders.has(el) && !major) {
    if (BOILERPLATE_CLASS.test(cls)) return true;
    if (BOILERPLATE_CLASS_TOKEN.test(cls)) return true;
  }
  if (s.chars > 0 && BLOCK_TAGS.has(el.name) && !major) {
    const density = s.linkChars / s.chars;
    if (el.name === 'p') {
      // A sentence with many links (or a link popup inside it) is still prose.
      if (density > limits.paragraphLinkDensity && s.chars - s.linkChars < OWN_TEXT_OF_PROSE) return true;
    } else if (density > limits.containerLinkDensity) return true;
  }
  return false;
}

/** A list, table or figure used for layout: it holds a large part of the article's prose. */
function isLayout(ctx: Context, el: Element, rootChars: number): boolean {
  const s = ctx.stats.get(el);
  if (!s) return false;
  if (s.paragraphs >= 2 && s.chars > rootChars * 0.3) return true;
  if (el.name === 'table') {
    let nested = false;
    walk(el, (node) => {
      if (nested) return false;
      if (isElement(node) && node !== el && node.name === 'table') nested = true;
      return undefined;
    });
    return nested || s.paragraphs >= 3;
  }
  return false;
}

function listOf(ctx: Context, el: Element): Block | null {
  const items: { text: string; inlines: Inline[] }[] = [];
  walk(el, (node) => {
    if (!isElement(node) || ctx.dropped.has(node)) return false;
    if (node.name === 'li') {
      const inlines = inlinesOf(ctx, node, (n) => n.name === 'ul' || n.name === 'ol');
      const text = textOfInlines(inlines);
      if (text !== '') items.push({ text, inlines });
    }
    return undefined;
  });
  if (items.length === 0) return null;
  return { type: 'list', ordered: el.name === 'ol', items };
}

function quoteOf(ctx: Context, el: Element): Block | null {
  const inlines = inlinesOf(ctx, el);
  const text = textOfInlines(inlines);
  if (text === '') return null;
  const cls = classAndId(el);
  if (cls !== '' && EMBED_CLASS.test(cls)) {
    let url: string | null = null;
    walk(el, (node) => {
      if (isElement(node) && node.name === 'a' && node.attribs.href) url = resolveUrl(node.attribs.href, ctx.baseUrl);
      return undefined;
    });
    return { type: 'embed', provider: cls.split(CLASS_TOKEN_SEPARATOR)[0] ?? 'embed', url, text };
  }
  return { type: 'quote', text, inlines };
}

function tableOf(ctx: Context, el: Element): Block | null {
  const rows: string[][] = [];
  let header = false;
  walk(el, (node) => {
    if (!isElement(node) || ctx.dropped.has(node)) return false;
    if (node.name === 'tr') {
      const cells: string[] = [];
      let allHeaders = true;
      for (const cell of node.children) {
        if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
        if (cell.name === 'td') allHeaders = false;
        cells.push(textOfInlines(inlinesOf(ctx, cell)));
      }
      if (cells.some((c) => c !== '')) {
        if (rows.length === 0 && allHeaders) header = true;
        rows.push(cells);
      }
      return false;
    }
    return undefined;
  });
  return rows.length === 0 ? null : { type: 'table', header, rows };
}

function figureOf(ctx: Context, el: Element): FigureBlock | null {
  let image: Element | null = null;
  let captionEl: Element | null = null;
  walk(el, (node) => {
    if (!isElement(node)) return false;
    if (node.name === 'figcaption' && !captionEl) captionEl = node;
    if (node.name === 'img' && (!image || !imageSource(ctx, image))) image = node;
    return undefined;
  });
  const figure = image ? figureFromImage(ctx, image) : null;
  const caption = captionEl ? textOfInlines(inlinesOf(ctx, captionEl)) || null : null;
  if (!figure && !caption) return null;
  return { type: 'figure', src: figure?.src ?? null, alt: figure?.alt ?? null, caption };
}

function figureFromImage(ctx: Context, img: Element): FigureBlock | null {
  const width = Number(img.attribs.width);
  const height = Number(img.attribs.height);
  if ((width > 0 && width < 40) || (height > 0 && height < 40)) return null;
  const src = imageSource(ctx, img);
  if (!src) return null;
  const alt = collapse(attr(img, 'alt')) || null;
  return { type: 'figure', src, alt, caption: null };
}

/** The real URL of an image: lazy-loading attributes, `srcset`, then a `<noscript>` twin. */
function imageSource(ctx: Context, img: Element): string | null {
  const a = img.attribs;
  for (const [key, value] of Object.entries(a)) {
    if (LAZY_SRC_ATTRIBUTE.test(key) && value.trim() !== '') {
      const url = key.endsWith('srcset') ? firstSrcsetUrl(value) : value;
      if (url) return resolveUrl(url, ctx.baseUrl);
    }
  }
  const src = a.src?.trim();
  if (src && !src.startsWith('data:')) return resolveUrl(src, ctx.baseUrl);
  const fromSet = a.srcset ? firstSrcsetUrl(a.srcset) : null;
  if (fromSet) return resolveUrl(fromSet, ctx.baseUrl);
  const parent = img.parent;
  if (parent && isElement(parent)) {
    for (const sibling of parent.children) {
      if (isElement(sibling) && sibling.name === 'noscript') {
        let inner: string | null = null;
        walk(sibling, (node) => {
          if (!inner && isElement(node) && node.name === 'img' && node.attribs.src) inner = node.attribs.src;
          return undefined;
        });
        if (inner) return resolveUrl(inner, ctx.baseUrl);
      }
    }
  }
  return null;
}

function firstSrcsetUrl(srcset: string): string | null {
  const match = SRCSET_FIRST_URL.exec(srcset);
  return match?.[1] ?? null;
}

function providerOf(url: string): string {
  try {
    return stripWww(new URL(url).hostname);
  } catch {
    return 'embed';
  }
}

/** Formatting an element adds to the text inside it. */
function formatOf(ctx: Context, el: Element, outer: Format): Format {
  if (el.name === 'a') {
    const href = resolveUrl(el.attribs.href, ctx.baseUrl);
    return href ? { ...outer, href } : outer;
  }
  const kind = INLINE_FORMAT_TAGS[el.name];
  if (kind === 'strong') return outer.strong ? outer : { ...outer, strong: true };
  if (kind === 'em') return outer.em ? outer : { ...outer, em: true };
  if (kind === 'code') return outer.code ? outer : { ...outer, code: true };
  return outer;
}

/** Inline runs of a whole element, block children flowing in as line breaks. */
function inlinesOf(ctx: Context, el: Element, skip?: (el: Element) => boolean): Inline[] {
  const runs: Inline[] = [];
  const stack: { node: AnyNode; format: Format }[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, format: {} });
  let pendingBreak = false;
  while (stack.length > 0) {
    const { node, format } = stack.pop()!;
    if (node.type === 'text') {
      const text = node.data.replace(WHITESPACE_RUN, ' ');
      if (text === '' || (text === ' ' && runs.length === 0)) continue;
      pushRun(runs, text, format, pendingBreak);
      pendingBreak = false;
      continue;
    }
    if (!isElement(node) || ctx.dropped.has(node) || skip?.(node)) continue;
    if (node.name === 'br' || (BLOCK_TAGS.has(node.name) && runs.length > 0)) pendingBreak = true;
    const inner = formatOf(ctx, node, format);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, format: inner });
  }
  return tidyRuns(runs);
}

function pushRun(runs: Inline[], text: string, format: Format, lineBreak: boolean): void {
  const last = runs[runs.length - 1];
  if (
    last &&
    !lineBreak &&
    last.href === format.href &&
    !!last.strong === !!format.strong &&
    !!last.em === !!format.em &&
    !!last.code === !!format.code
  ) {
    last.text += text;
    return;
  }
  const run: Inline = { text, ...format };
  if (lineBreak) run.break = true;
  runs.push(run);
}

/** Collapse spaces across run boundaries and trim the ends. */
function tidyRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  let endsWithSpace = true;
  for (const run of runs) {
    let text = run.text;
    if (endsWithSpace || run.break) text = text.trimStart();
    if (text === '') continue;
    endsWithSpace = text.endsWith(' ');
    out.push({ ...run, text });
  }
  // trim trailing space
  for (let i = out.length - 1; i >= 0; i--) {
    const run = out[i]!;
    const text = run.text.trimEnd();
    if (text === '') {
      out.pop();
      continue;
    }
    run.text = text;
    break;
  }
  for (const run of out) {
    if (run.break && out[0] === run) delete run.break;
    if (run.href === undefined) delete run.href;
  }
  return out;
}

/** Plain text of runs: line breaks become newlines. */
export function textOfInlines(runs: readonly Inline[]): string {
  let text = '';
  for (const run of runs) text += run.break ? `\n${run.text}` : run.text;
  return text.trim();
}

function trimCode(text: string): string {
  let start = 0;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  return text.slice(start).trimEnd();
}

function stripWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

function rawText(ctx: Context, el: Element): string {
  const parts: string[] = [];
  walk(el, (node) => {
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node)) {
      if (ctx.dropped.has(node)) return false;
      if (node.name === 'br') parts.push('\n');
    }
    return undefined;
  });
  return parts.join('');
}

/** Collects inline text between blocks into paragraphs. */
class ParagraphBuffer {
  private runs: Inline[] = [];
  private pendingBreak = false;
  private breaks = 0;

  constructor(private readonly ctx: Context) {}

  add(data: string, format: Format): void {
    const text = data.replace(WHITESPACE_RUN, ' ');
    if (text === '' || (text === ' ' && this.runs.length === 0)) return;
    if (text !== ' ') this.breaks = 0;
    pushRun(this.runs, text, format, this.pendingBreak && this.runs.length > 0);
    if (text !== ' ') this.pendingBreak = false;
  }

  lineBreak(source: Element): void {
    this.breaks++;
    if (this.breaks >= 2) {
      this.flush(source);
      return;
    }
    this.pendingBreak = true;
  }

  flush(source: Element): void {
    this.breaks = 0;
    this.pendingBreak = false;
    if (this.runs.length === 0) return;
    const inlines = tidyRuns(this.runs);
    this.runs = [];
    const text = textOfInlines(inlines);
    if (text !== '') push(this.ctx, { type: 'paragraph', text, inlines }, source);
  }
}
