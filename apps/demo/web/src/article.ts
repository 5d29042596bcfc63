import type { Block, ParsedArticle } from 'pressroom';
import { h } from './dom';
import { formatValue } from './format';

/** A highlighted stretch of the article text (offsets into `result.text`). */
interface Mark {
  kind: 'quote' | 'money';
  index: number;
  start: number;
  end: number;
}

/**
 * Places each piece of block text in the article's `text` (which is the blocks' text joined by
 * blank lines), so the offsets the packages report can be drawn on the blocks. Pure lookup:
 * no parsing, the packages did that.
 */
class TextLocator {
  private cursor = 0;
  constructor(private readonly text: string) {}
  locate(piece: string): number | null {
    if (piece === '') return null;
    const at = this.text.indexOf(piece, this.cursor);
    if (at < 0) return null;
    this.cursor = at + piece.length;
    return at;
  }
}

function marksOf(result: ParsedArticle): Mark[] {
  const marks: Mark[] = [];
  result.quotes.forEach((q, index) => {
    marks.push({ kind: 'quote', index, start: q.start, end: q.end });
  });
  result.money.forEach((m, index) => {
    marks.push({ kind: 'money', index, start: m.start, end: m.end });
  });
  return marks;
}

/** Renders `piece` (found at `offset` in the text, or not) into `el`, with the marks that touch it. */
function fill(el: HTMLElement, piece: string, offset: number | null, marks: Mark[], result: ParsedArticle): void {
  if (offset === null) {
    el.textContent = piece;
    return;
  }
  const end = offset + piece.length;
  const touching = marks.filter((m) => m.start < end && m.end > offset);
  if (touching.length === 0) {
    el.textContent = piece;
    return;
  }
  const cuts = new Set([offset, end]);
  for (const m of touching) {
    cuts.add(Math.max(offset, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const active = touching.filter((m) => m.start < b && m.end > a);
    const text = piece.slice(a - offset, b - offset);
    for (const m of active) {
      if (m.start === a && m.kind === 'quote') {
        el.append(h('sup', { class: 'tag tag-quote', 'aria-hidden': 'true' }, `Q${m.index + 1}`));
      }
    }
    if (active.length === 0) {
      el.append(text);
      continue;
    }
    const quote = active.find((m) => m.kind === 'quote');
    const money = active.find((m) => m.kind === 'money');
    const span = h('mark', {
      class: [quote ? 'hl-quote' : '', money ? 'hl-money' : ''].join(' ').trim(),
      'data-quote': quote ? quote.index : null,
      'data-money': money ? money.index : null,
    });
    if (quote && quote.start === a) {
      span.id = `quote-${quote.index + 1}`;
      span.tabIndex = -1;
      const q = result.quotes[quote.index];
      span.setAttribute('aria-label', `Quote ${quote.index + 1}${q?.speaker ? `, ${q.speaker.name}` : ''}: ${text}`);
    }
    if (money && money.start === a) {
      span.id = `money-${money.index + 1}`;
      span.tabIndex = -1;
    }
    span.append(text);
    el.append(span);
    for (const m of active) {
      if (m.kind === 'money' && m.end === b) {
        const found = result.money[m.index];
        if (found) {
          el.append(
            h(
              'span',
              { class: 'tag tag-money', 'data-badge': m.index + 1 },
              ` ${formatValue(found.value, found.currency, true)} `,
            ),
          );
        }
      }
    }
  }
}

function blockElement(block: Block, locator: TextLocator, marks: Mark[], result: ParsedArticle): HTMLElement {
  const leaf = <T extends HTMLElement>(el: T, text: string): T => {
    fill(el, text, locator.locate(text), marks, result);
    return el;
  };
  switch (block.type) {
    case 'heading':
      return leaf(h('h4', { class: `heading level-${block.level}` }), block.text);
    case 'paragraph':
      return leaf(h('p'), block.text);
    case 'quote':
      return leaf(h('blockquote'), block.text);
    case 'code':
      return leaf(h('pre'), block.text);
    case 'list': {
      const list = h(block.ordered ? 'ol' : 'ul');
      for (const item of block.items) list.append(leaf(h('li'), item.text));
      return list;
    }
    case 'table': {
      const table = h('table', { class: 'table in-article' });
      block.rows.forEach((row, r) => {
        const tr = h('tr');
        for (const cell of row) tr.append(leaf(h(block.header && r === 0 ? 'th' : 'td'), cell));
        table.append(tr);
      });
      return h('div', { class: 'scroll', role: 'region', 'aria-label': 'Table', tabindex: 0 }, table);
    }
    case 'figure':
      // Images are not loaded (the demo fetches nothing the page points to): the caption and alt text stand in.
      return h(
        'figure',
        {},
        h('div', { class: 'image-placeholder' }, block.alt ? `Image: ${block.alt}` : 'Image'),
        block.caption ? leaf(h('figcaption'), block.caption) : null,
      );
    case 'embed':
      return h('div', { class: 'embed' }, h('strong', {}, `${block.provider}: `), leaf(h('span'), block.text));
  }
}

/** The clean article as it reads, with quotes and money highlighted. */
export function renderArticle(container: HTMLElement, result: ParsedArticle): void {
  const marks = marksOf(result);
  const locator = new TextLocator(result.text);
  container.replaceChildren();
  if (result.language) container.lang = result.language;
  else container.removeAttribute('lang');
  if (result.title) container.append(h('h3', { class: 'headline' }, result.title));
  const first = result.blocks[0];
  const leadIsDescription = first?.type === 'paragraph' && first.text.trim() === result.description?.trim();
  if (result.description && !leadIsDescription) container.append(h('p', { class: 'standfirst' }, result.description));
  if (result.blocks.length === 0) {
    container.append(h('p', { class: 'empty' }, 'No article text was found on this page.'));
  }
  for (const block of result.blocks) container.append(blockElement(block, locator, marks, result));
}

/** Every text of the article as kept, for marking the original page. */
export function keptTexts(result: ParsedArticle): string[] {
  const out: string[] = [];
  for (const block of result.blocks) {
    switch (block.type) {
      case 'list':
        for (const item of block.items) out.push(item.text);
        break;
      case 'table':
        for (const row of block.rows) out.push(...row);
        break;
      case 'figure':
        if (block.caption) out.push(block.caption);
        break;
      default:
        out.push(block.text);
    }
  }
  return out;
}
