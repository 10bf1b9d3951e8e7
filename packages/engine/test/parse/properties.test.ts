import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUNDARY, parsePage } from '../../src/parse/index.js';
import type { InputFormat, ParsedPage } from '../../src/types.js';

/** Invariants every parse result keeps, whatever the input. */
function checkInvariants(page: ParsedPage): void {
  for (const block of page.blocks) {
    expect(block.text.length).toBeGreaterThan(0);
    expect(block.text).toBe(block.text.trim());
    expect(block.text.startsWith(BOUNDARY.trim())).toBe(false);
    expect(block.text.endsWith(BOUNDARY.trim())).toBe(false);
    expect(block.text).not.toMatch(/\s{2}|https?:\/\//u);
    expect([...block.text].some((c) => c.charCodeAt(0) < 9)).toBe(false);
    for (const mark of block.marks) {
      expect(mark.start).toBeGreaterThanOrEqual(0);
      expect(mark.end).toBeGreaterThan(mark.start);
      expect(mark.end).toBeLessThanOrEqual(block.text.length);
    }
    if (block.zone === 'heading') expect(block.headingLevel).toBeGreaterThanOrEqual(1);
  }
  for (const d of page.diagnostics) expect(['input-invalid', 'input-truncated', 'input-too-deep']).toContain(d.code);
}

/** Strings mixing markup fragments, URLs, mentions, emoji and junk. */
const markupish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom('<p>', '</p>', '<h2>', '</h2>', '<strong>', '</strong>', '<a href="x">', '</a>', '<ac:structured-macro ac:name="info">', '<ac:rich-text-body>', '</ac:rich-text-body>', '</ac:structured-macro>', '<ac:link><ri:user ri:account-id="1"/></ac:link>', '<![CDATA[x]]>', '<code>', '</code>', '<br/>', '&amp;', '&#0;', '&nbsp;'),
      fc.constantFrom('# ', '## ', '**', '*', '_', '`', '```\n', '> ', '- ', '| a | b |\n|---|---|\n', '[t](u)', '\n\n', '\n'),
      fc.constantFrom('https://example.com/x', 'www.x.org', 'a@b.cc', '@jane', '2025-01-02', '🎉', ':tada:', '\u0000', '\ud800', 'Kafka consumer'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('parsePage properties', () => {
  it.each(['text', 'markdown', 'html', 'storage'] as const)('any %s string parses without throwing and keeps the invariants', (format: InputFormat) => {
    fc.assert(
      fc.property(markupish, fc.option(fc.string(), { nil: undefined }), (body, title) => {
        checkInvariants(parsePage({ format, body, title }));
      }),
      { numRuns: 150 },
    );
  });

  it('any JSON value as ADF (object or string) parses without throwing', () => {
    const node = fc.letrec((tie) => ({
      node: fc.record(
        {
          type: fc.oneof(fc.constantFrom('doc', 'paragraph', 'text', 'heading', 'panel', 'expand', 'table', 'tableRow', 'tableCell', 'mention', 'codeBlock', 'bulletList', 'listItem'), fc.string()),
          text: fc.oneof(fc.string(), fc.integer()),
          attrs: fc.oneof(fc.constant(null), fc.record({ level: fc.oneof(fc.integer(), fc.string()), panelType: fc.string(), title: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] })),
          marks: fc.oneof(fc.constant('x'), fc.array(fc.oneof(fc.record({ type: fc.constantFrom('strong', 'em', 'code', 'link', 'strike') }), fc.anything()), { maxLength: 3 })),
          content: fc.oneof(fc.constant(7), fc.array(fc.oneof(tie('node'), fc.anything()), { maxLength: 4 })),
        },
        { requiredKeys: [] },
      ),
    })).node;
    fc.assert(
      fc.property(node, fc.boolean(), (doc, asString) => {
        checkInvariants(parsePage({ format: 'adf', body: asString ? JSON.stringify(doc) : (doc as object) }));
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(markupish, (body) => {
        expect(parsePage({ format: 'storage', body })).toEqual(parsePage({ format: 'storage', body }));
      }),
      { numRuns: 50 },
    );
  });
});
