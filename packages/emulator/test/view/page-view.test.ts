import { describe, expect, it } from 'vitest';
import { currentVersion } from '../../src/state/index.js';
import { contentPath } from '../../src/view/index.js';
import { viewFixture } from './factories.js';

describe('page view routes', () => {
  it('asks an anonymous visitor to log in, and shows the page to a logged-in user', async () => {
    const f = viewFixture();
    const path = contentPath(f.site, f.page);
    expect(path).toBe(`/wiki/spaces/DOC/pages/${f.page.id}/Runbook+%3Cone%3E`);
    expect((await f.http.request(path)).status).toBe(401);
    f.site.actingUserId = f.viewer.accountId;
    const res = await f.http.request(path);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toContain('<h1 class="title" data-testid="title">Runbook &lt;one&gt;</h1>');
    expect(body).toContain('second version');
    expect(body).toContain('data-label="runbook"');
    expect(body).toContain('Docs home'); // breadcrumb
    expect(body).not.toContain('data-testid="old-version"');
  });

  it('serves old versions with a banner, 404 for a missing version, and the title-less URL', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.admin.accountId;
    const old = await (await f.http.request(`/wiki/spaces/DOC/pages/${f.page.id}?version=1`)).text();
    expect(old).toContain('first version');
    expect(old).toContain('data-testid="old-version"');
    expect((await f.http.request(`/wiki/spaces/DOC/pages/${f.page.id}?version=9`)).status).toBe(404);
    expect((await f.http.request(`/wiki/spaces/DOC/pages/${f.page.id}?version=abc`)).status).toBe(404);
  });

  it('treats no access like no page, redirects a wrong space key, and 404s unknown ids', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.viewer.accountId;
    f.page.restrictions = { view: [f.admin.accountId] };
    expect((await f.http.request(`/wiki/spaces/DOC/pages/${f.page.id}`)).status).toBe(404);
    expect((await f.http.request('/wiki/spaces/DOC/pages/999999')).status).toBe(404);
    const moved = await f.http.request(`/wiki/spaces/OTHER/pages/${f.home.id}`);
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(contentPath(f.site, f.home));
  });

  it('serves blog posts at the dated and the short URL, not under /pages/', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    const dated = contentPath(f.site, f.blog);
    expect(dated).toMatch(new RegExp(`^/wiki/spaces/DOC/blog/2026/05/01/${f.blog.id}/News`));
    expect((await f.http.request(dated)).status).toBe(200);
    expect((await f.http.request(`/wiki/spaces/DOC/blog/${f.blog.id}`)).status).toBe(200);
    expect((await f.http.request(`/wiki/spaces/DOC/pages/${f.blog.id}`)).status).toBe(404);
  });

  it('lists visible spaces and pages on the index', async () => {
    const f = viewFixture();
    expect(await (await f.http.request('/wiki/')).text()).toContain('data-testid="log-in"');
    f.site.actingUserId = f.viewer.accountId;
    const body = await (await f.http.request('/wiki/')).text();
    expect(body).toContain('data-space-key="DOC"');
    expect(body).toContain('Runbook &lt;one&gt;');
    expect(body).toContain('(blog)');
  });

  it('edits as the acting user: append bumps the version, replace swaps the body, viewers get 403', async () => {
    const f = viewFixture();
    f.site.actingUserId = f.editor.accountId;
    const json = { 'content-type': 'application/json' };
    const res = await f.http.request(`/wiki/pages/${f.page.id}/edit`, { method: 'POST', headers: json, body: JSON.stringify({ text: 'appended <b>' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: f.page.id, version: 3 });
    expect(JSON.stringify(currentVersion(f.page).adf)).toContain('second version');
    expect(JSON.stringify(currentVersion(f.page).adf)).toContain('appended <b>');
    expect(currentVersion(f.page).authorId).toBe(f.editor.accountId);

    const form = new URLSearchParams({ mode: 'replace', text: 'brand new', title: 'Renamed' });
    const redirect = await f.http.request(`/wiki/pages/${f.page.id}/edit`, { method: 'POST', body: form });
    expect(redirect.status).toBe(303);
    expect(currentVersion(f.page)).toMatchObject({ number: 4, title: 'Renamed' });
    expect(JSON.stringify(currentVersion(f.page).adf)).not.toContain('second version');

    const bad = await f.http.request(`/wiki/pages/${f.page.id}/edit`, { method: 'POST', headers: json, body: JSON.stringify({ mode: 'rewrite' }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as object).toHaveProperty('error');
    expect((await f.http.request(`/wiki/pages/${f.page.id}/edit`, { method: 'POST', headers: json, body: '{' })).status).toBe(400);

    f.site.actingUserId = f.viewer.accountId;
    expect((await f.http.request(`/wiki/pages/${f.page.id}/edit`, { method: 'POST', headers: json, body: '{}' })).status).toBe(403);
    expect(currentVersion(f.page).number).toBe(4);
  });

  it('switches the acting user from the header form, refusing unknown users and foreign return paths', async () => {
    const f = viewFixture();
    const post = (fields: Record<string, string>) => f.http.request('/wiki/__emulator/act-as', { method: 'POST', body: new URLSearchParams(fields) });
    const res = await post({ email: 'vi@example.com', returnTo: '/wiki/spaces/DOC/pages/1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/wiki/spaces/DOC/pages/1');
    expect(f.site.actingUserId).toBe(f.viewer.accountId);
    expect((await post({ accountId: 'nobody' })).status).toBe(400);
    expect((await post({ accountId: f.admin.accountId, returnTo: 'https://evil.example/' })).headers.get('location')).toBe('/wiki/');
    await post({ accountId: '' });
    expect(f.site.actingUserId).toBeUndefined();
  });
});

describe('space overview', () => {
  it('redirects to the home page, 404s unknown spaces, 401s anonymous visitors', async () => {
    const f = viewFixture();
    expect((await f.http.request('/wiki/spaces/DOC')).status).toBe(401);
    f.site.actingUserId = f.viewer.accountId;
    for (const path of ['/wiki/spaces/DOC', '/wiki/spaces/DOC/overview']) {
      const res = await f.http.request(path);
      expect(res.status, path).toBe(302);
      expect(res.headers.get('location')).toBe(contentPath(f.site, f.home));
    }
    expect((await f.http.request('/wiki/spaces/NOPE')).status).toBe(404);
  });
});
