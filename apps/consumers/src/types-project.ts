import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { run } from './exec';

/** The two ways a TypeScript consumer resolves packages. */
export type Resolution = 'node16' | 'bundler';

/**
 * Compiler options of a careful consumer: strict, with `skipLibCheck` as most projects have it
 * (our own `.d.ts` files are checked without it by {@link probeDeclarations}). The node16
 * project is a Node app (with `@types/node`); the bundler one a browser app (DOM, no Node types).
 */
const STRICT = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  skipLibCheck: true,
  noEmit: true,
  target: 'ES2022',
  types: [],
};

/** File names of package `name`'s type check in `resolution` (node16 checks ESM `.mts` and CJS `.cts`). */
export function typeFiles(name: string, resolution: Resolution): string[] {
  const base = name.replace(/[@/]/g, '_');
  return resolution === 'node16' ? [`node16/${base}.mts`, `node16/${base}.cts`] : [`bundler/${base}.ts`];
}

/** Writes every package's type check file and both tsconfigs into the TS project. */
export function writeTypeProject(dir: string, sources: Record<string, string>): void {
  mkdirSync(join(dir, 'node16'), { recursive: true });
  mkdirSync(join(dir, 'bundler'), { recursive: true });
  for (const [name, source] of Object.entries(sources)) {
    for (const resolution of ['node16', 'bundler'] as const) {
      for (const file of typeFiles(name, resolution)) writeFileSync(join(dir, file), source);
    }
  }
  const tsconfig = (compilerOptions: object, include: string[]) =>
    `${JSON.stringify({ compilerOptions: { ...STRICT, ...compilerOptions }, include }, null, 2)}\n`;
  writeFileSync(
    join(dir, 'tsconfig.node16.json'),
    tsconfig({ module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], types: ['node'] }, ['node16']),
  );
  writeFileSync(
    join(dir, 'tsconfig.bundler.json'),
    tsconfig({ module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'] }, ['bundler']),
  );
}

/** Runs the project's own `tsc --noEmit -p tsconfig.<resolution>.json`; returns its diagnostics by file. */
export async function typeCheck(
  dir: string,
  resolution: Resolution,
): Promise<{ code: number | null; output: string; byFile: Map<string, string[]> }> {
  const tsc = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await run('node', [tsc, '--noEmit', '--pretty', 'false', '-p', `tsconfig.${resolution}.json`], {
    cwd: dir,
    timeoutMs: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  const byFile = new Map<string, string[]>();
  for (const line of output.split('\n')) {
    const match = /^(.+?)\(\d+,\d+\): error/.exec(line);
    if (!match?.[1]) continue;
    byFile.set(match[1], [...(byFile.get(match[1]) ?? []), line]);
  }
  return { code: result.code, output, byFile };
}

/** What the published declarations of each package say, read with the consumer's own TypeScript. */
export interface DeclarationProbe {
  /** Package name -> its type-only exports (interfaces, type aliases), sorted. */
  typeExports: Record<string, string[]>;
  /** Package name -> errors inside its own published `.d.ts` / `.d.cts` files. */
  errors: Record<string, string[]>;
}

/**
 * Loads every package's ESM and CJS type entry (node16 resolution, `@types/node` present) in one
 * program, lists each package's type-only exports, and type-checks only the package's own
 * declaration files (not the whole of its dependencies' types, which is slow and not ours).
 */
export function probeDeclarations(projectDir: string, names: string[]): DeclarationProbe {
  const require = createRequire(join(projectDir, 'package.json'));
  const ts = require('typescript') as typeof import('typescript');
  const probeDir = join(projectDir, 'probe');
  mkdirSync(probeDir, { recursive: true });
  const roots = new Map<string, { esm: string; cjs: string }>();
  for (const name of names) {
    const base = join(probeDir, name.replace(/[@/]/g, '_'));
    writeFileSync(`${base}.mts`, `export * from '${name}';\n`);
    writeFileSync(`${base}.cts`, `export * from '${name}';\n`);
    roots.set(name, { esm: `${base}.mts`, cjs: `${base}.cts` });
  }
  const program = ts.createProgram(
    [...roots.values()].flatMap((r) => [r.esm, r.cjs]),
    {
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      types: ['node'],
    },
  );
  const checker = program.getTypeChecker();
  const typeExports: Record<string, string[]> = {};
  const errors: Record<string, string[]> = {};
  for (const [name, root] of roots) {
    const source = program.getSourceFile(root.esm);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`cannot read the declarations of ${name}`);
    typeExports[name] = checker
      .getExportsOfModule(symbol)
      .filter((exported) => {
        const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        return !(target.flags & ts.SymbolFlags.Value);
      })
      .map((e) => e.getName())
      .sort();
    const own = `/node_modules/${name}/`;
    errors[name] = program
      .getSourceFiles()
      .filter((f) => f.fileName.includes(own))
      .flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])
      .map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
        const file = d.file ? d.file.fileName.slice(d.file.fileName.indexOf('node_modules/')) : '';
        return `${file}${where ? `(${where.line + 1},${where.character + 1})` : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  }
  return { typeExports, errors };
}
