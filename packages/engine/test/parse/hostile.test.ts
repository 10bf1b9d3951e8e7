import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LIMITS, parsePage } from '../../src/parse/index.js';
import type { DiagnosticCode, InputFormat, ParsedPage } from '../../src/types.js';

const codes = (page: ParsedPage): DiagnosticCode[] => page.diagnostics.map((d) => d.code);
const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i % 997} data`).join(' ');

/** A nested ADF document as a JSON string (nodes of an unknown type, so it stays under 32 MB). */
function deepAdfJson(depth: number): string {
  return `{"type":"doc","content":[${'{"content":['.repeat(depth)}{"type":"paragraph","content":[{"type":"text","text":"bottom"}]}${']}'.repeat(depth)},{"type":"paragraph","content":[{"type":"text","text":"after"}]}]}`;
}

describe('hostile input: diagnostics, never a crash or a hang', () => {
  it('ADF a little deeper than maxDepth is read down to it, with a warning', () => {
    const page = parsePage({ format: 'adf', body: deepAdfJson(DEFAULT_PARSE_LIMITS.maxDepth + 10) });
    expect(page.diagnostics).toMatchObject([{ code: 'input-too-deep', severity: 'warning' }]);
    expect(page.blocks.map((b) => b.text)).toEqual(['after']);
  });

  it.each([10_000, 1_000_000])('ADF nested %i deep (string) is refused before parsing', (depth) => {
    const page = parsePage({ format: 'adf', body: deepAdfJson(depth), title: 'Kept' });
    expect(page.diagnostics).toMatchObject([{ code: 'input-too-deep', severity: 'error' }]);
    expect(page.blocks.map((b) => b.text)).toEqual(['Kept']);
  }, 15_000);

  it('ADF nested 1,000,000 deep as an object, and a cyclic object, are bounded', () => {
    const root = { type: 'doc', content: [] as object[] };
    let node: { content: object[] } = root;
    for (let i = 0; i < 1_000_000; i += 1) {
      const child = { type: 'bulletList', content: [] as object[] };
      node.content.push(child);
      node = child;
    }
    expect(codes(parsePage({ format: 'adf', body: root }))).toEqual(['input-too-deep']);
    const cyclic: { type: string; content: object[] } = { type: 'doc', content: [] };
    cyclic.content.push(cyclic, cyclic, { type: 'paragraph', content: [{ type: 'text', text: 'once' }] });
    expect(parsePage({ format: 'adf', body: cyclic }).blocks.map((b) => b.text)).toEqual(['once']);
  }, 15_000);

  it.each([
    ['html', (n: number) => `${'<div>'.repeat(n)}deep${'</div>'.repeat(n)}<p>after</p>`],
    ['storage', (n: number) => `${'<ac:structured-macro ac:name="info"><ac:rich-text-body>'.repeat(n)}deep`],
    ['markdown', (n: number) => `${'> '.repeat(n)}deep\n\nafter`],
  ] as const)('%s nested 10,000 and 1,000,000 deep', (format, build) => {
    for (const depth of [10_000, 1_000_000]) {
      const page = parsePage({ format: format as InputFormat, body: build(depth) });
      expect(codes(page)).toContain('input-too-deep');
      expect(page.blocks.map((b) => b.text).join(' ')).not.toContain('deep');
    }
  }, 20_000);

  it.each(['{"type":"doc","content":[', 'not json at all', '\u0000\u0001garbage', ''])('invalid ADF JSON %j is input-invalid', (body) => {
    const page = parsePage({ format: 'adf', body, title: 'Still a title' });
    expect(page.diagnostics).toMatchObject([{ code: 'input-invalid', severity: 'error' }]);
    expect(page.diagnostics[0]!.message).not.toContain(body.slice(0, 8) || '\u0000');
    expect(page.blocks.map((b) => b.zone)).toEqual(['title']);
  });

  it.each([[42], [null], [[1, 2]], ['"a string"']])('ADF that is not an object (%j) is input-invalid', (value) => {
    expect(codes(parsePage({ format: 'adf', body: typeof value === 'string' ? value : JSON.stringify(value) }))).toEqual(['input-invalid']);
  });

  it('skips malformed ADF nodes with a warning and reads the rest', () => {
    const body = { type: 'doc', content: [null, 7, { type: 'paragraph', content: 'nope' }, { type: 'text', text: 5 }, { type: 'paragraph', content: [{ type: 'text', text: 'fine' }] }] };
    const page = parsePage({ format: 'adf', body });
    expect(page.diagnostics).toMatchObject([{ code: 'input-invalid', severity: 'warning', data: { malformed: 4 } }]);
    expect(page.blocks.map((b) => b.text)).toEqual(['fine']);
  });

  it('a 10 MB page is cut at maxTextChars with input-truncated', () => {
    const body = words(1_000_000);
    expect(body.length).toBeGreaterThan(10_000_000);
    const page = parsePage({ format: 'text', body });
    expect(codes(page)).toEqual(['input-truncated']);
    expect(page.blocks.reduce((n, b) => n + b.text.length, 0)).toBe(DEFAULT_PARSE_LIMITS.maxTextChars);
  }, 15_000);

  it.each(['html', 'markdown', 'storage'] as const)('a 10 MB %s page finishes with input-truncated', (format) => {
    const paragraph = format === 'markdown' ? `${words(50)}\n\n` : `<p>${words(50)}</p>`;
    const page = parsePage({ format, body: paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)) });
    expect(codes(page)).toEqual(['input-truncated']);
  }, 20_000);

  it('cuts bodies longer than maxInputChars before reading', () => {
    const page = parsePage({ format: 'text', body: 'alpha beta '.repeat(100) }, { maxInputChars: 50 });
    expect(codes(page)).toEqual(['input-truncated']);
    expect(page.blocks[0]!.text.length).toBeLessThanOrEqual(50);
    expect(codes(parsePage({ format: 'adf', body: '{"type":"doc","content":[]}' }, { maxInputChars: 10 }))).toEqual(['input-invalid']);
  });

  it('binary junk is dropped with an input-invalid warning', () => {
    const junk = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 32, 0xfffd)).join('');
    for (const format of ['text', 'markdown', 'html', 'storage'] as const) {
      const page = parsePage({ format, body: `${junk} real words ${junk}` });
      expect(page.diagnostics).toMatchObject([{ code: 'input-invalid', severity: 'warning' }]);
      expect(page.blocks.map((b) => b.text).join(' ')).toBe('real words');
    }
  });

  it('pathological Markdown inline syntax finishes', () => {
    for (const body of ['['.repeat(300_000), '*a **b '.repeat(50_000), '`'.repeat(300_000), '<a '.repeat(100_000)]) {
      expect(parsePage({ format: 'markdown', body }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  }, 20_000);

  it('empty pages give no blocks and no error', () => {
    for (const format of ['text', 'markdown', 'html', 'storage'] as const) expect(parsePage({ format, body: '  \n\n ' })).toEqual({ blocks: [], diagnostics: [] });
    expect(parsePage({ format: 'adf', body: { type: 'doc', version: 1, content: [] } })).toEqual({ blocks: [], diagnostics: [] });
  });

  it('a wrong body type or format is input-invalid; bad limits throw RangeError', () => {
    expect(codes(parsePage({ format: 'html', body: { not: 'a string' } }))).toEqual(['input-invalid']);
    expect(codes(parsePage({ format: 'pdf' as InputFormat, body: 'x' }))).toEqual(['input-invalid']);
    expect(() => parsePage({ format: 'text', body: 'x' }, { maxDepth: 0 })).toThrow(RangeError);
  });
});
