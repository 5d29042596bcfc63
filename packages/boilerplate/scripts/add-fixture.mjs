#!/usr/bin/env node
// Add a fixture page: copies an HTML file to test/fixtures/<slug>/page.html and writes an
// expected.json to edit by hand (what the text must keep and drop).
//
// usage: node scripts/add-fixture.mjs <slug> <page.html> [url]
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [slug, source, url] = process.argv.slice(2);
if (!slug || !source) {
  console.error('usage: node scripts/add-fixture.mjs <slug> <page.html> [url]');
  process.exit(2);
}
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', slug);
if (existsSync(dir)) {
  console.error(`${dir} exists already`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
copyFileSync(source, join(dir, 'page.html'));
const expected = {
  ...(url ? { url } : {}),
  mustContain: ['<a sentence of the article>'],
  mustNotContain: ['<furniture text>'],
};
writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`added ${dir}: edit expected.json, then run pnpm test`);
