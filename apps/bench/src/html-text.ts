import { parseHTML } from 'linkedom';

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TD TH TR UL'.split(
    ' ',
  ),
);

/**
 * Text of an HTML fragment with a blank line at every block boundary, so that words of adjacent
 * paragraphs are not glued together. Used on the peers' HTML output, outside the timed region.
 */
export function htmlToBlockText(html: string | null | undefined): string {
  if (!html) return '';
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  const stack: Node[] = [document.body];
  const closers = new WeakSet<Node>();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (closers.has(node)) {
      out.push('\n\n');
      continue;
    }
    if (node.nodeType === 3) {
      out.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE') continue;
    if (BLOCK.has(tag)) {
      out.push('\n\n');
      const closer = {} as Node;
      closers.add(closer);
      stack.push(closer);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n\s*\n\s*/g, '\n\n')
    .trim();
}
