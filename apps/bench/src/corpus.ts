import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page of the article-extraction corpus, decompressed. */
export interface Page {
  id: string;
  url: string;
  html: string;
  /** The true article body. */
  truth: string;
}

/** Loads the 181 pages (gunzipped, decoded as UTF-8) with their ground truth. */
export function loadExtractionCorpus(benchDir: string): Page[] {
  const dir = join(benchDir, 'article-extraction');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.entries(truth).map(([id, t]) => ({
    id,
    url: t.url ?? `https://example.com/${id}`,
    truth: t.articleBody ?? '',
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}
