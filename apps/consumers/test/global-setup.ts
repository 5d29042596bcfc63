import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { type ConsumerProject, createProject, type PackedPackage, packAll } from '../src/install';
import { type PublishedPackage, publishedPackages } from '../src/workspace';

/** What the global setup hands every test file (through vitest's `provide` / `inject`). */
export interface ConsumerState {
  /** Temporary folder outside the workspace holding tarballs and projects. */
  root: string;
  packages: PackedPackage[];
  /** npm project with the tarballs: ESM / CJS scripts, README examples, bundles. */
  node: ConsumerProject;
  /** npm project with the tarballs and typescript 5.9.3: the type checks. */
  ts: ConsumerProject;
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumers: ConsumerState;
  }
}

/** TypeScript as a consumer installs it (the version the workspace uses), and Node's types for the node16 app. */
export const CONSUMER_TYPESCRIPT = ['typescript@5.9.3', '@types/node@^20.19.0'];

/**
 * `PRESSROOM_CONSUMERS=byline,quotes` (folder or npm names) narrows the run to those packages and
 * the workspace packages they depend on: a quicker loop while working on one package.
 */
function selected(all: PublishedPackage[]): PublishedPackage[] {
  const wanted = process.env.PRESSROOM_CONSUMERS?.split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  if (!wanted?.length) return all;
  const keep = new Set(all.filter((p) => wanted.includes(p.folder) || wanted.includes(p.name)).map((p) => p.name));
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all.filter((x) => keep.has(x.name))) {
      for (const dep of p.internalDeps) if (!keep.has(dep)) grew = Boolean(keep.add(dep));
    }
  }
  return all.filter((p) => keep.has(p.name));
}

/** Packs every published package once and installs the tarballs into two fresh npm projects. */
export default async function setup(project: TestProject): Promise<() => void> {
  const started = Date.now();
  const root = mkdtempSync(join(tmpdir(), 'pressroom-consumers-'));
  const packages = await packAll(selected(publishedPackages()), join(root, 'tarballs'));
  const packedAt = Date.now();
  const [node, ts] = await Promise.all([
    createProject(join(root, 'node-app'), 'consumer-node', packages),
    createProject(join(root, 'ts-app'), 'consumer-ts', packages, CONSUMER_TYPESCRIPT),
  ]);
  console.log(
    `consumers: packed ${packages.filter((p) => p.tarball).length}/${packages.length} packages in ` +
      `${packedAt - started} ms; npm install ${node.ms} ms (node-app), ${ts.ms} ms (ts-app); in ${root}`,
  );
  project.provide('consumers', { root, packages, node, ts });
  return () => {
    if (process.env.PRESSROOM_KEEP_CONSUMERS) console.log(`consumers: kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  };
}
