import ts from 'typescript';

/**
 * The marker of a runnable README example: a fenced code block whose info string is the
 * language followed by the word `example`, e.g. ```` ```ts example ```` or ```` ```js example ````.
 * Documented in CONTRIBUTING.md.
 */
export const EXAMPLE_FENCE = /^(`{3,}|~{3,})[ \t]*(ts|js|typescript|javascript|mjs|cjs|mts|cts)[ \t]+example\b.*$/;

/** One runnable example found in a README. */
export interface ReadmeExample {
  /** 1-based line of the opening fence in the README. */
  line: number;
  lang: 'ts' | 'js';
  /** `cjs` when the code `require()`s and has no `import`/`export` statement (or the fence says `cjs`/`cts`). */
  format: 'esm' | 'cjs';
  code: string;
}

/** One `// =>` output comment and the statement whose value it shows. */
export interface OutputCheck {
  /** 1-based line of the comment inside the example. */
  line: number;
  /** The shown output, a JavaScript expression (`// =>` text plus continuation comment lines). */
  expected: string;
}

/** Every block marked as a runnable example, in README order. */
export function extractExamples(markdown: string): ReadmeExample[] {
  const lines = markdown.split(/\r?\n/);
  const examples: ReadmeExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = EXAMPLE_FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const tag = open[2] ?? 'js';
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence)) body.push(lines[j++] ?? '');
    const code = body.join('\n');
    const lang = /^(ts|typescript|mts|cts)$/.test(tag) ? 'ts' : 'js';
    const hasEsmSyntax = /^\s*(import|export)\s/m.test(code);
    const format = tag === 'cjs' || tag === 'cts' || (!hasEsmSyntax && /\brequire\s*\(/.test(code)) ? 'cjs' : 'esm';
    examples.push({ line: i + 1, lang, format, code });
    i = j;
  }
  return examples;
}

/** The value a statement shows: `console.log(x)` -> x, `expr;` -> expr, `const a = expr` -> expr. */
function shownExpression(statement: ts.Statement): ts.Expression | null {
  if (ts.isExpressionStatement(statement)) {
    const e = statement.expression;
    if (
      ts.isCallExpression(e) &&
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.getText() === 'console.log' &&
      e.arguments.length === 1
    ) {
      return e.arguments[0] ?? null;
    }
    return e;
  }
  if (ts.isVariableStatement(statement)) {
    const last = statement.declarationList.declarations.at(-1);
    return last?.initializer ?? null;
  }
  return null;
}

/**
 * Rewrites an example so each statement shown with a `// =>` comment hands its value to
 * `__capture(index, value)` (which returns it, so the example runs unchanged). A `// =>` comment
 * after code on the same line shows that line's statement; on a line of its own, the statement
 * just before it. Continuation lines (`//` comments right after) extend the shown value.
 * Only top-level statements can be shown. Throws when a `// =>` has no statement to show.
 */
export function instrument(example: ReadmeExample): { code: string; checks: OutputCheck[] } {
  const source = ts.createSourceFile(
    `example.${example.lang}`,
    example.code,
    ts.ScriptTarget.Latest,
    true,
    example.lang === 'ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const lines = example.code.split('\n');
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const checks: OutputCheck[] = [];
  const edits: { start: number; end: number; index: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const at = text.indexOf('// =>');
    if (at < 0) continue;
    const parts = [text.slice(at + 5).trim()];
    while (i + 1 < lines.length && /^\s*\/\/(?!\s*=>)/.test(lines[i + 1] ?? '')) {
      parts.push((lines[++i] ?? '').replace(/^\s*\/\/ ?/, ''));
    }
    const commentLine = i - parts.length + 1;
    const sameLine = text.slice(0, at).trim() !== '';
    const statement = sameLine
      ? source.statements.find((s) => lineOf(s.getStart(source)) <= commentLine && lineOf(s.end) >= commentLine)
      : [...source.statements].reverse().find((s) => lineOf(s.end) < commentLine);
    const expression = statement && shownExpression(statement);
    if (!expression) {
      throw new Error(
        `line ${commentLine + 1}: "// =>" must follow a top-level expression, console.log(value) or const declaration`,
      );
    }
    edits.push({ start: expression.getStart(source), end: expression.end, index: checks.length });
    checks.push({ line: commentLine + 1, expected: parts.join('\n').trim() });
  }
  let code = example.code;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    code = `${code.slice(0, edit.start)}__capture(${edit.index}, (${code.slice(edit.start, edit.end)}))${code.slice(edit.end)}`;
  }
  return { code, checks };
}

/** JS source of the value serialiser shared by both preludes (errors and `undefined` survive JSON). */
const SERIALISE = `(values) => JSON.stringify(values, (_key, value) => {
  if (value instanceof Error) return { name: value.name, message: value.message, ...value };
  if (value === undefined) return { $undefined: true };
  if (typeof value === 'bigint') return { $bigint: String(value) };
  return value;
})`;

/**
 * A runnable module: the instrumented example plus a prelude that writes the captured values
 * as JSON to `outFile` when the process exits. TypeScript is transpiled (types stripped).
 */
export function runnableModule(example: ReadmeExample, outFile: string): { code: string; checks: OutputCheck[] } {
  const { code, checks } = instrument(example);
  const prelude =
    example.format === 'esm'
      ? `import { writeFileSync as __writeFileSync } from 'node:fs';\n`
      : `const { writeFileSync: __writeFileSync } = require('node:fs');\n`;
  const capture = `const __captured = {};
const __capture = (index, value) => { __captured[index] = value; return value; };
process.on('exit', () => __writeFileSync(${JSON.stringify(outFile)}, (${SERIALISE})(__captured)));
`;
  let body = `${prelude}${capture}${code}\n`;
  if (example.lang === 'ts') {
    body = ts.transpileModule(body, {
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: example.format === 'esm' ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
        verbatimModuleSyntax: false,
      },
    }).outputText;
  }
  return { code: body, checks };
}

/** Turns `{ $undefined: true }` markers back into `undefined`. */
export function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object') {
    if ((value as Record<string, unknown>).$undefined === true) return undefined;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
  }
  return value;
}
