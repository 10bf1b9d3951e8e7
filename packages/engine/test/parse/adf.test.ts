import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ADF_RULES } from '../../src/parse/adf-nodes.js';
import { BOUNDARY, parsePage } from '../../src/parse/index.js';
import type { TextBlock } from '../../src/types.js';

const require = createRequire(import.meta.url);
type Schema = { definitions: Record<string, { properties?: { type?: { enum?: string[] } } }> };

/** Node types (not marks) declared by an @atlaskit/adf-schema JSON schema. */
function schemaNodeTypes(file: string): string[] {
  const schema = require(`@atlaskit/adf-schema/dist/json-schema/v1/${file}`) as Schema;
  const types = new Set<string>();
  for (const [name, definition] of Object.entries(schema.definitions)) {
    const type = definition.properties?.type?.enum?.[0];
    if (type !== undefined && !name.endsWith('_mark')) types.add(type);
  }
  return [...types].sort();
}

const doc = (...content: object[]): object => ({ type: 'doc', version: 1, content });
const p = (...content: object[]): object => ({ type: 'paragraph', content });
const t = (text: string, ...marks: string[]): object => ({ type: 'text', text, marks: marks.map((type) => ({ type, attrs: type === 'link' ? { href: 'https://example.com' } : {} })) });
const blocks = (body: object, title?: string): readonly TextBlock[] => parsePage({ body, format: 'adf', title }).blocks;
const only = (body: object): TextBlock => {
  const all = blocks(body);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('ADF node types', () => {
  it.each(['full.json', 'stage-0.json'])('has a rule for every node type in %s', (file) => {
    const types = schemaNodeTypes(file);
    expect(types.length).toBeGreaterThan(40);
    expect(types.filter((type) => !Object.hasOwn(ADF_RULES, type))).toEqual([]);
  });

  // Written by hand (not derived from ADF_RULES): what each node type does with content put inside it.
  const READS_CONTENT = ['blockquote', 'blockTaskItem', 'bodiedExtension', 'bodiedRule', 'bodiedSyncBlock', 'bulletList', 'caption', 'decisionItem', 'decisionList', 'doc', 'expand', 'extensionFrame', 'heading', 'layoutColumn', 'layoutSection', 'listItem', 'mediaGroup', 'mediaSingle', 'multiBodiedExtension', 'nestedExpand', 'orderedList', 'panel', 'paragraph', 'table', 'tableCell', 'tableHeader', 'tableRow', 'taskItem', 'taskList'];
  const DROPS_CONTENT = ['blockCard', 'codeBlock', 'date', 'embedCard', 'emoji', 'extension', 'hardBreak', 'inlineCard', 'inlineExtension', 'media', 'mediaInline', 'mention', 'placeholder', 'rule', 'status', 'syncBlock'];

  it('classifies every schema node type as reading or dropping what it holds', () => {
    const all = new Set([...schemaNodeTypes('full.json'), ...schemaNodeTypes('stage-0.json')]);
    expect(new Set([...READS_CONTENT, ...DROPS_CONTENT, 'text'])).toEqual(all);
  });

  it.each(READS_CONTENT)('%s: its content is read, its attrs.text never', (type) => {
    const node = { type, attrs: { text: 'attribute words', title: '', level: 2, panelType: 'info' }, content: [p(t('Visible words'))] };
    const texts = blocks(doc(node)).map((b) => b.text);
    expect(texts).toContain('Visible words');
    expect(texts.join(' ')).not.toContain('attribute');
  });

  it.each(DROPS_CONTENT)('%s: nothing it holds becomes text, and it separates its neighbours', (type) => {
    const node = { type, attrs: { text: 'attribute words', url: 'https://e.com', shortName: ':x:' }, content: [p(t('Hidden words'))], text: 'Own words' };
    const texts = blocks(doc(p(t('before')), node, p(t('after'))))
      .map((b) => b.text)
      .join('|');
    expect(texts).not.toMatch(/Hidden|attribute|Own/u);
    expect(texts).toMatch(new RegExp(`^before(\\|| • )after$`, 'u'));
  });

  it('puts the title first, then headings by level', () => {
    const result = blocks(doc({ type: 'heading', attrs: { level: 3 }, content: [t('Consumer groups')] }), 'Kafka guide');
    expect(result).toEqual([
      { text: 'Kafka guide', zone: 'title', marks: [] },
      { text: 'Consumer groups', zone: 'heading', headingLevel: 3, marks: [] },
    ]);
  });

  it.each(['info', 'note', 'tip', 'warning', 'error', 'success', 'custom'])('keeps panel type %s', (panelType) => {
    expect(only(doc({ type: 'panel', attrs: { panelType }, content: [p(t('Read this'))] }))).toMatchObject({ zone: 'panel', panelType, text: 'Read this' });
  });

  it('reads expand and nestedExpand titles and bodies', () => {
    const nested = { type: 'nestedExpand', attrs: { title: 'Inner title' }, content: [p(t('Inner body'))] };
    const result = blocks(doc({ type: 'expand', attrs: { title: 'Outer title' }, content: [p(t('Outer body')), nested] }));
    expect(result.map((b) => [b.zone, b.text, b.inExpand])).toEqual([
      ['expand-title', 'Outer title', true],
      ['expand-body', 'Outer body', true],
      ['expand-title', 'Inner title', true],
      ['expand-body', 'Inner body', true],
    ]);
  });

  it('tells table headers from cells and reads lists, tasks, decisions, quotes, layouts, captions', () => {
    const table = { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p(t('Owner'))] }, { type: 'tableCell', content: [p(t('Platform team'))] }] }] };
    const list = { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('First item'))] }] };
    const tasks = { type: 'taskList', attrs: { localId: 'a' }, content: [{ type: 'taskItem', attrs: { localId: 'b', state: 'TODO' }, content: [t('Write docs')] }] };
    const decisions = { type: 'decisionList', attrs: { localId: 'c' }, content: [{ type: 'decisionItem', attrs: { localId: 'd', state: 'DECIDED' }, content: [t('Use Postgres')] }] };
    const quote = { type: 'blockquote', content: [p(t('Quoted words'))] };
    const layout = { type: 'layoutSection', content: [{ type: 'layoutColumn', attrs: { width: 50 }, content: [p(t('Left column'))] }] };
    const media = { type: 'mediaSingle', attrs: { layout: 'center' }, content: [{ type: 'media', attrs: { id: 'x', type: 'file', collection: 'c' } }, { type: 'caption', content: [t('Architecture diagram')] }] };
    const result = blocks(doc(table, list, tasks, decisions, quote, layout, media));
    expect(result.map((b) => [b.zone, b.text])).toEqual([
      ['table-header', 'Owner'],
      ['table-cell', 'Platform team'],
      ['list', 'First item'],
      ['list', 'Write docs'],
      ['list', 'Use Postgres'],
      ['quote', 'Quoted words'],
      ['paragraph', 'Left column'],
      ['caption', 'Architecture diagram'],
    ]);
  });

  it('reads extension bodies but never macro parameters', () => {
    const parameters = { macroParams: { secret: { value: 'parameter words' } } };
    const bodied = { type: 'bodiedExtension', attrs: { extensionType: 'com.x', extensionKey: 'k', parameters, text: 'attr text' }, content: [p(t('Body words'))] };
    const multi = { type: 'multiBodiedExtension', attrs: { extensionType: 'com.x', extensionKey: 'tabs', parameters }, content: [{ type: 'extensionFrame', content: [p(t('Frame words'))] }] };
    const plain = { type: 'extension', attrs: { extensionType: 'com.x', extensionKey: 'toc', parameters, text: 'toc text' } };
    const inline = p(t('Before'), { type: 'inlineExtension', attrs: { extensionType: 'com.x', extensionKey: 'k', parameters, text: 'inline' } }, t('after'));
    expect(blocks(doc(bodied, multi, plain, inline)).map((b) => b.text)).toEqual(['Body words', 'Frame words', `Before${BOUNDARY}after`]);
  });

  it('drops code, cards, mentions, emoji, dates, status, placeholders and keeps a boundary', () => {
    const atoms = [
      { type: 'mention', attrs: { id: '1', text: '@Jane Doe' } },
      { type: 'emoji', attrs: { shortName: ':smile:', text: '😄' } },
      { type: 'date', attrs: { timestamp: '1700000000000' } },
      { type: 'status', attrs: { text: 'IN PROGRESS', color: 'blue' } },
      { type: 'inlineCard', attrs: { url: 'https://example.com/card' } },
      { type: 'placeholder', attrs: { text: 'Type here' } },
      { type: 'hardBreak' },
      { type: 'mediaInline', attrs: { id: 'm' } },
    ];
    for (const atom of atoms) {
      expect(only(doc(p(t('alpha'), atom, t('beta')))).text).toBe(`alpha${BOUNDARY}beta`);
    }
    const result = blocks(doc(p(t('keep '), t('secretCode()', 'code'), t(' this')), { type: 'codeBlock', attrs: { language: 'js' }, content: [t('const x = 1;')] }, { type: 'blockCard', attrs: { url: 'https://e.com' } }, { type: 'embedCard', attrs: { url: 'https://e.com', layout: 'wide' } }, { type: 'rule' }));
    expect(result.map((b) => b.text)).toEqual([`keep${BOUNDARY}this`]);
  });

  it('records strong, em, underline and link marks with UTF-16 offsets, ignoring other marks', () => {
    const block = only(doc(p(t('Ein '), t('Überblick', 'strong'), t(' über '), t('𝒳 Werte', 'em', 'underline'), t(' und '), t('Links', 'link', 'strike'))));
    expect(block.text).toBe('Ein Überblick über 𝒳 Werte und Links');
    for (const mark of block.marks) expect(block.text.slice(mark.start, mark.end)).toBe({ strong: 'Überblick', em: '𝒳 Werte', underline: '𝒳 Werte', link: 'Links' }[mark.mark]);
    expect(block.marks.map((m) => m.mark).sort()).toEqual(['em', 'link', 'strong', 'underline']);
  });

  it('joins adjacent text nodes carrying the same mark into one span', () => {
    const block = only(doc(p(t('Data', 'strong'), t(' pipeline', 'strong'), t(' rules'))));
    expect(block.marks).toEqual([{ start: 0, end: 13, mark: 'strong' }]);
  });

  it('reads unknown node types for their text and content', () => {
    const result = blocks(doc({ type: 'futureWidget', text: 'Own text', content: [p(t('Child text'))] }));
    expect(result.map((b) => b.text)).toEqual(['Own text', 'Child text']);
  });

  it('takes the innermost panel and keeps expand inside panels', () => {
    const inner = { type: 'panel', attrs: { panelType: 'error' }, content: [{ type: 'heading', attrs: { level: 4 }, content: [t('Careful')] }] };
    const result = only(doc({ type: 'expand', attrs: { title: '' }, content: [{ type: 'panel', attrs: { panelType: 'info' }, content: [inner] }] }));
    expect(result).toMatchObject({ zone: 'heading', headingLevel: 4, panelType: 'error', inExpand: true, text: 'Careful' });
  });
});
