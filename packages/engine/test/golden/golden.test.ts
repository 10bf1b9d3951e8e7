import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestLabels } from '../../src/suggest.js';
import type { InputFormat } from '../../src/types.js';

/** A golden page: expected labels were chosen by a person reading the page, not copied from output. */
interface GoldenPage {
  readonly title: string;
  readonly format: InputFormat;
  readonly body: string | object;
  readonly expect: { readonly language: string; readonly top: number; readonly contains: readonly string[]; readonly absent?: readonly string[] };
}

const folder = new URL('./pages/', import.meta.url);
const pages = readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as GoldenPage] as const);

describe('golden pages (one or more per supported language)', () => {
  it.each(pages)('%s', (_name, page) => {
    const result = suggestLabels({ title: page.title, format: page.format, body: page.body });
    expect(result.language).toBe(page.expect.language);
    const top = result.suggestions.slice(0, page.expect.top).map((s) => s.label);
    for (const label of page.expect.contains) expect(top).toContain(label);
    for (const label of page.expect.absent ?? []) expect(result.suggestions.map((s) => s.label)).not.toContain(label);
    // Score tolerance instead of exact floats: expected labels are clearly relevant, none is certain.
    for (const label of page.expect.contains) {
      const relevance = result.suggestions.find((s) => s.label === label)!.relevance;
      expect(relevance).toBeGreaterThan(0.05);
      expect(relevance).toBeLessThan(0.95);
    }
  });
});
