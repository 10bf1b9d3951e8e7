import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contentPath } from '../../src/view/index.js';
import { FORGE_HOST_ENDPOINTS } from '../../src/forge/browser-routes.js';
import { IFRAME_BRIDGE_PATH, IFRAME_SANDBOX, RESOURCE_PREFIX } from '../../src/forge/resources.js';
import { ORIGIN } from '../helpers.js';
import { FIXTURE_APP_DIR, FIXTURE_APP_ID, forgeSite, warmUpManifestValidator } from './fixture.js';

describe('Forge host: page view, Custom UI resources and control API', () => {
  let s = forgeSite();
  beforeAll(warmUpManifestValidator);
  afterEach(() => {
    s.emu.reset();
    s = forgeSite();
  });
  const get = (path: string) => Promise.resolve(s.emu.app.request(`${ORIGIN}${path}`));
  const post = (path: string, body: unknown) => Promise.resolve(s.emu.app.request(`${ORIGIN}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));

  it('shows the byline item to a logged-in user who can view the page, with the Forge host script', async () => {
    const { installation } = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    s.emu.state.actingUserId = s.editor.accountId;
    const html = await (await get(contentPath(s.emu.state, s.page))).text();
    expect(html).toContain(`data-forge-app="${installation.installationId}" data-module-key="fixture-byline" title="Open the fixture app">Fixture labels</button>`);
    expect(html).toContain(FORGE_HOST_ENDPOINTS.script);
  });

  it('shows no byline item to an anonymous user, and refuses them a frame', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const res = await get(contentPath(s.emu.state, s.page));
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('data-testid="forge-byline-item"');
    const frame = await post(FORGE_HOST_ENDPOINTS.frame, { app: FIXTURE_APP_ID, moduleKey: 'fixture-byline', contentId: s.page.id });
    expect(frame.status).toBe(404);
  });

  it('answers the frame with a sandboxed resource URL on another origin; the HTML gets the bridge first and a strict CSP', async () => {
    const { installation } = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    s.emu.state.actingUserId = s.editor.accountId;
    const frame = (await (await post(FORGE_HOST_ENDPOINTS.frame, { app: installation.installationId, moduleKey: 'fixture-byline', contentId: s.page.id })).json()) as Record<string, string>;
    expect(frame['sandbox']).toBe(IFRAME_SANDBOX);
    expect(frame['src']).toBe(`${ORIGIN}${RESOURCE_PREFIX}/${installation.installationId}/main/index.html`);
    const res = await get(`${RESOURCE_PREFIX}/${installation.installationId}/main/index.html`);
    const html = await res.text();
    expect(html.indexOf(IFRAME_BRIDGE_PATH)).toBeLessThan(html.indexOf('./app.js'));
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain(`frame-ancestors ${ORIGIN}`);
    expect((await get(`${RESOURCE_PREFIX}/${installation.installationId}/main/..%2f..%2fmanifest.yml`)).status).toBe(404);
  });

  it('getContext carries locale, account, content id/type/version, space key, module key and license', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    s.emu.state.actingUserId = s.editor.accountId;
    const ctx = (await (await post(FORGE_HOST_ENDPOINTS.context, { app: FIXTURE_APP_ID, moduleKey: 'fixture-byline', contentId: s.page.id, version: 1 })).json()) as Record<string, unknown>;
    expect(ctx).toMatchObject({
      accountId: s.editor.accountId,
      locale: 'de-DE',
      moduleKey: 'fixture-byline',
      license: null,
      extension: { type: 'confluence:contentBylineItem', content: { id: s.page.id, type: 'page', version: 1 }, space: { key: 'ENG' } },
    });
  });

  it('bridge requestConfluence runs as the acting user with the app scopes: editor reads, viewer cannot add a label', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const frame = { app: FIXTURE_APP_ID, moduleKey: 'fixture-byline', contentId: s.page.id };
    s.emu.state.actingUserId = s.editor.accountId;
    const read = (await (await post(FORGE_HOST_ENDPOINTS.fetch, { ...frame, restPath: `/wiki/api/v2/pages/${s.page.id}` })).json()) as { status: number; body: string };
    expect(read.status).toBe(200);
    expect(JSON.parse(read.body)).toMatchObject({ id: s.page.id, title: 'Runbook' });
    s.emu.state.actingUserId = s.viewer.accountId;
    const add = { ...frame, restPath: `/wiki/rest/api/content/${s.page.id}/label`, init: { method: 'POST', headers: [['content-type', 'application/json']], body: '[{"prefix":"global","name":"x"}]' } };
    expect(((await (await post(FORGE_HOST_ENDPOINTS.fetch, add)).json()) as { status: number }).status).toBe(403);
    const spaces = (await (await post(FORGE_HOST_ENDPOINTS.fetch, { ...frame, restPath: '/wiki/api/v2/spaces' })).json()) as { status: number };
    expect(spaces.status).toBe(401); // read:space:confluence is not in the manifest
  });

  it('a paid app carries its license in the context; the control API switches it', async () => {
    const { installation } = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    installation.app.licensingEnabled = true; // as `app.licensing.enabled: true` in the manifest
    s.emu.state.actingUserId = s.editor.accountId;
    const context = async () => ((await (await post(FORGE_HOST_ENDPOINTS.context, { app: FIXTURE_APP_ID, moduleKey: 'fixture-byline', contentId: s.page.id })).json()) as { license: unknown }).license;
    expect(await context()).toEqual({ active: true, isEvaluation: false });
    const put = await s.emu.app.request(`${ORIGIN}/__emulator/forge/apps/${FIXTURE_APP_ID}/license`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ active: false }) });
    expect(put.status).toBe(200);
    expect(await context()).toEqual({ active: false, isEvaluation: false });
  });

  it('control API: install from a directory, list, invoke a resolver, uninstall; bad input is a clear 400', async () => {
    const created = await post('/__emulator/forge/apps', { dir: FIXTURE_APP_DIR });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ appId: FIXTURE_APP_ID, modules: { bylineItems: ['fixture-byline'] } });
    expect(((await (await get('/__emulator/forge/apps')).json()) as unknown[]).length).toBe(1);
    const invoked = await post(`/__emulator/forge/apps/${FIXTURE_APP_ID}/invoke`, { contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'whoami' });
    expect(((await invoked.json()) as { body: { accountId: string } }).body.accountId).toBe(s.editor.accountId);
    expect((await post('/__emulator/forge/apps', { nope: 1 })).status).toBe(400);
    const bad = await post('/__emulator/forge/apps', { dir: '/nonexistent' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'No manifest.yml in /nonexistent' });
    expect((await s.emu.app.request(`${ORIGIN}/__emulator/forge/apps/${FIXTURE_APP_ID}`, { method: 'DELETE' })).status).toBe(204);
    expect((await s.emu.app.request(`${ORIGIN}/__emulator/forge/apps/${FIXTURE_APP_ID}`, { method: 'DELETE' })).status).toBe(404);
  });
});
