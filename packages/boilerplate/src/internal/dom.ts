import type { AnyNode, Element, ParentNode } from 'domhandler';
import { CLASS_TOKEN_SEPARATOR, WHITESPACE_RUN } from '../patterns';

/** Is `node` an element (tags, `<script>` and `<style>` alike)? */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Attribute value, or `''`. */
export function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Lower-cased `class` and `id` joined, the string class/id rules match against. */
export function classAndId(el: Element): string {
  const c = el.attribs.class;
  const i = el.attribs.id;
  if (c === undefined) return i === undefined ? '' : i.toLowerCase();
  return (i === undefined ? c : `${c} ${i}`).toLowerCase();
}

/** Lower-cased class/id tokens. */
export function classTokens(el: Element): string[] {
  const s = classAndId(el);
  return s === '' ? [] : s.split(CLASS_TOKEN_SEPARATOR);
}

/** Collapse whitespace runs and trim. */
export function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Depth-first, document-order walk without recursion. `visit` returns `false` to skip an
 * element's children.
 */
export function walk(root: ParentNode, visit: (node: AnyNode) => boolean | undefined): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    if (isElement(node) || node.type === 'root') {
      const kids = (node as ParentNode).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
}

/** Collapsed text of a subtree, skipping nodes for which `skip` is true. */
export function textOf(root: AnyNode, skip?: (node: AnyNode) => boolean): string {
  if (root.type === 'text') return collapse(root.data);
  if (!isElement(root) && root.type !== 'root') return '';
  const parts: string[] = [];
  walk(root as ParentNode, (node) => {
    if (skip?.(node)) return false;
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node) && (node.name === 'br' || node.name === 'p' || node.name === 'div')) parts.push(' ');
    return undefined;
  });
  return collapse(parts.join(''));
}

/** First element in document order that satisfies `test`, or null. */
export function findFirst(root: ParentNode, test: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  walk(root, (node) => {
    if (found) return false;
    if (isElement(node) && test(node)) {
      found = node;
      return false;
    }
    return undefined;
  });
  return found;
}

/** All elements in document order that satisfy `test` (not descending into matches when `deep` is false). */
export function findAll(root: ParentNode, test: (el: Element) => boolean, deep = true): Element[] {
  const out: Element[] = [];
  walk(root, (node) => {
    if (isElement(node) && test(node)) {
      out.push(node);
      if (!deep) return false;
    }
    return undefined;
  });
  return out;
}

/** Is `ancestor` an ancestor of (or the same as) `node`? */
export function contains(ancestor: AnyNode, node: AnyNode): boolean {
  let cur: AnyNode | null = node;
  while (cur) {
    if (cur === ancestor) return true;
    cur = cur.parent;
  }
  return false;
}
