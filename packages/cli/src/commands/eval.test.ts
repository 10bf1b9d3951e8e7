import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './eval.js';

function capture(): { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  return { out: () => out, err: () => err };
}

describe('labelup eval', () => {
  afterEach(() => vi.restoreAllMocks());
  it('prints exactly one JSON object with the documented keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelup-eval-'));
    const file = join(dir, 'mini-set.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', lang: 'en', title: 'Graph theory', text: 'Graph theory studies graphs. Graph theory has many uses.', keyphrases: ['graph theory'] })}\n`);
    const io = capture();
    expect(await run([file, '--json'])).toBe(0);
    const parsed = JSON.parse(io.out()) as { datasets: Record<string, Record<string, unknown>> };
    const report = parsed.datasets['mini-set']!;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['docs', 'micro', 'macro', 'ece', 'precisionAbove70', 'docsPerSecond', 'mbPerSecond', 'peakRssMb']));
    expect(Object.keys(report.micro as object).sort()).toEqual(['f10', 'f5', 'p10', 'p5', 'r10', 'r5']);
    expect(io.err()).toBe('');
  });
  it('exits 2 on usage errors and 1 on unreadable files, with a clear message', async () => {
    const io = capture();
    expect(await run([])).toBe(2);
    expect(await run(['x.jsonl', '--bogus'])).toBe(2);
    expect(await run(['/nonexistent/set.jsonl'])).toBe(1);
    expect(io.err()).toMatch(/cannot read \/nonexistent\/set\.jsonl/u);
  });
});
