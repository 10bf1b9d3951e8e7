import { describe, expect, it } from 'vitest';
import type { AdfNode } from '../../src/state/index.js';
import { renderAdf } from '../../src/view/index.js';

const text = (t: string, marks?: AdfNode['marks']): AdfNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: AdfNode[]): AdfNode => ({ type: 'paragraph', content });
const render = (...content: AdfNode[]): string => renderAdf({ type: 'doc', version: 1, content }).value;

describe('renderAdf', () => {
  it('escapes text, attributes and code', () => {
    const out = render(
      para(text('<script>alert("x")</script> & \'q\'')),
      { type: 'codeBlock', attrs: { language: 'html"><img src=x onerror=alert(1)>' }, content: [text('</code><b>bold</b>')] },
      { type: 'expand', attrs: { title: '<i>t</i>' }, content: [para(text('x'))] },
      { type: 'mention', attrs: { id: '"><x', text: '@<Eve>' } },
    );
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(out).toContain('&lt;/code&gt;&lt;b&gt;bold&lt;/b&gt;');
    expect(out).toContain('<pre class="code-block"><code>'); // an unsafe language is dropped, not escaped into a class
    expect(out).toContain('<summary>&lt;i&gt;t&lt;/i&gt;</summary>');
    expect(out).toContain('data-account-id="&quot;&gt;&lt;x">@&lt;Eve&gt;</span>');
    expect(out).not.toMatch(/<(script|img|b|i|x)[\s>]/);
  });

  it('renders links only to http(s), mailto and site paths', () => {
    const link = (href: string) => render(para(text('go', [{ type: 'link', attrs: { href } }])));
    expect(link('https://example.com/a?b=1&c=2')).toContain('<a href="https://example.com/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">go</a>');
    expect(link('/wiki/spaces/X/pages/1')).toContain('<a href="/wiki/spaces/X/pages/1">go</a>');
    expect(link('mailto:a@example.com')).toContain('href="mailto:a@example.com"');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', '//evil.example']) expect(link(bad)).toBe('<p>go</p>');
  });

  it('renders marks nested in a stable order', () => {
    const out = render(
      para(
        text('all', [{ type: 'strong' }, { type: 'link', attrs: { href: '/x' } }, { type: 'em' }]),
        text('c', [{ type: 'code' }]),
        text('u', [{ type: 'underline' }]),
        text('s', [{ type: 'strike' }]),
        text('2', [{ type: 'subsup', attrs: { type: 'sup' } }]),
        text('red', [{ type: 'textColor', attrs: { color: '#ff0000' } }]),
        text('bad', [{ type: 'textColor', attrs: { color: 'red;background:url(x)' } }]),
        text('?', [{ type: 'unknownMark' }]),
      ),
    );
    expect(out).toBe(
      '<p><a href="/x"><strong><em>all</em></strong></a><code>c</code><u>u</u><s>s</s><sup>2</sup><span style="color:#ff0000">red</span>bad?</p>',
    );
  });

  it('renders every block and inline node kind', () => {
    const cell = (type: string, t: string, attrs = {}): AdfNode => ({ type, attrs, content: [para(text(t))] });
    const out = render(
      { type: 'heading', attrs: { level: 3 }, content: [text('H3')] },
      { type: 'heading', attrs: { level: 99 }, content: [text('clamped')] },
      ...['info', 'note', 'tip', 'warning', 'error', 'success'].map((panelType) => ({ type: 'panel', attrs: { panelType }, content: [para(text(panelType))] })),
      { type: 'panel', attrs: { panelType: 'x" onclick="y' }, content: [] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('b1'))] }] },
      { type: 'orderedList', attrs: { order: 3 }, content: [{ type: 'listItem', content: [para(text('o3'))] }] },
      { type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [text('done')] }, { type: 'taskItem', attrs: { state: 'TODO' }, content: [text('todo')] }] },
      { type: 'decisionList', content: [{ type: 'decisionItem', content: [text('decided')] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'H'), cell('tableCell', 'C', { colspan: 2 })] }] },
      { type: 'codeBlock', attrs: { language: 'typescript' }, content: [text('const a = 1;')] },
      { type: 'expand', attrs: { title: 'More' }, content: [{ type: 'nestedExpand', attrs: {}, content: [para(text('deep'))] }] },
      { type: 'blockquote', content: [para(text('quoted'))] },
      { type: 'rule' },
      para(
        text('a'),
        { type: 'hardBreak' },
        { type: 'mention', attrs: { id: 'acc-1' } },
        { type: 'emoji', attrs: { shortName: ':tada:', text: '🎉' } },
        { type: 'status', attrs: { text: 'Done', color: 'green' } },
        { type: 'status', attrs: { text: 'Odd', color: 'chartreuse' } },
        { type: 'date', attrs: { timestamp: String(Date.parse('2026-03-20T00:00:00Z')) } },
        { type: 'inlineCard', attrs: { url: 'https://example.com/card' } },
      ),
      { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'm1', type: 'file', alt: 'Diagram' } }] },
      { type: 'bodiedExtension', attrs: { extensionKey: 'toc' }, content: [para(text('in macro'))] },
      { type: 'layoutSection', content: [{ type: 'layoutColumn', attrs: { width: 50 }, content: [para(text('col'))] }] },
      { type: 'somethingNew', content: [para(text('kept'))] },
    );
    const html = renderAdf({ type: 'doc', content: [] }, {}).value;
    expect(html).toBe('');
    for (const expected of [
      '<h3>H3</h3>',
      '<h6>clamped</h6>',
      'class="panel panel-info" data-panel-type="info"',
      'class="panel panel-note"',
      'class="panel panel-tip"',
      'class="panel panel-warning"',
      'class="panel panel-error"',
      'class="panel panel-success"',
      '<ul><li><p>b1</p></li></ul>',
      '<ol start="3"><li><p>o3</p></li></ol>',
      '<li class="task task-done"><input type="checkbox" disabled checked> <span>done</span></li>',
      '<li class="task"><input type="checkbox" disabled> <span>todo</span></li>',
      'class="decision"',
      '<table><tr><th><p>H</p></th><td colspan="2"><p>C</p></td></tr></table>',
      '<code class="language-typescript" data-language="typescript">const a = 1;</code>',
      '<details class="expand"><summary>More</summary><details class="expand"><summary>Click here to expand…</summary><p>deep</p></details></details>',
      '<blockquote><p>quoted</p></blockquote>',
      '<hr>',
      'a<br>',
      '<span class="mention" data-account-id="acc-1">@Unknown user</span>',
      '<span class="emoji" title=":tada:">🎉</span>',
      '<span class="status status-green">Done</span>',
      '<span class="status status-neutral">Odd</span>',
      '<time class="date" datetime="2026-03-20">2026-03-20</time>',
      '<a class="smart-link" href="https://example.com/card"',
      'aria-label="Diagram">🖼 Diagram</span>',
      'data-extension-key="toc">Macro: toc<p>in macro</p>',
      '<div class="layout-section"><div class="layout-column"><p>col</p></div></div>',
      '<div class="adf-unknown" data-type="somethingNew"><p>kept</p></div>',
    ])
      expect(out).toContain(expected);
    expect(out).toContain('class="panel panel-info" data-panel-type="info"><span class="panel-icon" aria-hidden="true">ℹ️</span><div class="panel-body"></div>');
  });

  it('names mentions without text from the user directory, and survives malformed nodes', () => {
    const out = renderAdf(
      { type: 'doc', content: [para({ type: 'mention', attrs: { id: 'u1' } }), null as unknown as AdfNode, { type: 'heading' } as AdfNode, { type: 'table' } as AdfNode] },
      { displayName: (id) => (id === 'u1' ? 'Priya' : undefined) },
    ).value;
    expect(out).toBe('<p><span class="mention" data-account-id="u1">@Priya</span></p><h1></h1><div class="table-wrap"><table></table></div>');
  });

  it('renders every demo-site page without unknown nodes', async () => {
    const { loadFixtures } = await import('../../src/seed/index.js');
    for (const page of loadFixtures().pages) {
      const body = page.versions[page.versions.length - 1]?.body as AdfNode;
      expect(renderAdf(body).value, page.title).not.toContain('adf-unknown');
    }
  });
});
