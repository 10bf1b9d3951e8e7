import { describe, expect, it } from 'vitest';
import { adfToStorage } from '../../src/state/index.js';

describe('adfToStorage', () => {
  it('converts headings, marks, lists, code blocks, panels and expands', () => {
    const adf = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Title' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bold', marks: [{ type: 'strong' }] },
            { type: 'text', text: ' link', marks: [{ type: 'link', attrs: { href: 'https://x.test/?a=1&b=2' } }] },
            { type: 'hardBreak' },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'i' }] }] }] },
        { type: 'codeBlock', attrs: { language: 'js' }, content: [{ type: 'text', text: 'a < b ]]> c' }] },
        { type: 'panel', attrs: { panelType: 'warning' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'careful' }] }] },
        { type: 'expand', attrs: { title: 'More' }, content: [{ type: 'rule' }] },
      ],
    };
    expect(adfToStorage(adf)).toBe(
      '<h2>Title</h2>' +
        '<p><strong>bold</strong><a href="https://x.test/?a=1&amp;b=2"> link</a><br /></p>' +
        '<ul><li><p>i</p></li></ul>' +
        '<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">js</ac:parameter>' +
        '<ac:plain-text-body><![CDATA[a < b ]]]]><![CDATA[> c]]></ac:plain-text-body></ac:structured-macro>' +
        '<ac:structured-macro ac:name="warning" ac:schema-version="1"><ac:rich-text-body><p>careful</p></ac:rich-text-body></ac:structured-macro>' +
        '<ac:structured-macro ac:name="expand" ac:schema-version="1"><ac:parameter ac:name="title">More</ac:parameter>' +
        '<ac:rich-text-body><hr /></ac:rich-text-body></ac:structured-macro>',
    );
  });
  it('converts mentions, tasks and tables; keeps the text of unknown nodes', () => {
    const adf = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'abc', text: '@A' } }] },
        { type: 'taskList', content: [{ type: 'taskItem', attrs: { state: 'DONE' }, content: [{ type: 'text', text: 't' }] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'h' }] }] }] }] },
        { type: 'someFutureNode', content: [{ type: 'text', text: 'kept' }] },
      ],
    };
    expect(adfToStorage(adf)).toBe(
      '<p><ac:link><ri:user ri:account-id="abc" /></ac:link></p>' +
        '<ac:task-list><ac:task><ac:task-status>complete</ac:task-status><ac:task-body>t</ac:task-body></ac:task></ac:task-list>' +
        '<table><tbody><tr><th><p>h</p></th></tr></tbody></table>' +
        'kept',
    );
  });
});
