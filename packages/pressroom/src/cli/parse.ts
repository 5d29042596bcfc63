import { readFile } from 'node:fs/promises';
import { PressroomError } from '@pressroom/core';
import { type ParsedArticle, parseArticle } from '../index';
import { decodeHtml } from '../io/charset';
import { fetchPage } from '../io/fetch';
import { HTTP_URL } from '../patterns';
import { pickFields } from './fields';

/** Output formats of `pressroom parse`. */
export type OutputFormat = 'json' | 'markdown' | 'text';

/** Options of {@link runParse}, from `pressroom parse`. */
export interface ParseCommandOptions {
  input: string;
  format: OutputFormat;
  fields: string[] | null;
  url: string | null;
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  stdin: NodeJS.ReadableStream;
}

/** Where a page came from and its text. */
interface Loaded {
  html: string;
  url: string | null;
  warnings: string[];
}

function tooLarge(what: string, size: number, max: number): PressroomError {
  return new PressroomError(
    'PRESSROOM_INPUT_TOO_LARGE',
    `${what} is ${size.toLocaleString('en')} bytes, over --max-bytes ${max.toLocaleString('en')}. Raise --max-bytes to parse it.`,
  );
}

async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw tooLarge('stdin', size, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Reads the page named on the command line: a URL (fetched), `-` (stdin) or a file. */
export async function loadPage(options: ParseCommandOptions): Promise<Loaded> {
  if (HTTP_URL.test(options.input)) {
    const page = await fetchPage(options.input, {
      timeoutMs: options.timeoutMs,
      maxBytes: options.maxBytes,
      allowPrivate: options.allowPrivate,
    });
    return { html: page.html, url: options.url ?? page.url, warnings: page.warnings };
  }
  let bytes: Uint8Array;
  if (options.input === '-') bytes = await readStdin(options.stdin, options.maxBytes);
  else {
    try {
      bytes = await readFile(options.input);
    } catch (error) {
      throw new PressroomError(
        'PRESSROOM_INVALID_INPUT',
        `Cannot read ${options.input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Give an HTML file, an http(s) URL, or - for stdin.`,
        { cause: error },
      );
    }
    if (bytes.byteLength > options.maxBytes) throw tooLarge(options.input, bytes.byteLength, options.maxBytes);
  }
  const decoded = decodeHtml(bytes);
  return { html: decoded.html, url: options.url, warnings: decoded.warning ? [decoded.warning] : [] };
}

/**
 * Renders a parsed page as Markdown: the title, a line of who/when/where, the article, then
 * the quotes and the money found.
 *
 * @example
 * toMarkdown(parseArticle(html, { url })); // '# Title\n\n_By Jane Doe · 2026-01-12 · iTnews_\n\n...'
 */
export function toMarkdown(result: ParsedArticle): string {
  const parts: string[] = [];
  if (result.title) parts.push(`# ${result.title}`);
  const meta = [
    result.byline.authors.length ? `By ${result.byline.authors.map((a) => a.name).join(', ')}` : null,
    result.publishedAt,
    result.siteName,
    result.url,
  ].filter((m): m is string => Boolean(m));
  if (meta.length) parts.push(`_${meta.join(' · ')}_`);
  const body = result.markdown.trim();
  if (body) parts.push(body);
  if (result.quotes.length) {
    parts.push(
      '## Quotes',
      result.quotes.map((q) => `- ${q.speaker ? `**${q.speaker.name}**` : '_unknown_'}: "${q.text}"`).join('\n'),
    );
  }
  if (result.money.length) {
    parts.push(
      '## Money',
      result.money
        .map(
          (m) =>
            `- ${m.text}: ${m.currency ?? '?'} ${typeof m.value === 'number' ? m.value : `${m.value.min}-${m.value.max}`}`,
        )
        .join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/**
 * Renders a parsed page as plain text: the title, a blank line, the article text.
 *
 * @example
 * toText(parseArticle(html)); // 'Title\n\nFirst paragraph...\n'
 */
export function toText(result: ParsedArticle): string {
  return `${result.title ? `${result.title}\n\n` : ''}${result.text}\n`;
}

/**
 * Runs `pressroom parse`: returns what to print on stdout. Errors while reading or fetching the
 * input go through `onInputError` (so the CLI can tell them from parse failures); parse
 * failures throw PressroomError.
 */
export async function runParse(
  options: ParseCommandOptions,
  onInputError: (error: unknown) => Error = (e) => e as Error,
): Promise<string> {
  const page = await loadPage(options).catch((error: unknown) => {
    throw onInputError(error);
  });
  const result = parseArticle(page.html, {
    ...(page.url ? { url: page.url } : {}),
    timeoutMs: options.timeoutMs,
    onTimeout: 'throw',
  });
  if (page.warnings.length) result.warnings = [...page.warnings, ...result.warnings];
  if (options.format === 'markdown') return toMarkdown(result);
  if (options.format === 'text') return toText(result);
  const record = result as unknown as Record<string, unknown>;
  const unknown = (options.fields ?? []).filter((f) => !(f in record));
  if (unknown.length) {
    throw new PressroomError(
      'PRESSROOM_INVALID_OPTION',
      `--fields: no field ${unknown.map((f) => `"${f}"`).join(', ')}. Fields are: ${Object.keys(record).join(', ')}.`,
    );
  }
  return `${JSON.stringify(pickFields(record, options.fields), null, 2)}\n`;
}
