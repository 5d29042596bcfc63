import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import ts from 'typescript';

/** Node-only globals a library must not touch (browsers and edge runtimes lack them). */
export const NODE_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  'global',
  '__dirname',
  '__filename',
  'setImmediate',
];

/** Test and type-test files: not library code. */
const TEST_FILE = /\.(test|test-prop|test-d|bench)\.tsx?$/;

const BUILTINS = new Set(builtinModules);

/** Is `specifier` a Node built-in module (`node:fs`, `fs`, `fs/promises`)? */
export function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '');
}

/** Every non-test `.ts` file under `dir`. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry) && !TEST_FILE.test(entry)) out.push(path);
  }
  return out;
}

/**
 * The package's own source files reachable from `entry` (imports of other packages not followed):
 * the library code, as opposed to e.g. a CLI that only the `bin` entry reaches.
 */
export async function reachableFiles(packageDir: string, entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [join(packageDir, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
    absWorkingDir: packageDir,
  });
  return new Set(Object.keys(result.metafile.inputs).map((f) => join(packageDir, f)));
}

/** Is this identifier a reference to a free variable (not a property name or a declaration)? */
function isReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isBindingElement(parent) ||
      ts.isEnumMember(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent)) &&
    parent.name === node
  ) {
    return false;
  }
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isTypeReferenceNode(parent)) return false;
  return true;
}

/** The places in one file that tie it to Node: `file:line: what`. */
export function nodeUsages(file: string, root: string): string[] {
  return nodeUsagesIn(readFileSync(file, 'utf8'), relative(root, file));
}

/** The places in TypeScript source `text` (named `name` in messages) that tie it to Node. */
export function nodeUsagesIn(text: string, name: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${name}:${line + 1}: ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const spec = (node.moduleSpecifier as ts.StringLiteral).text;
      if (isNodeBuiltin(spec)) at(node, `imports '${spec}'`);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      const dynamic = callee.kind === ts.SyntaxKind.ImportKeyword;
      const required = ts.isIdentifier(callee) && callee.text === 'require';
      if ((dynamic || required) && isNodeBuiltin(node.arguments[0].text)) at(node, `loads '${node.arguments[0].text}'`);
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.includes(node.text) && isReference(node)) {
      at(node, `uses the Node global '${node.text}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
