import { describe, expect, it } from 'vitest';
import { setSpacePermissions } from '../../src/index.js';
import { call, doc, setup } from '../helpers.js';

const adfBody = (text: string) => ({ representation: 'atlas_doc_format', value: JSON.stringify(doc(text)) });

describe('v2 page writes (POST /pages, PUT /pages/{id})', () => {
  it('creates a page in a space and serves it back at version 1', async () => {
    const { emu, space, page, admin, asAdmin } = setup();
    const res = await call(emu, 'POST', '/wiki/api/v2/pages', { auth: asAdmin, body: { spaceId: space.id, title: 'Runbook', parentId: page.id, body: adfBody('Restart the cluster') } });
    expect(res.status).toBe(200);
    const created = (await res.json()) as { id: string; title: string; spaceId: string; parentId: string; authorId: string; version: { number: number }; body: { atlas_doc_format: { value: string } } };
    expect(created).toMatchObject({ title: 'Runbook', spaceId: space.id, parentId: page.id, authorId: admin.accountId, version: { number: 1 } });
    expect(JSON.parse(created.body.atlas_doc_format.value)).toEqual(doc('Restart the cluster'));
    const read = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${created.id}?body-format=storage`, { auth: asAdmin })).json()) as { body: { storage: { value: string } } };
    expect(read.body.storage.value).toBe('<p>Restart the cluster</p>');
  });

  it('updates a page: version.number must be the current one + 1, else 409', async () => {
    const { emu, page, asAdmin } = setup();
    const update = (number: number, text: string) =>
      call(emu, 'PUT', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin, body: { id: page.id, status: 'current', title: 'Hello again', body: adfBody(text), version: { number, message: 'edit' } } });
    const ok = await update(2, 'second');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: page.id, title: 'Hello again', version: { number: 2, message: 'edit' } });
    const stale = await update(2, 'again');
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('CONFLICT');
    expect((await update(5, 'skip')).status).toBe(409);
    const v1 = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?version=1&body-format=storage`, { auth: asAdmin })).json()) as { status: string };
    expect(v1.status).toBe('historical');
  });

  it('answers bad input with clear 400s and permissions with 403/404', async () => {
    const { emu, space, page, bob, asAdmin, asBob } = setup();
    const post = (body: unknown, auth = asAdmin) => call(emu, 'POST', '/wiki/api/v2/pages', { auth, body });
    expect((await post({ spaceId: space.id })).status).toBe(400);
    expect((await post({ spaceId: space.id, title: 'Hello' })).status).toBe(400); // title taken in the space
    expect((await post({ spaceId: space.id, title: 'X', body: { representation: 'storage', value: '<p>x</p>' } })).status).toBe(400);
    expect((await post({ spaceId: space.id, title: 'Y', body: { representation: 'atlas_doc_format', value: 'not json' } })).status).toBe(400);
    expect((await post({ spaceId: '999999', title: 'Z' })).status).toBe(404);
    const notJson = await emu.app.request('http://confluence.test/wiki/api/v2/pages', { method: 'POST', headers: { authorization: asAdmin, 'content-type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(400);
    setSpacePermissions(space, { view: '*', edit: [] });
    expect((await post({ spaceId: space.id, title: 'By Bob' }, asBob)).status).toBe(403);
    const put = await call(emu, 'PUT', `/wiki/api/v2/pages/${page.id}`, { auth: asBob, body: { id: page.id, status: 'current', title: 'Hello', body: adfBody('b'), version: { number: 2 } } });
    expect(put.status).toBe(403);
    expect(bob.accountId).toBeTruthy();
    const mismatch = await call(emu, 'PUT', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin, body: { id: '1', status: 'current', title: 'Hello', body: adfBody('b'), version: { number: 2 } } });
    expect(mismatch.status).toBe(400);
  });
});
