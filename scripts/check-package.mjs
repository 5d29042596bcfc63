#!/usr/bin/env node
// Checks a published package the way users get it: packs it with pnpm (so `publishConfig` and
// `files` apply), then runs publint and @arethetypeswrong/cli on the tarball. Exits non-zero on
// any error. Run from a package folder: `node ../../scripts/check-package.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'pressroom-pack-'));
try {
  execFileSync('pnpm', ['pack', '--pack-destination', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball in ${dir}`);
  const path = join(dir, tarball);
  console.log(`checking ${tarball}`);
  run('publint', ['run', path, '--strict']);
  run('attw', [path, '--format', 'table-flipped', '--no-emoji']);
} catch (error) {
  console.error(`package check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
