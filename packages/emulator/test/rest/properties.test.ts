import { describe, expect, it } from 'vitest';
import { call, setup } from '../helpers.js';

type V1Prop = { id: string; key: string; value: unknown; version: { number: number } };

describe('v1 content properties', () => {
  it('creates with version 1 after a 404, then rejects a stale version with 409 and overwrites nothing', async () => {
    const { emu, page, asAdmin } = setup();
    const url = `/wiki/rest/api/content/${page.id}/property/labelup`;
    expect((await call(emu, 'GET', url, { auth: asAdmin })).status).toBe(404);
    const created = await call(emu, 'PUT', url, { auth: asAdmin, body: { key: 'labelup', value: { status: 'pending' }, version: { number: 1 } } });
    expect(created.status).toBe(200);
    expect(((await created.json()) as V1Prop).version.number).toBe(1);
    const updated = await call(emu, 'PUT', url, { auth: asAdmin, body: { value: { status: 'ready' }, version: { number: 2 } } });
    expect(((await updated.json()) as V1Prop).version.number).toBe(2);
    const stale = await call(emu, 'PUT', url, { auth: asAdmin, body: { value: { status: 'stale' }, version: { number: 2 } } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ statusCode: 409, reason: 'Conflict' });
    const now = (await (await call(emu, 'GET', url, { auth: asAdmin })).json()) as V1Prop;
    expect(now).toMatchObject({ key: 'labelup', value: { status: 'ready' }, version: { number: 2 } });
  });

  it('refuses a missing version, a mismatched key and duplicates; deletes', async () => {
    const { emu, page, asAdmin } = setup();
    const base = `/wiki/rest/api/content/${page.id}/property`;
    expect((await call(emu, 'PUT', `${base}/k`, { auth: asAdmin, body: { value: 1 } })).status).toBe(400);
    expect((await call(emu, 'PUT', `${base}/k`, { auth: asAdmin, body: { key: 'other', value: 1, version: { number: 1 } } })).status).toBe(400);
    expect((await call(emu, 'POST', base, { auth: asAdmin, body: { key: 'k', value: [1] } })).status).toBe(200);
    expect((await call(emu, 'POST', base, { auth: asAdmin, body: { key: 'k', value: [2] } })).status).toBe(409);
    const list = (await (await call(emu, 'GET', base, { auth: asAdmin })).json()) as { results: V1Prop[] };
    expect(list.results.map((p) => p.value)).toEqual([[1]]);
    expect((await call(emu, 'DELETE', `${base}/k`, { auth: asAdmin })).status).toBe(204);
    expect((await call(emu, 'DELETE', `${base}/k`, { auth: asAdmin })).status).toBe(404);
  });

  it('needs edit permission to write', async () => {
    const { emu, page, asBob, admin } = setup();
    page.restrictions = { edit: [admin.accountId] };
    const res = await call(emu, 'PUT', `/wiki/rest/api/content/${page.id}/property/k`, { auth: asBob, body: { value: 1, version: { number: 1 } } });
    expect(res.status).toBe(403);
    expect(page.properties.size).toBe(0);
  });
});

describe('v2 content properties', () => {
  it('creates, reads by key and id, updates with version checks, deletes', async () => {
    const { emu, page, asAdmin } = setup();
    const base = `/wiki/api/v2/pages/${page.id}/properties`;
    const created = (await (await call(emu, 'POST', base, { auth: asAdmin, body: { key: 'labelup', value: { a: 1 } } })).json()) as V1Prop;
    expect(created.version.number).toBe(1);
    expect((await call(emu, 'POST', base, { auth: asAdmin, body: { key: 'labelup', value: {} } })).status).toBe(409);
    const byKey = (await (await call(emu, 'GET', `${base}?key=labelup`, { auth: asAdmin })).json()) as { results: V1Prop[] };
    expect(byKey.results).toEqual([expect.objectContaining({ id: created.id, value: { a: 1 } })]);
    const ok = await call(emu, 'PUT', `${base}/${created.id}`, { auth: asAdmin, body: { key: 'labelup', value: { a: 2 }, version: { number: 2 } } });
    expect(ok.status).toBe(200);
    const stale = await call(emu, 'PUT', `${base}/${created.id}`, { auth: asAdmin, body: { key: 'labelup', value: { a: 3 }, version: { number: 2 } } });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ errors: [{ status: 409, code: 'CONFLICT' }] });
    expect(((await (await call(emu, 'GET', `${base}/${created.id}`, { auth: asAdmin })).json()) as V1Prop).value).toEqual({ a: 2 });
    expect((await call(emu, 'DELETE', `${base}/${created.id}`, { auth: asAdmin })).status).toBe(204);
    expect((await call(emu, 'GET', `${base}/${created.id}`, { auth: asAdmin })).status).toBe(404);
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/424242/properties`, { auth: asAdmin })).status).toBe(404);
  });
});
