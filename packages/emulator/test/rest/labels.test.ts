import { describe, expect, it } from 'vitest';
import { addPage, setSpacePermissions } from '../../src/index.js';
import { call, setup } from '../helpers.js';

type LabelList = { results: { prefix: string; name: string; id: string; label: string }[]; size: number };

describe('v1 labels', () => {
  it('splits on space and comma, lowercases, and returns the whole list', async () => {
    const { emu, page, asAdmin } = setup();
    const res = await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, {
      auth: asAdmin,
      body: [{ prefix: 'global', name: 'Runbook Two' }, { prefix: 'global', name: 'a,b' }, { name: 'HÉLLO ' }],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as LabelList;
    expect(body.results.map((l) => l.name)).toEqual(['runbook', 'two', 'a', 'b', 'héllo']);
    expect(body.results[0]).toMatchObject({ prefix: 'global', label: 'runbook' });
    // a single object is accepted too, and re-adding is idempotent
    const again = (await (await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: { prefix: 'global', name: 'runbook' } })).json()) as LabelList;
    expect(again.size).toBe(5);
  });

  it.each([['my:foo'], ['v1.2'], ['a!'], ['tab\there']])('refuses %j with 400 label.contains.invalid.chars and adds nothing', async (name) => {
    const { emu, page, asAdmin } = setup();
    const res = await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: 'fine' }, { name }] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; statusCode: number };
    expect(body).toMatchObject({ statusCode: 400, message: 'label.contains.invalid.chars' });
    expect(page.labels).toHaveLength(0);
  });

  it('limits names to 255 UTF-16 code units and refuses empty names', async () => {
    const { emu, page, asAdmin } = setup();
    const ok = await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: 'é'.repeat(255) }] });
    expect(ok.status).toBe(200);
    const long = await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: '😀'.repeat(128) }] });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { message: string }).message).toBe('label.name.is.too.long');
    expect((await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: '' }] })).status).toBe(400);
    expect((await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: 'nope' })).status).toBe(400);
  });

  it('deletes by ?name= (works with /), 404 for a missing label, 400 HTML for an encoded / in the path', async () => {
    const { emu, page, asAdmin } = setup();
    await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: 'ci/cd' }, { name: 'plain' }] });
    const html = await call(emu, 'DELETE', `/wiki/rest/api/content/${page.id}/label/ci%2Fcd`, { auth: asAdmin });
    expect(html.status).toBe(400);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect((await call(emu, 'DELETE', `/wiki/rest/api/content/${page.id}/label?name=ci/cd`, { auth: asAdmin })).status).toBe(204);
    expect((await call(emu, 'DELETE', `/wiki/rest/api/content/${page.id}/label/plain`, { auth: asAdmin })).status).toBe(204);
    const missing = await call(emu, 'DELETE', `/wiki/rest/api/content/${page.id}/label?name=never-existed`, { auth: asAdmin });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toBe('No label found with name: never-existed');
    expect(page.labels).toHaveLength(0);
  });

  it('answers 405 with an empty body and an allow header on child/label writes', async () => {
    const { emu, page, asAdmin } = setup();
    for (const method of ['POST', 'DELETE']) {
      const res = await call(emu, method, `/wiki/rest/api/content/${page.id}/child/label?name=x`, { auth: asAdmin, body: [{ name: 'x' }] });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('HEAD,GET,OPTIONS');
      expect(await res.text()).toBe('');
    }
    expect((await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/child/label`, { auth: asAdmin })).status).toBe(200);
  });

  it('does not bump the page version, keeps my: labels private, and needs edit permission', async () => {
    const { emu, page, space, admin, bob, asAdmin, asBob } = setup();
    await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ prefix: 'my', name: 'mine' }, { name: 'shared' }] });
    expect(page.versions).toHaveLength(1);
    const seenByBob = (await (await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/label`, { auth: asBob })).json()) as LabelList;
    expect(seenByBob.results.map((l) => l.name)).toEqual(['shared']);
    setSpacePermissions(space, { view: '*', edit: [admin.accountId] });
    const denied = await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asBob, body: [{ name: 'nope' }] });
    expect(denied.status).toBe(403);
    setSpacePermissions(space, { view: [admin.accountId] });
    expect((await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/label`, { auth: asBob })).status).toBe(404);
    expect(bob.accountId).not.toBe(admin.accountId);
  });

  it('pages v1 label lists by start/limit', async () => {
    const { emu, page, asAdmin } = setup();
    await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: 'a b c' }] });
    const first = (await (await call(emu, 'GET', `/wiki/rest/api/content/${page.id}/label?limit=2`, { auth: asAdmin })).json()) as LabelList & { _links: { next?: string } };
    expect(first.results.map((l) => l.name)).toEqual(['a', 'b']);
    expect(first._links.next).toBe(`/rest/api/content/${page.id}/label?limit=2&next=true&start=2`);
    const second = (await (await call(emu, 'GET', `/wiki${first._links.next ?? ''}`, { auth: asAdmin })).json()) as LabelList & { _links: { next?: string } };
    expect(second.results.map((l) => l.name)).toEqual(['c']);
    expect(second._links.next).toBeUndefined();
  });
});

describe('v2 labels', () => {
  it('lists page labels sorted by id with cursor paging, and is read-only (405)', async () => {
    const { emu, page, asAdmin } = setup();
    await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: 'zeta' }, { name: 'alpha' }, { name: 'mid' }] });
    const res = await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}/labels?limit=2`, { auth: asAdmin });
    const body = (await res.json()) as { results: { id: string; name: string; prefix: string }[]; _links: { next?: string } };
    expect(body.results.map((l) => l.name)).toEqual(['zeta', 'alpha']);
    expect(Number(body.results[0]?.id)).toBeLessThan(Number(body.results[1]?.id));
    const rest = (await (await call(emu, 'GET', body._links.next ?? '', { auth: asAdmin })).json()) as { results: { name: string }[] };
    expect(rest.results.map((l) => l.name)).toEqual(['mid']);
    for (const method of ['POST', 'DELETE']) {
      const r = await call(emu, method, `/wiki/api/v2/pages/${page.id}/labels`, { auth: asAdmin, body: [{ name: 'x' }] });
      expect(r.status).toBe(405);
      expect(await r.json()).toMatchObject({ errors: [{ status: 405, code: 'METHOD_NOT_ALLOWED' }] });
    }
  });

  it('lists the distinct labels of the content in a space', async () => {
    const { emu, page, space, asAdmin } = setup();
    const other = addPage(emu.state, { spaceId: space.id, title: 'Other' });
    await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth: asAdmin, body: [{ name: 'ops ci' }] });
    await call(emu, 'POST', `/wiki/rest/api/content/${other.id}/label`, { auth: asAdmin, body: [{ name: 'ops docs' }] });
    const body = (await (await call(emu, 'GET', `/wiki/api/v2/spaces/${space.id}/content/labels`, { auth: asAdmin })).json()) as { results: { name: string }[] };
    expect(body.results.map((l) => l.name)).toEqual(['ops', 'ci', 'docs']);
  });
});
