import { execFile, execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { guessFormat } from './suggest.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const bin = `${root}packages/cli/dist/main.js`;
const fixture = (file: string): string => `${root}packages/engine/test/fixtures/pages/${file}`;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `labelup` binary. */
function labelup(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

beforeAll(() => {
  // The test runs the built binary; build it when the sources are newer (CI builds on `npm ci`).
  const source = fileURLToPath(new URL('./suggest.ts', import.meta.url));
  const built = `${root}packages/cli/dist/commands/suggest.js`;
  if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) {
    execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-b', 'packages/cli'], { cwd: root, stdio: 'inherit' });
  }
}, 180_000);

describe.concurrent('labelup suggest (built binary)', () => {
  it('prints a table of labels for a storage fixture', async () => {
    const run = await labelup(['suggest', fixture('de-datenschutz-folgenabschaetzung.storage.xml'), '--title', 'Datenschutz-Folgenabschätzung für das Kundenportal', '--max', '5']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('language: de');
    expect(lines[1]).toMatch(/^#\s+label\s+relevance\s+seen$/u);
    const rows = lines.filter((l) => /^\d+\s/u.test(l));
    expect(rows).toHaveLength(5);
    expect(rows.join('\n')).toMatch(/kundenportal/u);
    expect(rows.every((r) => /\s\d{1,3}%\s/u.test(r))).toBe(true);
  });

  it('reads ADF from standard input and prints one JSON object with --json', async () => {
    const body = await import('node:fs/promises').then((fs) => fs.readFile(fixture('en-kafka-consumer-rebalancing.adf.json'), 'utf8'));
    const run = await labelup(['suggest', '-', '--json', '--max', '3', '--title', 'Kafka consumer group rebalancing runbook'], body);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { suggestions: { label: string; relevance: number }[]; language: string; diagnostics: { code: string }[] };
    expect(result.language).toBe('en');
    expect(result.suggestions).toHaveLength(3);
    expect(result.suggestions.map((s) => s.label).join(' ')).toMatch(/rebalanc|consumer|kafka/u);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['suggest', '--format', 'pdf', 'x.txt'], /--format must be one of/u],
    [['suggest', '--max', '500', 'x.txt'], /--max must be an integer in 1\.\.100/u],
    [['suggest', '--colour'], /Unknown option '--colour'/u],
    [['suggest', 'a.md', 'b.md'], /at most one file/u],
  ])('usage error %j exits 2 with a clear message', async (args, message) => {
    const run = await labelup(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Usage: labelup suggest');
  });

  it('exits 1 when the file cannot be read', async () => {
    const run = await labelup(['suggest', fixture('missing.md')]);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(run.stderr).toContain('ENOENT');
  });

  it('reports unreadable input as a diagnostic, not a crash', async () => {
    const run = await labelup(['suggest', '--format', 'adf', '--json'], '{"type":"doc",');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ suggestions: [], diagnostics: [{ code: 'input-invalid' }] });
  });
});

describe('guessFormat', () => {
  it.each([
    ['page.json', '', 'adf'],
    ['page.xml', '', 'storage'],
    ['README.md', '', 'markdown'],
    ['page.htm', '', 'html'],
    ['notes.txt', '# not markdown', 'text'],
    [undefined, ' {"type":"doc"}', 'adf'],
    [undefined, '<p>Hi <ac:emoticon ac:name="smile"/></p>', 'storage'],
    [undefined, '<html><body><p>Hi</p></body></html>', 'html'],
    [undefined, 'Intro\n\n## Setup\n\nSteps', 'markdown'],
    [undefined, 'See [the guide](https://x.org) first.', 'markdown'],
    [undefined, 'Just some words.\n\nAnother paragraph.', 'text'],
  ] as const)('%s %j → %s', (file, body, expected) => {
    expect(guessFormat(file, body)).toBe(expected);
  });
});
