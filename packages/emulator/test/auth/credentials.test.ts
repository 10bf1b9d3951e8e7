import { describe, expect, it } from 'vitest';
import { addTestApp, appJwt, basic, call, setup } from '../helpers.js';

describe('Basic auth and bad credentials', () => {
  it('accepts a seeded user e-mail + API token', async () => {
    const { emu, page, asAdmin } = setup();
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin })).status).toBe(200);
  });

  it.each([
    ['no credentials', undefined],
    ['a wrong token', basic('admin@example.com', 'wrong')],
    ['an unknown user', basic('eve@example.com', 'demo-token')],
    ['an unknown scheme', 'Digest abc'],
  ])('answers %s with v1 403 and v2 404 (naming nothing)', async (_name, auth) => {
    const { emu, page } = setup();
    const v1 = await call(emu, 'GET', `/wiki/rest/api/content/${page.id}`, auth ? { auth } : {});
    expect(v1.status).toBe(403);
    expect(await v1.json()).toMatchObject({ statusCode: 403, data: { authorized: false }, reason: 'Forbidden' });
    const v2 = await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, auth ? { auth } : {});
    expect(v2.status).toBe(404);
    expect(await v2.json()).toEqual({ errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not Found', detail: null }] });
  });
});

describe('app JWT (HS256 + QSH)', () => {
  it('accepts a JWT made independently with atlassian-jwt, in the Authorization header', async () => {
    const { emu, clock, page } = setup();
    const app = addTestApp(emu, ['READ']);
    const path = `/wiki/rest/api/content/${page.id}?expand=body.atlas_doc_format,version`;
    const res = await call(emu, 'GET', path, { auth: appJwt(app, 'GET', path, clock.ms) });
    expect(res.status).toBe(200);
    // a client key as iss, without aud, is accepted too
    const byClientKey = appJwt(app, 'GET', path, clock.ms, { iss: app.clientKey, aud: undefined });
    expect((await call(emu, 'GET', path, { auth: byClientKey })).status).toBe(200);
    const v2path = `/wiki/api/v2/spaces?keys=DOC&limit=5`;
    expect((await call(emu, 'GET', v2path, { auth: appJwt(app, 'GET', v2path, clock.ms) })).status).toBe(200);
  });

  it('refuses a wrong qsh, a wrong secret, an expired token, an unknown issuer and ?jwt=', async () => {
    const { emu, clock, page } = setup();
    const app = addTestApp(emu, ['READ']);
    const path = `/wiki/rest/api/content/${page.id}`;
    const cases: [string, string, Record<string, string>][] = [
      ['qsh of another path', appJwt(app, 'GET', `/wiki/rest/api/content/1`, clock.ms), {}],
      ['qsh of another method', appJwt(app, 'POST', path, clock.ms), {}],
      ['context-qsh', appJwt(app, 'GET', path, clock.ms, { qsh: 'context-qsh' }), {}],
      ['wrong secret', appJwt(app, 'GET', path, clock.ms, {}, 'not-the-secret'), {}],
      ['expired', appJwt(app, 'GET', path, clock.ms - 200_000), {}],
      ['unknown issuer', appJwt(app, 'GET', path, clock.ms, { iss: 'someone-else' }), {}],
      ['another installation as audience', appJwt(app, 'GET', path, clock.ms, { aud: ['other-client'] }), {}],
      ['garbage', 'JWT not.a.jwt', {}],
    ];
    for (const [why, auth] of cases) {
      const res = await call(emu, 'GET', path, { auth });
      expect(res.status, why).toBe(403);
    }
    const q = `${path}?jwt=x`;
    const inQuery = await call(emu, 'GET', q, { auth: appJwt(app, 'GET', q, clock.ms) });
    expect(inQuery.status).toBe(403);
    expect(inQuery.headers.get('x-emulator-auth-failure')).toContain('jwt query parameter');
  });

  it('computes the QSH over sorted, encoded query parameters', async () => {
    const { emu, clock, page } = setup();
    const app = addTestApp(emu, ['READ']);
    const path = `/wiki/rest/api/content/${page.id}?expand=version,body.storage&status=current`;
    expect((await call(emu, 'GET', path, { auth: appJwt(app, 'GET', path, clock.ms) })).status).toBe(200);
    const reordered = `/wiki/rest/api/content/${page.id}?status=current&expand=version,body.storage`;
    expect((await call(emu, 'GET', reordered, { auth: appJwt(app, 'GET', path, clock.ms) })).status).toBe(200);
  });

  it('matches QSHs for CQL and non-ASCII query values however the client encodes them', async () => {
    const { emu, clock, page } = setup();
    const app = addTestApp(emu, ['READ', 'WRITE', 'DELETE']);
    const plus = `/wiki/rest/api/search?${new URLSearchParams({ cql: 'label = "x*y" AND space = "DOC"', limit: '5' }).toString()}`;
    expect(plus).toContain('+');
    expect((await call(emu, 'GET', plus, { auth: appJwt(app, 'GET', plus, clock.ms) })).status).toBe(200);
    const percent = `/wiki/rest/api/search?cql=${encodeURIComponent('type = page AND label in ("a/b", \'c\')')}`;
    expect((await call(emu, 'GET', percent, { auth: appJwt(app, 'GET', percent, clock.ms) })).status).toBe(200);
    const labels = `/wiki/rest/api/content/${page.id}/label`;
    expect((await call(emu, 'POST', labels, { auth: appJwt(app, 'POST', labels, clock.ms), body: [{ name: 'héllo-wörld' }] })).status).toBe(200);
    const del = `${labels}?name=${encodeURIComponent('héllo-wörld')}`;
    expect((await call(emu, 'DELETE', del, { auth: appJwt(app, 'DELETE', del, clock.ms) })).status).toBe(204);
  });
});

describe('scopes', () => {
  it('answers a missing scope with 401 "scope does not match"; WRITE implies READ, DELETE implies WRITE', async () => {
    const { emu, clock, page } = setup();
    const reader = addTestApp(emu, ['READ'], 'reader');
    const writer = addTestApp(emu, ['WRITE'], 'writer');
    const deleter = addTestApp(emu, ['DELETE'], 'deleter');
    const labels = `/wiki/rest/api/content/${page.id}/label`;
    const denied = await call(emu, 'POST', labels, { auth: appJwt(reader, 'POST', labels, clock.ms), body: [{ name: 'x' }] });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect((await call(emu, 'POST', labels, { auth: appJwt(writer, 'POST', labels, clock.ms), body: [{ name: 'x' }] })).status).toBe(200);
    expect((await call(emu, 'GET', labels, { auth: appJwt(writer, 'GET', labels, clock.ms) })).status).toBe(200);
    const del = `${labels}?name=x`;
    expect((await call(emu, 'DELETE', del, { auth: appJwt(writer, 'DELETE', del, clock.ms) })).status).toBe(401);
    expect((await call(emu, 'DELETE', del, { auth: appJwt(deleter, 'DELETE', del, clock.ms) })).status).toBe(204);
  });
});
