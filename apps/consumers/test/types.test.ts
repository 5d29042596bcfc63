import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checks } from '../src/checks';
import { extractExamples } from '../src/readme-examples';
import {
  type DeclarationProbe,
  probeDeclarations,
  type Resolution,
  typeCheck,
  typeFiles,
  writeTypeProject,
} from '../src/types-project';
import { appDir } from '../src/workspace';

const state = inject('consumers');
const packed = state.packages.filter((p) => p.tarball && checks[p.name]);
let results: Record<Resolution, Awaited<ReturnType<typeof typeCheck>>>;
let probe: DeclarationProbe;

/** The TypeScript README examples (and the runner's fixture README), type-checked in the node16 project. */
const readmeSources = [
  { slug: 'fixture', file: join(appDir, 'test', 'fixtures', 'readme.md') },
  ...packed.map((p) => ({ slug: p.folder, file: join(p.dir, 'README.md') })),
].flatMap(({ slug, file }) =>
  existsSync(file)
    ? extractExamples(readFileSync(file, 'utf8'))
        .filter((e) => e.lang === 'ts')
        .map((e) => ({
          label: `${slug} README line ${e.line}`,
          file: `node16/readme-${slug}-line${e.line}.${e.format === 'esm' ? 'mts' : 'cts'}`,
          code: e.code,
        }))
    : [],
);

beforeAll(async () => {
  if (state.ts.error) throw new Error(`the TypeScript project did not install:\n${state.ts.error}`);
  writeTypeProject(state.ts.dir, Object.fromEntries(packed.map((p) => [p.name, checks[p.name]?.types ?? ''])));
  for (const example of readmeSources) writeFileSync(join(state.ts.dir, example.file), example.code);
  const checking = Promise.all([typeCheck(state.ts.dir, 'node16'), typeCheck(state.ts.dir, 'bundler')]);
  probe = probeDeclarations(
    state.ts.dir,
    packed.map((p) => p.name),
  );
  const [node16, bundler] = await checking;
  results = { node16, bundler };
});

describe.each(packed)('$name types from its tarball (typescript 5.9.3, strict)', (pkg) => {
  it.each(['node16', 'bundler'] as const)('type-checks with moduleResolution %s', (resolution) => {
    const errors = typeFiles(pkg.name, resolution).flatMap((f) => results[resolution].byFile.get(f) ?? []);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('its published .d.ts and .d.cts files have no type errors (node16, strict, @types/node)', () => {
    const errors = probe.errors[pkg.name] ?? [];
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the type check uses every type the package exports', () => {
    const source = checks[pkg.name]?.types ?? '';
    const missing = (probe.typeExports[pkg.name] ?? []).filter((t) => !new RegExp(`\\b${t}\\b`).test(source));
    expect(missing, `use these types in the '${pkg.name}' entry of src/checks.ts`).toEqual([]);
  });
});

describe('TypeScript README examples (node16, strict)', () => {
  it.each(readmeSources)('$label type-checks', ({ file }) => {
    const errors = results.node16.byFile.get(file) ?? [];
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('the TypeScript projects as a whole', () => {
  it.each(['node16', 'bundler'] as const)('%s: tsc reports no errors outside the per-package files', (res) => {
    const own = new Set([...packed.flatMap((p) => typeFiles(p.name, res)), ...readmeSources.map((e) => e.file)]);
    const elsewhere = [...results[res].byFile].filter(([file]) => !own.has(file)).flatMap(([, lines]) => lines);
    expect(elsewhere, elsewhere.join('\n')).toEqual([]);
  });
});
