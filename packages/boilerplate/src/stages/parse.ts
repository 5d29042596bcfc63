import { load } from 'cheerio/slim';
import type { Document, Element } from 'domhandler';
import type { Context } from '../context';
import { prepareMarkup } from '../internal/depth';
import { isElement } from '../internal/dom';

/** Deepest nesting parsed as is; deeper tags are dropped (text kept) before parsing. */
const MAX_NESTING = 1000;

/**
 * Parse the HTML once with cheerio (htmlparser2) and find `<body>`. Nothing is ever written
 * back to the tree: later stages keep their findings in the context.
 */
export function parseDocument(ctx: Context): void {
  const { html, flattened } = prepareMarkup(ctx.html, MAX_NESTING);
  if (flattened) ctx.warnings.push(`Elements nested deeper than ${MAX_NESTING} levels were flattened.`);
  const $ = load(html, { xml: false });
  const document = $.root()[0] as unknown as Document;
  ctx.document = document;
  ctx.body = findBody(document);
  if (!ctx.body) ctx.warnings.push('The page has no <body> element; the whole document was read.');
}

function findBody(document: Document): Element | null {
  // <html> is usually the first element; look two levels down, never deep.
  for (const node of document.children) {
    if (!isElement(node)) continue;
    if (node.name === 'body') return node;
    if (node.name === 'html') {
      for (const child of node.children) if (isElement(child) && child.name === 'body') return child;
    }
  }
  return null;
}
