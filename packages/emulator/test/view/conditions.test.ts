import { describe, expect, it } from 'vitest';
import { CONTENT_BUTTON_LOCATION, evaluateCondition, webItemsAt } from '../../src/view/index.js';
import { viewFixture } from './factories.js';

const buttons = async (f: ReturnType<typeof viewFixture>, path: string): Promise<number> =>
  ((await (await f.http.request(path)).text()).match(/data-testid="web-item"/g) ?? []).length;

describe('system.content.button conditions (Label UP!: logged in, page or blog post, latest version, EDIT)', () => {
  it('shows the button only when every condition holds', async () => {
    const f = viewFixture();
    const pagePath = `/wiki/spaces/DOC/pages/${f.page.id}`;
    const cases: [string, string | undefined, string, number][] = [
      ['editor, latest page', f.editor.accountId, pagePath, 1],
      ['editor, old version', f.editor.accountId, `${pagePath}?version=1`, 0],
      ['editor, explicit latest version', f.editor.accountId, `${pagePath}?version=2`, 1],
      ['editor, blog post', f.editor.accountId, `/wiki/spaces/DOC/blog/${f.blog.id}`, 1],
      ['viewer without EDIT', f.viewer.accountId, pagePath, 0],
      ['viewer, blog post', f.viewer.accountId, `/wiki/spaces/DOC/blog/${f.blog.id}`, 0],
    ];
    for (const [name, who, path, expected] of cases) {
      f.site.actingUserId = who;
      expect(await buttons(f, path), name).toBe(expected);
    }
  });

  it('evaluates and/or groups, invert, params and unknown conditions', () => {
    const f = viewFixture();
    const ctx = { site: f.site, accountId: f.viewer.accountId, content: f.page };
    expect(evaluateCondition({ condition: 'has_page' }, ctx)).toBe(true);
    expect(evaluateCondition({ condition: 'has_blog_post' }, ctx)).toBe(false);
    expect(evaluateCondition({ or: [{ condition: 'has_blog_post' }, { condition: 'has_page' }] }, ctx)).toBe(true);
    expect(evaluateCondition({ and: [{ condition: 'has_blog_post' }, { condition: 'has_page' }] }, ctx)).toBe(false);
    expect(evaluateCondition({ condition: 'has_page_permission', params: { permission: 'VIEW' } }, ctx)).toBe(true);
    expect(evaluateCondition({ condition: 'has_page_permission', params: { permission: 'EDIT' } }, ctx)).toBe(false);
    expect(evaluateCondition({ condition: 'has_page_permission', params: { permission: 'EDIT' }, invert: true }, ctx)).toBe(true);
    expect(evaluateCondition({ condition: 'latest_version' }, { ...ctx, viewedVersion: 1 })).toBe(false);
    expect(evaluateCondition({ condition: 'user_is_logged_in' }, { site: f.site })).toBe(false);
    expect(evaluateCondition({ condition: 'no_such_condition' }, ctx)).toBe(false);
    expect(evaluateCondition('garbage', ctx)).toBe(false);
  });

  it('lists web items only at their location, and a module without conditions everywhere', () => {
    const f = viewFixture();
    f.app.descriptor = {
      modules: {
        webItems: [
          { key: 'plain', location: CONTENT_BUTTON_LOCATION, url: '/p', name: { value: 'Plain' } },
          { key: 'elsewhere', location: 'system.header/left', url: '/e' },
          { key: 'broken', location: CONTENT_BUTTON_LOCATION, conditions: 'not-an-array', url: '/b' },
        ],
      },
    };
    const items = webItemsAt(CONTENT_BUTTON_LOCATION, { site: f.site, content: f.page });
    expect(items.map((i) => [i.key, i.name, i.target])).toEqual([['plain', 'Plain', 'page']]);
  });
});
