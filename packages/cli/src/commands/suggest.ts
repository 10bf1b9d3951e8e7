import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { InputFormat, SuggestResult, Suggestion } from '@labelup/engine';

const FORMATS: readonly InputFormat[] = ['adf', 'storage', 'markdown', 'html', 'text'];

const usage = `Usage: labelup suggest [file|-] [options]

Suggests Confluence labels for one page read from a file or standard input ("-" or no file).
  --format F   adf | storage | markdown | html | text (default: guessed from the extension, then content)
  --title T    the page title (weighs most)
  --max N      most suggestions, 1..100 (default 20)
  --json       print exactly one JSON object: the engine's result {suggestions, language, diagnostics}
  -h, --help   this help
Exit codes: 0 suggestions computed (diagnostics included), 1 the input could not be read, 2 usage error.
`;

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'adf', '.adf': 'adf', '.xml': 'storage', '.storage': 'storage', '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.txt': 'text', '.text': 'text',
};

/** The format of a body: by file extension, else by content (ADF JSON, storage `ac:`/`ri:` tags, HTML, Markdown). */
export function guessFormat(file: string | undefined, body: string): InputFormat {
  const byExtension = file === undefined ? undefined : EXTENSIONS[extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  const head = body.slice(0, 65_536);
  if (/^\s*\{/u.test(head)) return 'adf';
  if (/<(ac|ri):[a-z-]+/iu.test(head)) return 'storage';
  if (/^\s*</u.test(head) && /<\/(p|div|h[1-6]|li|td|body|html)>/iu.test(head)) return 'html';
  if (/^(#{1,6} |\s*[-*+] |\s*\d+\. |```|> )|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/mu.test(head)) return 'markdown';
  return 'text';
}

class UsageError extends Error {}

interface SuggestArgs {
  readonly file: string | undefined;
  readonly format: InputFormat | undefined;
  readonly title: string | undefined;
  readonly max: number | undefined;
  readonly json: boolean;
  readonly help: boolean;
}

function parse(argv: string[]): SuggestArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, title: { type: 'string' }, max: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one file, got ${positionals.length}`);
  const format = values.format;
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  let max: number | undefined;
  if (values.max !== undefined) {
    max = Number(values.max);
    if (!/^\d+$/u.test(values.max) || max < 1 || max > 100) throw new UsageError(`--max must be an integer in 1..100, got "${values.max}"`);
  }
  const file = positionals[0] === '-' ? undefined : positionals[0];
  return { file, format: format as InputFormat | undefined, title: values.title, max, json: values.json === true, help: values.help === true };
}

async function readInput(file: string | undefined): Promise<string> {
  if (file !== undefined) return readFile(file, 'utf8');
  if (process.stdin.isTTY) throw new UsageError('no file given and standard input is a terminal');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Where a suggestion was seen, in a few words (title, h2, panel, expand, strong, ...). */
function where(s: Suggestion): string {
  const e = s.evidence;
  const places = [e.inTitle ? 'title' : '', ...e.headingLevels.map((l) => `h${l}`), ...e.panelTypes.map((p) => `${p} panel`), e.inExpand ? 'expand' : '', ...e.emphasis];
  return `${e.count}× ${places.filter(Boolean).join(', ')}`.trim();
}

/** The human-readable table. */
export function formatTable(result: SuggestResult): string {
  const rows = result.suggestions.map((s, i) => [String(i + 1), s.label, `${Math.round(s.relevance * 100)}%`, where(s) + (s.fromVocabulary ? ' (space vocabulary)' : '')]);
  const header = ['#', 'label', 'relevance', 'seen'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]): string => cells.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  const out = [`language: ${result.language}`, line(header), ...rows.map(line)];
  if (rows.length === 0) out.push('(no suggestions)');
  for (const d of result.diagnostics) out.push(`${d.severity}: ${d.message} [${d.code}]`);
  return `${out.join('\n')}\n`;
}

/** `labelup suggest` — labels for one page from a file or standard input. */
export async function run(argv: string[]): Promise<number> {
  let args: SuggestArgs;
  let body: string;
  try {
    args = parse(argv);
    if (args.help) {
      process.stdout.write(usage);
      return 0;
    }
    body = await readInput(args.file);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`labelup suggest: ${error.message}\n\n${usage}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(`labelup suggest: cannot read the input (${code})\n`);
    return 1;
  }
  const format = args.format ?? guessFormat(args.file, body);
  // Loaded only now: the engine's language data takes a moment, usage errors and --help should not wait.
  const { suggestLabels } = await import('@labelup/engine');
  const result = suggestLabels({ body, format, title: args.title }, args.max === undefined ? undefined : { maxSuggestions: args.max });
  process.stdout.write(args.json ? `${JSON.stringify(result)}\n` : formatTable(result));
  return 0;
}
