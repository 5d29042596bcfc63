import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, type RunResult, run } from './exec';

/** One step of the release rehearsal and what it gave. */
export interface ReleaseStep {
  step: string;
  command: string;
  result: RunResult;
}

/** What the rehearsal found. */
export interface ReleaseRehearsal {
  steps: ReleaseStep[];
  /** Published packages (name -> version) before and after `changeset version`. */
  before: Record<string, string>;
  after: Record<string, string>;
  /** Changeset files left in `.changeset/` after versioning (should be none). */
  leftoverChangesets: string[];
  /** Packages with a CHANGELOG.md after versioning. */
  changelogs: string[];
}

function versions(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const dir = join(root, 'packages');
  if (!existsSync(dir)) return out;
  for (const folder of readdirSync(dir)) {
    const file = join(dir, folder, 'package.json');
    if (!existsSync(file)) continue;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name: string; version: string; private?: boolean };
    if (!manifest.private) out[manifest.name] = manifest.version;
  }
  return out;
}

/**
 * Copies each published package's `dist/` from the work tree into the clone: the build turbo ran
 * before these tests (`dependsOn: ["^build"]`), which on CI is the build of the same commit.
 * Building again in the clone would double the time of the suite for the same files.
 */
function copyBuilds(repo: string, clone: string): RunResult {
  const started = Date.now();
  const copied: string[] = [];
  const missing: string[] = [];
  for (const folder of readdirSync(join(clone, 'packages'))) {
    const manifest = join(clone, 'packages', folder, 'package.json');
    if (!existsSync(manifest) || (JSON.parse(readFileSync(manifest, 'utf8')) as { private?: boolean }).private)
      continue;
    const dist = join(repo, 'packages', folder, 'dist');
    if (!existsSync(dist)) {
      missing.push(folder);
      continue;
    }
    cpSync(dist, join(clone, 'packages', folder, 'dist'), { recursive: true });
    copied.push(folder);
  }
  return {
    code: missing.length ? 1 : 0,
    stdout: `copied dist/ of ${copied.join(', ')}`,
    stderr: missing.length ? `not built in the work tree: ${missing.join(', ')}` : '',
    ms: Date.now() - started,
  };
}

/**
 * Rehearses a release in a throwaway clone of the repository's committed state (the work tree is
 * never touched): install, the packages' builds, `changeset version`, `pnpm publish -r --dry-run`.
 * Stops at the first failing step.
 */
export async function rehearseRelease(repo: string): Promise<ReleaseRehearsal> {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-release-'));
  const clone = join(root, 'repo');
  const env = cleanEnv({ TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' });
  const steps: ReleaseStep[] = [];
  const plan: [string, string, string[], string][] = [
    ['clone', 'git', ['clone', '--quiet', '--no-hardlinks', repo, clone], root],
    ['install', 'pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], clone],
    ['build', 'copy', [], clone],
    ['version', 'pnpm', ['changeset', 'version'], clone],
    ['publish', 'pnpm', ['publish', '-r', '--dry-run', '--no-git-checks'], clone],
  ];
  let before: Record<string, string> = {};
  try {
    for (const [step, cmd, args, cwd] of plan) {
      if (step === 'version') before = versions(clone);
      const result = cmd === 'copy' ? copyBuilds(repo, clone) : await run(cmd, args, { cwd, env, timeoutMs: 240_000 });
      steps.push({
        step,
        command: cmd === 'copy' ? 'copy packages/*/dist from the work tree' : `${cmd} ${args.join(' ')}`,
        result,
      });
      if (result.code !== 0) break;
    }
    const changesetDir = join(clone, '.changeset');
    return {
      steps,
      before,
      after: versions(clone),
      leftoverChangesets: existsSync(changesetDir)
        ? readdirSync(changesetDir).filter((f) => f.endsWith('.md') && f !== 'README.md')
        : [],
      changelogs: Object.keys(versions(clone)).filter((name) =>
        existsSync(join(clone, 'packages', name.replace(/^@pressroom\//, ''), 'CHANGELOG.md')),
      ),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
