import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { htmlToBlockText } from './html-text';

const require = createRequire(import.meta.url);

/** The installed version of a package, read from its package.json even when `exports` hides it. */
export function versionOf(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === pkg) return manifest.version;
    } catch {
      // no package.json at this level
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

/** What a peer gives for one page: the article as it hands it over, and its author field. */
export interface PeerOutput {
  /** The article text, or the article HTML when the peer gives HTML (see `textOf`). */
  raw: string | null;
  /** The peer's byline / author field, as it gives it (no cleaning). */
  byline: string | null;
  /** Title, for reference. */
  title: string | null;
}

/** A peer extractor: the call that is timed, and how its output becomes text (not timed). */
export interface Peer {
  name: string;
  version: string;
  extract(html: string, url: string): Promise<PeerOutput> | PeerOutput;
  /** Turns `raw` into plain text for scoring; runs outside the timed region. */
  textOf(output: PeerOutput): string;
}

const silent = new VirtualConsole();

/** @mozilla/readability on jsdom, the reference setup; `textContent` as users get it. */
export const readabilityJsdom: Peer = {
  name: 'readability (jsdom)',
  version: `@mozilla/readability ${versionOf('@mozilla/readability')} + jsdom ${versionOf('jsdom')}`,
  extract(html, url) {
    const dom = new JSDOM(html, { url, virtualConsole: silent });
    try {
      const r = new Readability(dom.window.document).parse();
      return { raw: r?.textContent ?? null, byline: r?.byline ?? null, title: r?.title ?? null };
    } finally {
      dom.window.close();
    }
  },
  textOf: (o) => o.raw ?? '',
};

/** @mozilla/readability on linkedom: the fastest DOM Readability runs on in Node. */
export const readabilityLinkedom: Peer = {
  name: 'readability (linkedom)',
  version: `@mozilla/readability ${versionOf('@mozilla/readability')} + linkedom ${versionOf('linkedom')}`,
  extract(html) {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    return { raw: r?.textContent ?? null, byline: r?.byline ?? null, title: r?.title ?? null };
  },
  textOf: (o) => o.raw ?? '',
};

/** @extractus/article-extractor (Readability + linkedom + its own cleaning); HTML content. */
export const articleExtractor: Peer = {
  name: 'article-extractor',
  version: `@extractus/article-extractor ${versionOf('@extractus/article-extractor')}`,
  async extract(html, url) {
    const { extractFromHtml } = await import('@extractus/article-extractor');
    const r = await extractFromHtml(html, url);
    return { raw: r?.content ?? null, byline: r?.author ?? null, title: r?.title ?? null };
  },
  textOf: (o) => htmlToBlockText(o.raw),
};

interface PostlightResult {
  content?: string | null;
  author?: string | null;
  title?: string | null;
}
let postlight: { parse(url: string, opts: object): Promise<PostlightResult> } | undefined;

/** @postlight/parser (formerly Mercury), with `fetchAllPages: false` so it never fetches. */
export const postlightParser: Peer = {
  name: 'postlight parser',
  version: `@postlight/parser ${versionOf('@postlight/parser')}`,
  async extract(html, url) {
    postlight ??= require('@postlight/parser') as typeof postlight;
    const r = await postlight!.parse(url, { html, fetchAllPages: false });
    return { raw: r?.content ?? null, byline: r?.author ?? null, title: r?.title ?? null };
  },
  textOf: (o) => htmlToBlockText(o.raw),
};

/** Every peer, in the order the tables show them. */
export const peers: Peer[] = [readabilityJsdom, readabilityLinkedom, articleExtractor, postlightParser];
