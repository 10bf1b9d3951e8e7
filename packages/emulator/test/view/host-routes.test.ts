import { createQueryStringHash, decodeSymmetric, fromMethodAndUrl, SymmetricAlgorithm } from 'atlassian-jwt';
import { describe, expect, it } from 'vitest';
import { editPage } from '../../src/state/index.js';
import { HOST_ENDPOINTS } from '../../src/view/index.js';
import { doc, viewFixture } from './factories.js';

const post = (f: ReturnType<typeof viewFixture>, path: string, body: unknown) =>
  f.http.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

interface IframeAnswer {
  url: string;
  origin: string;
  moduleKey: string;
  options: Record<string, unknown>;
}

describe('context JWT (AP.context.getToken)', () => {
  it('mints a fresh HS256 token with context-qsh, sub, content {id, version, type}, space and license', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    const res = await post(f, HOST_ENDPOINTS.token, { appKey: f.app.key, contentId: f.page.id });
    expect(res.status).toBe(200);
    const { token } = (await res.json()) as { token: string };
    const claims = decodeSymmetric(token, f.app.sharedSecret, SymmetricAlgorithm.HS256);
    expect(claims).toMatchObject({
      iss: f.app.clientKey,
      sub: f.editor.accountId,
      qsh: 'context-qsh',
      context: { confluence: { content: { id: f.page.id, version: '2', type: 'page' }, space: { key: 'DOC' } }, license: { active: true } },
    });
    expect(claims.exp - claims.iat).toBeGreaterThan(0);
    expect(() => decodeSymmetric(token, 'wrong-secret', SymmetricAlgorithm.HS256)).toThrow();

    editPage(f.site, f.page.id, { adf: doc('edited') });
    f.app.license = 'none';
    const again = (await (await post(f, HOST_ENDPOINTS.token, { appKey: f.app.key, contentId: f.page.id })).json()) as { token: string };
    expect(decodeSymmetric(again.token, f.app.sharedSecret, SymmetricAlgorithm.HS256).context).toMatchObject({
      confluence: { content: { version: '3' } },
      license: { active: false },
    });
  });

  it('refuses anonymous callers, unknown apps, invisible content and bad bodies', async () => {
    const f = viewFixture();
    expect((await post(f, HOST_ENDPOINTS.token, { appKey: f.app.key, contentId: f.page.id })).status).toBe(401);
    f.site.actingUserId = f.viewer.accountId;
    expect((await post(f, HOST_ENDPOINTS.token, { appKey: 'nope', contentId: f.page.id })).status).toBe(404);
    f.page.restrictions = { view: [f.admin.accountId] };
    expect((await post(f, HOST_ENDPOINTS.token, { appKey: f.app.key, contentId: f.page.id })).status).toBe(404);
    expect((await post(f, HOST_ENDPOINTS.token, { appKey: f.app.key })).status).toBe(400);
  });
});

