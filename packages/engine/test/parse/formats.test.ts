import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/parse/index.js';
import type { InputFormat, TextBlock } from '../../src/types.js';

const t = (text: string, ...marks: string[]): object => ({ type: 'text', text, marks: marks.map((type) => ({ type, attrs: type === 'link' ? { href: '/wiki/x' } : {} })) });
const p = (...content: object[]): object => ({ type: 'paragraph', content });
const cell = (type: string, text: string): object => ({ type, content: [p(t(text))] });

/** One page, the shared subset of all structured formats: heading, marks, list, table, quote, code. */
const common = {
  adf: [
    { type: 'heading', attrs: { level: 2 }, content: [t('Release '), t('checklist', 'strong')] },
    p(t('Run the '), t('smoke tests', 'em'), t(' before the '), t('deployment window', 'link'), t(' and '), t('npm ci', 'code'), t(' first.')),
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Tag the build'))] }, { type: 'listItem', content: [p(t('Notify support'))] }] },
    { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Step'), cell('tableHeader', 'Owner')] }, { type: 'tableRow', content: [cell('tableCell', 'Rollback plan'), cell('tableCell', 'Release manager')] }] },
    { type: 'blockquote', content: [p(t('Note:', 'strong'), t(' freeze starts Friday'))] },
    { type: 'codeBlock', attrs: { language: 'sh' }, content: [t('npm run release')] },
  ],
  storage:
    '<h2>Release <strong>checklist</strong></h2><p>Run the <em>smoke tests</em> before the <a href="/wiki/x">deployment window</a> and <code>npm ci</code> first.</p>' +
    '<ul><li><p>Tag the build</p></li><li><p>Notify support</p></li></ul>' +
    '<table><tbody><tr><th><p>Step</p></th><th><p>Owner</p></th></tr><tr><td><p>Rollback plan</p></td><td><p>Release manager</p></td></tr></tbody></table>' +
    '<blockquote><p><strong>Note:</strong> freeze starts Friday</p></blockquote>' +
    '<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[npm run release]]></ac:plain-text-body></ac:structured-macro>',
  html:
    '<h2>Release <b>checklist</b></h2>\n<p>Run the <i>smoke tests</i> before the <a href="/wiki/x">deployment window</a> and <code>npm ci</code> first.</p>\n' +
    '<ul>\n<li>Tag the build</li>\n<li>Notify support</li>\n</ul>\n<table><thead><tr><th>Step</th><th>Owner</th></tr></thead><tbody><tr><td>Rollback plan</td><td>Release manager</td></tr></tbody></table>\n' +
    '<blockquote><p><strong>Note:</strong> freeze starts Friday</p></blockquote>\n<pre><code>npm run release</code></pre>',
  markdown: [
    '## Release **checklist**',
    'Run the *smoke tests* before the [deployment window](/wiki/x) and `npm ci` first.',
    '- Tag the build\n- Notify support',
    '| Step | Owner |\n|------|-------|\n| Rollback plan | Release manager |',
    '> **Note:** freeze starts Friday',
    '```sh\nnpm run release\n```',
  ].join('\n\n'),
};

const parse = (format: InputFormat, body: string | object): readonly TextBlock[] => {
  const result = parsePage({ format, body, title: 'Release process' });
  expect(result.diagnostics).toEqual([]);
  return result.blocks;
};

describe('the same page in every format', () => {
  const expected = parse('adf', { type: 'doc', version: 1, content: common.adf });

  it('gives the expected ADF blocks', () => {
    expect(expected.map((b) => [b.zone, b.text])).toEqual([
      ['title', 'Release process'],
      ['heading', 'Release checklist'],
      ['paragraph', 'Run the smoke tests before the deployment window and • first.'],
      ['list', 'Tag the build'],
      ['list', 'Notify support'],
      ['table-header', 'Step'],
      ['table-header', 'Owner'],
      ['table-cell', 'Rollback plan'],
      ['table-cell', 'Release manager'],
      ['quote', 'Note: freeze starts Friday'],
    ]);
  });

  it.each(['storage', 'html', 'markdown'] as const)('gives the same blocks and marks from %s', (format) => {
    expect(parse(format, common[format])).toEqual(expected);
  });

  it('reads plain text as paragraphs split on blank lines', () => {
    const blocks = parse('text', 'Release checklist\n\nRun the smoke tests\nbefore the window.\n \n\nTag the build');
    expect(blocks.map((b) => [b.zone, b.text])).toEqual([
      ['title', 'Release process'],
      ['paragraph', 'Release checklist'],
      ['paragraph', 'Run the smoke tests before the window.'],
      ['paragraph', 'Tag the build'],
    ]);
  });
});

describe('panels, expands and underline in ADF, storage and HTML', () => {
  const adf = {
    type: 'doc',
    version: 1,
    content: [
      { type: 'panel', attrs: { panelType: 'warning' }, content: [p(t('Backups are '), t('encrypted', 'underline'))] },
      { type: 'expand', attrs: { title: 'Restore steps' }, content: [p(t('Download the snapshot'))] },
    ],
  };
  const storage =
    '<ac:structured-macro ac:name="warning"><ac:parameter ac:name="title">Ignored parameter</ac:parameter><ac:rich-text-body><p>Backups are <u>encrypted</u></p></ac:rich-text-body></ac:structured-macro>' +
    '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Restore steps</ac:parameter><ac:rich-text-body><p>Download the snapshot</p></ac:rich-text-body></ac:structured-macro>';
  const html = '<aside class="callout warning"><p>Backups are <u>encrypted</u></p></aside><details><summary>Restore steps</summary><p>Download the snapshot</p></details>';

  it('agree', () => {
    const expected = parse('adf', adf);
    expect(expected).toEqual([
      { text: 'Release process', zone: 'title', marks: [] },
      { text: 'Backups are encrypted', zone: 'panel', panelType: 'warning', marks: [{ start: 12, end: 21, mark: 'underline' }] },
      { text: 'Restore steps', zone: 'expand-title', inExpand: true, marks: [] },
      { text: 'Download the snapshot', zone: 'expand-body', inExpand: true, marks: [] },
    ]);
    expect(parse('storage', storage)).toEqual(expected);
    expect(parse('html', html)).toEqual(expected);
  });
});
