import { describe, expect, it } from 'vitest';
import { BOUNDARY, parsePage } from '../../src/parse/index.js';
import type { TextBlock } from '../../src/types.js';

const storage = (body: string): readonly TextBlock[] => parsePage({ format: 'storage', body }).blocks;
const summary = (blocks: readonly TextBlock[]): string[][] => blocks.map((b) => [b.zone + (b.panelType ? `/${b.panelType}` : '') + (b.inExpand ? '/expand' : ''), b.text]);

describe('Confluence storage specifics', () => {
  it('reads task lists without ids or status, and layouts cell by cell', () => {
    const body =
      '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-uuid>u</ac:task-uuid><ac:task-status>incomplete</ac:task-status><ac:task-body>Renew the certificate</ac:task-body></ac:task></ac:task-list>' +
      '<ac:layout><ac:layout-section ac:type="two_equal"><ac:layout-cell><p>Left side</p></ac:layout-cell><ac:layout-cell><p>Right side</p></ac:layout-cell></ac:layout-section></ac:layout>';
    expect(summary(storage(body))).toEqual([['list', 'Renew the certificate'], ['paragraph', 'Left side'], ['paragraph', 'Right side']]);
  });

  it('reads Cloud adf-extension panels and decision lists once, skipping the fallback', () => {
    const body =
      '<ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">success</ac:adf-attribute><ac:adf-content><p>All green</p></ac:adf-content></ac:adf-node><ac:adf-fallback><div class="panel"><p>All green</p></div></ac:adf-fallback></ac:adf-extension>' +
      '<ac:adf-extension><ac:adf-node type="decision-list"><ac:adf-node type="decision-item"><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>Adopt PostgreSQL</ac:adf-content></ac:adf-node></ac:adf-node><ac:adf-fallback><ul><li>Adopt PostgreSQL</li></ul></ac:adf-fallback></ac:adf-extension>';
    expect(summary(storage(body))).toEqual([['panel/success', 'All green'], ['list', 'Adopt PostgreSQL']]);
  });

  it('reads other macros by body only: no parameters, no plain-text bodies', () => {
    const body =
      '<p>State <ac:structured-macro ac:name="status"><ac:parameter ac:name="title">IN REVIEW</ac:parameter><ac:parameter ac:name="colour">Yellow</ac:parameter></ac:structured-macro> today</p>' +
      '<ac:structured-macro ac:name="details"><ac:parameter ac:name="id">props</ac:parameter><ac:rich-text-body><table><tbody><tr><th>Owner team</th><td>Platform</td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>' +
      '<ac:structured-macro ac:name="noformat"><ac:plain-text-body><![CDATA[raw output]]></ac:plain-text-body></ac:structured-macro>' +
      '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">3</ac:parameter></ac:structured-macro>';
    expect(summary(storage(body))).toEqual([['paragraph', `State${BOUNDARY}today`], ['table-header', 'Owner team'], ['table-cell', 'Platform']]);
  });

  it('maps the panel macro to custom and keeps nested expand inside a panel', () => {
    const body =
      '<ac:structured-macro ac:name="panel"><ac:parameter ac:name="bgColor">#eee</ac:parameter><ac:rich-text-body>' +
      '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Why &amp; how</ac:parameter><ac:rich-text-body><p>Because</p></ac:rich-text-body></ac:structured-macro>' +
      '</ac:rich-text-body></ac:structured-macro>';
    expect(storage(body)).toEqual([
      { text: 'Why & how', zone: 'expand-title', panelType: 'custom', inExpand: true, marks: [] },
      { text: 'Because', zone: 'expand-body', panelType: 'custom', inExpand: true, marks: [] },
    ]);
  });

  it('marks ac:link body text as a link and drops user links with a body', () => {
    const body = '<p>Read <ac:link><ri:page ri:content-title="Backup policy"/><ac:link-body>the <strong>policy</strong></ac:link-body></ac:link> with <ac:link><ri:user ri:account-id="9"/><ac:link-body>Jane Roe</ac:link-body></ac:link>.</p>';
    const [block] = storage(body);
    expect(block!.text).toBe(`Read the policy with${BOUNDARY}.`);
    expect(block!.marks).toEqual([
      { start: 5, end: 15, mark: 'link' },
      { start: 9, end: 15, mark: 'strong' },
    ]);
  });
});

describe('HTML specifics', () => {
  it('reads Confluence exported panel divs and nested details', () => {
    const body = '<div class="confluence-information-macro confluence-information-macro-tip"><p>Use the cache</p></div><details><summary>Outer</summary><details><summary>Inner</summary><p>Deep text</p></details></details>';
    expect(summary(parsePage({ format: 'html', body }).blocks)).toEqual([['panel/tip', 'Use the cache'], ['expand-title/expand', 'Outer'], ['expand-title/expand', 'Inner'], ['expand-body/expand', 'Deep text']]);
  });

  it('survives broken markup', () => {
    const body = '<p>Unclosed <b>bold <i>and italic<p>Next</div></span> para<table><td>cell';
    expect(summary(parsePage({ format: 'html', body }).blocks)).toEqual([['paragraph', 'Unclosed bold and italic'], ['paragraph', 'Next para'], ['table-cell', 'cell']]);
  });
});
