import { encodeSymmetric } from 'atlassian-jwt';
import { describe, expect, it } from 'vitest';
import { addPage, OAUTH_AUDIENCE, type InstalledApp } from '../../src/index.js';
import { addTestApp, call, ORIGIN, setup } from '../helpers.js';

function assertion(app: InstalledApp, accountId: string, nowMs: number, overrides: Record<string, unknown> = {}, secret = app.sharedSecret): string {
  const iat = Math.floor(nowMs / 1000);
  return encodeSymmetric(
    {
      iss: `urn:atlassian:connect:clientid:${app.oauthClientId}`,
      sub: `urn:atlassian:connect:useraccountid:${accountId}`,
      tnt: `${ORIGIN}/wiki`,
      aud: OAUTH_AUDIENCE,
      iat,
      exp: iat + 60,
      ...overrides,
    },
    secret,
  );
}

async function token(emu: ReturnType<typeof setup>['emu'], jwt: string, scope = 'READ WRITE'): Promise<Response> {
  const form = new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: jwt, scope });
  return emu.app.request(`${ORIGIN}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
}

describe('OAuth 2.0 JWT bearer (act as user)', () => {
  it("issues a bearer token with which the app acts as that user, under the user's permissions", async () => {
    const { emu, clock, space, admin, bob } = setup();
    const app = addTestApp(emu, ['READ', 'WRITE', 'ACT_AS_USER']);
    const secret = addPage(emu.state, { spaceId: space.id, title: 'Secret', restrictions: { view: [admin.accountId] } });
    const res = await token(emu, assertion(app, bob.accountId, clock.ms));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; expires_in: number; token_type: string };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const asBob = `Bearer ${body.access_token}`;
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${secret.id}`, { auth: asBob })).status).toBe(404);
    const adminToken = (await (await token(emu, assertion(app, admin.accountId, clock.ms))).json()) as { access_token: string };
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${secret.id}`, { auth: `Bearer ${adminToken.access_token}` })).status).toBe(200);
    // the label is written as the user
    const labels = `/wiki/rest/api/content/${secret.id}/label`;
    expect((await call(emu, 'POST', labels, { auth: `Bearer ${adminToken.access_token}`, body: [{ prefix: 'my', name: 'mine' }] })).status).toBe(200);
    expect(secret.labels[0]?.ownerId).toBe(admin.accountId);
    // token scopes apply: READ-only token cannot write
    const readOnly = (await (await token(emu, assertion(app, admin.accountId, clock.ms), 'READ')).json()) as { access_token: string };
    expect((await call(emu, 'POST', labels, { auth: `Bearer ${readOnly.access_token}`, body: [{ name: 'x' }] })).status).toBe(401);
    // expiry
    clock.ms += 901_000;
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${secret.id}`, { auth: `Bearer ${adminToken.access_token}` })).status).toBe(404);
  });

  it('refuses apps without ACT_AS_USER and bad assertions', async () => {
    const { emu, clock, bob } = setup();
    const plain = addTestApp(emu, ['READ'], 'plain');
    expect(((await (await token(emu, assertion(plain, bob.accountId, clock.ms), 'READ')).json()) as { error: string }).error).toBe('invalid_scope');
    const app = addTestApp(emu, ['READ', 'ACT_AS_USER'], 'actor');
    const bad: [string, string, string][] = [
      ['wrong secret', assertion(app, bob.accountId, clock.ms, {}, 'x'), 'invalid_grant'],
      ['expired', assertion(app, bob.accountId, clock.ms - 120_000), 'invalid_grant'],
      ['wrong tnt', assertion(app, bob.accountId, clock.ms, { tnt: 'https://other.atlassian.net/wiki' }), 'invalid_grant'],
      ['wrong aud', assertion(app, bob.accountId, clock.ms, { aud: 'https://elsewhere' }), 'invalid_grant'],
      ['unknown user', assertion(app, 'nobody', clock.ms), 'invalid_grant'],
      ['unknown client', assertion(app, bob.accountId, clock.ms, { iss: 'urn:atlassian:connect:clientid:nope' }), 'invalid_grant'],
      ['too many scopes', assertion(app, bob.accountId, clock.ms), 'invalid_scope'],
    ];
    for (const [why, jwt, error] of bad) {
      const res = await token(emu, jwt, why === 'too many scopes' ? 'READ WRITE' : 'READ');
      expect(res.status, why).toBeGreaterThanOrEqual(400);
      expect(((await res.json()) as { error: string }).error, why).toBe(error);
    }
    const wrongGrant = await emu.app.request(`${ORIGIN}/oauth2/token`, { method: 'POST', body: 'grant_type=password' });
    expect(((await wrongGrant.json()) as { error: string }).error).toBe('unsupported_grant_type');
  });
});
