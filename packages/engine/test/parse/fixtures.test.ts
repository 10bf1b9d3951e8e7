import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/index.js';
import type { InputFormat, TextBlock } from '../../src/types.js';

interface FixtureEntry {
  readonly name: string;
  readonly title: string;
  readonly language: string;
}

const folder = new URL('../fixtures/pages/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, folder), 'utf8');
const fixtures = (JSON.parse(read('index.json')) as FixtureEntry[]).map((entry) => [entry.name, entry] as const);

const parse = (format: InputFormat, body: string, title: string): readonly TextBlock[] => {
  const page = parsePage({ format, body, title });
  expect(page.diagnostics).toEqual([]);
  return page.blocks;
};

describe('fixture pages: the three formats agree', () => {
  it('cover en, de, fr, es and ru', () => {
    expect(new Set(fixtures.map(([, f]) => f.language))).toEqual(new Set(['en', 'de', 'fr', 'es', 'ru']));
  });

  it.each(fixtures)('%s', (name, { title }) => {
    const adf = parse('adf', read(`${name}.adf.json`), title);
    expect(parse('storage', read(`${name}.storage.xml`), title)).toEqual(adf);
    // Markdown has no panels or expands (they are written as quotes and bold lines): same text.
    expect(parse('markdown', read(`${name}.md`), title).map((b) => b.text)).toEqual(adf.map((b) => b.text));
    expect(adf.filter((b) => b.zone === 'panel').length).toBeGreaterThanOrEqual(2);
    expect(adf.some((b) => b.zone === 'expand-title')).toBe(true);
    expect(adf.some((b) => b.zone === 'heading' && b.headingLevel === 2)).toBe(true);
    const all = adf.map((b) => b.text).join('\n');
    // Mentions, dates, code, URLs never reach the text.
    expect(all).not.toMatch(/@|\d{4}-\d{2}-\d{2}|https?:|\.sh\b|SELECT|histogram_quantile|CommitFailed|ssh-keygen|cambio-turno/u);
  });
});