describe('iframe URLs', () => {
  it('gives a cacheable web item the standard parameters but no jwt, with URL variables filled', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    const res = await post(f, HOST_ENDPOINTS.iframe, { appKey: f.app.key, moduleKey: 'labelup-button', kind: 'webItem', contentId: f.page.id });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as IframeAnswer;
    const url = new URL(answer.url);
    expect(url.origin + url.pathname).toBe('https://app.example.com/app/index.html');
    expect(answer.origin).toBe('https://app.example.com');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      target: 'inlinedialog',
      page: f.page.id,
      xdm_e: 'http://confluence.test',
      xdm_c: 'channel-com.example.labelup__labelup-button',
      cp: '/wiki',
      cv: '1001.0.0',
      lic: 'active',
    });
  });

  it('signs a non-cacheable module URL with a jwt whose qsh matches the URL', async () => {
    const f = viewFixture({ cacheable: false });
    f.site.actingUserId = f.editor.accountId;
    const answer = (await (await post(f, HOST_ENDPOINTS.iframe, { appKey: f.app.key, moduleKey: 'labelup-button', kind: 'webItem', contentId: f.page.id })).json()) as IframeAnswer;
    const url = new URL(answer.url);
    const token = url.searchParams.get('jwt') ?? '';
    const claims = decodeSymmetric(token, f.app.sharedSecret, SymmetricAlgorithm.HS256);
    expect(claims.qsh).toBe(createQueryStringHash(fromMethodAndUrl('GET', url.pathname + url.search), false, f.app.baseUrl));
    expect(claims.qsh).not.toBe('context-qsh');
    expect(claims).toMatchObject({ iss: f.app.clientKey, sub: f.editor.accountId, context: { confluence: { content: { id: f.page.id } } } });
  });

  it('opens dialogs by key with their options, and refuses hidden web items and unknown keys', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    const dialog = (await (await post(f, HOST_ENDPOINTS.iframe, { appKey: f.app.key, moduleKey: 'labelup-dashboard', kind: 'dialog', contentId: f.page.id })).json()) as IframeAnswer;
    expect(dialog.moduleKey).toBe('labelup-dashboard');
    expect(dialog.options).toEqual({ chrome: false, size: 'x-large' });
    expect(new URL(dialog.url).searchParams.get('target')).toBe('dialog');
    expect((await post(f, HOST_ENDPOINTS.iframe, { appKey: f.app.key, moduleKey: 'nope', kind: 'dialog', contentId: f.page.id })).status).toBe(404);
    f.site.actingUserId = f.viewer.accountId;
    expect((await post(f, HOST_ENDPOINTS.iframe, { appKey: f.app.key, moduleKey: 'labelup-button', kind: 'webItem', contentId: f.page.id })).status).toBe(403);
  });

  it('serves all.js and host.js as JavaScript', async () => {
    const f = viewFixture();
    const all = await f.http.request('/wiki/atlassian-connect/all.js');
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toContain('javascript');
    expect(await all.text()).toContain('window.AP = AP');
    expect(await (await f.http.request(HOST_ENDPOINTS.script)).text()).toContain("'context.getToken'");
  });
});

describe('host endpoints: loaded version, dialogmodule targets, cross-origin writes', () => {
  it('binds the token to the version loaded in the browser when it exists, else the current one', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    editPage(f.site, f.page.id, { adf: doc('edited elsewhere') });
    const versionIn = async (version: unknown): Promise<unknown> => {
      const { token } = (await (await post(f, HOST_ENDPOINTS.token, { appKey: f.app.key, contentId: f.page.id, version })).json()) as { token: string };
      return (decodeSymmetric(token, f.app.sharedSecret, SymmetricAlgorithm.HS256).context as { confluence: { content: { version: string } } }).confluence.content.version;
    };
    expect(await versionIn(2)).toBe('2');
    expect(await versionIn(99)).toBe('3');
    expect(await versionIn(undefined)).toBe('3');
  });

  it('opens a web item with target dialogmodule as the named dialog module', async () => {
    const f = viewFixture();
    const modules = f.app.descriptor['modules'] as { webItems: Record<string, unknown>[] };
    modules.webItems.push({ key: 'open-dash', location: 'system.content.button', url: '/unused', target: { type: 'dialogmodule', options: { key: 'labelup-dashboard' } } });
    f.site.actingUserId = f.editor.accountId;
    const answer = (await (await post(f, HOST_ENDPOINTS.iframe, { appKey: f.app.key, moduleKey: 'open-dash', kind: 'webItem', contentId: f.page.id })).json()) as IframeAnswer;
    expect(answer.moduleKey).toBe('labelup-dashboard');
    expect(new URL(answer.url).pathname).toBe('/app/index.html');
  });

  it('refuses writes from another origin', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    const res = await f.http.request(`http://confluence.test${HOST_ENDPOINTS.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ appKey: f.app.key, contentId: f.page.id }),
    });
    expect(res.status).toBe(403);
    const same = await f.http.request(`http://confluence.test${HOST_ENDPOINTS.token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://confluence.test' },
      body: JSON.stringify({ appKey: f.app.key, contentId: f.page.id }),
    });
    expect(same.status).toBe(200);
  });
});
