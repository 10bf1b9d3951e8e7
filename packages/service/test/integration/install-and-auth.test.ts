import { generateKeyPairSync } from 'node:crypto';
import * as jwt from 'atlassian-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let clientKey: string;
const secretOf = () => h.emulator.state.apps.get(h.appKey)!.sharedSecret;
const nowS = () => Math.floor(Date.now() / 1000);

function contextClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: clientKey,
    sub: h.alice,
    iat: nowS(),
    exp: nowS() + 60,
    qsh: 'context-qsh',
    context: { confluence: { content: { id: h.page.id, version: '1', type: 'page' } } },
    ...overrides,
  };
}

async function errorCode(response: Response): Promise<string> {
  return ((await response.json()) as { error: { code: string } }).error.code;
}

beforeAll(async () => {
  h = await startHarness();
  clientKey = await h.install();
});
afterAll(async () => h?.stop());

describe('install through the emulator (signed install)', () => {
  it('stores the site with its shared secret and OAuth client id', async () => {
    const tenant = await h.service.tenants.get(clientKey);
    expect(tenant).toMatchObject({ clientKey, baseUrl: `${h.emulatorUrl}/wiki`, productType: 'confluence', sharedSecret: secretOf() });
    expect(tenant?.oauthClientId).toBe(h.emulator.state.apps.get(h.appKey)!.oauthClientId);
  });

  it('refuses an install signed with a key that is not the key server\'s', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const qsh = jwt.createQueryStringHash(jwt.fromMethodAndUrl('POST', '/installed'), false, h.service.baseUrl);
    const token = jwt.encodeAsymmetric({ iss: 'evil-site', aud: [h.service.baseUrl], iat: nowS(), exp: nowS() + 60, qsh }, privateKey, jwt.AsymmetricAlgorithm.RS256, { kid: h.emulator.keys().kid });
    const body = { key: h.appKey, clientKey: 'evil-site', sharedSecret: 'x'.repeat(40), baseUrl: 'https://evil.example.com/wiki', productType: 'confluence', eventType: 'installed' };
    const response = await fetch(`${h.service.url}/installed`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(401);
    expect(await h.service.tenants.get('evil-site')).toBeUndefined();
  });

  it('refuses an unsigned install and a malformed payload', async () => {
    const body = { key: h.appKey, clientKey: 'evil-site', sharedSecret: 'x'.repeat(40), baseUrl: 'https://evil.example.com/wiki', productType: 'confluence', eventType: 'installed' };
    const unsigned = await fetch(`${h.service.url}/installed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(unsigned.status).toBe(401);
    const malformed = await fetch(`${h.service.url}/installed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"key":' });
    expect(malformed.status).toBe(400);
    expect(await errorCode(malformed)).toBe('invalid-request');
  });
});

describe('context JWT on the API', () => {
  it('accepts the emulator\'s context token', async () => {
    const response = await h.api('/api/labels', h.token(h.alice, h.page.id));
    expect(response.status).toBe(200);
  });

  const refusals: [string, () => string, string][] = [
    ['forged (payload changed after signing)', () => {
      const [head, , sig] = jwt.encodeSymmetric(contextClaims(), secretOf()).split('.');
      return `${head}.${Buffer.from(JSON.stringify(contextClaims({ sub: h.bob }))).toString('base64url')}.${sig}`;
    }, 'not-authenticated'],
    ['expired', () => jwt.encodeSymmetric(contextClaims({ iat: nowS() - 900, exp: nowS() - 60 }), secretOf()), 'token-expired'],
    ['signed with a wrong secret', () => jwt.encodeSymmetric(contextClaims(), `${secretOf()}-wrong`), 'not-authenticated'],
    ['with a request qsh instead of context-qsh', () => jwt.encodeSymmetric(contextClaims({ qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', '/api/labels')) }), secretOf()), 'not-authenticated'],
    ['alg none', () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(contextClaims())).toString('base64url')}.`, 'not-authenticated'],
    ['from an unknown site', () => jwt.encodeSymmetric(contextClaims({ iss: 'other-site' }), secretOf()), 'not-authenticated'],
  ];
  for (const [name, make, code] of refusals) {
    it(`refuses a token ${name}`, async () => {
      const response = await h.api('/api/labels', make());
      expect(response.status).toBe(401);
      expect(await errorCode(response)).toBe(code);
    });
  }

  it('refuses a request about another page than the token\'s', async () => {
    const response = await h.api(`/api/labels?pageId=${h.otherPage.id}`, h.token(h.alice, h.page.id));
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('content-mismatch');
  });

  it('refuses a token without content', async () => {
    const response = await h.api('/api/labels', h.emulator.mintContextToken({ appKey: h.appKey, accountId: h.alice }));
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('content-mismatch');
  });

  it('refuses a missing Authorization header', async () => {
    const response = await fetch(`${h.service.url}/api/suggestions`);
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('not-authenticated');
  });
});

describe('security headers', () => {
  it('are set on API responses, errors and the descriptor, without cookies', async () => {
    for (const response of [
      await h.api('/api/labels', h.token(h.alice, h.page.id)),
      await fetch(`${h.service.url}/api/labels`),
      await fetch(`${h.service.url}/atlassian-connect.json`),
    ]) {
      const hsts = /max-age=(\d+)/.exec(response.headers.get('strict-transport-security') ?? '');
      expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/\*\.atlassian\.net .*http:\/\/127\.0\.0\.1:\d+/);
      expect(response.headers.get('x-frame-options')).toBeNull();
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${h.service.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.service.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', failing: [] });
  });
});

describe('data report', () => {
  const reportToken = (key: string, secret: string, path: string) =>
    jwt.encodeSymmetric({ iss: key, iat: nowS(), exp: nowS() + 60, qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', path), false, h.service.baseUrl) }, secret);

  it('lists exactly what is held for the site, secret masked, to that site only', async () => {
    const path = `/admin/tenants/${clientKey}/report`;
    const response = await fetch(`${h.service.url}${path}`, { headers: { authorization: `JWT ${reportToken(clientKey, secretOf(), path)}` } });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { installRecord: { field: string; value: string }[]; queuedJobs: unknown[] };
    expect(report.installRecord.map((f) => f.field)).toEqual(expect.arrayContaining(['clientKey', 'sharedSecret', 'baseUrl', 'oauthClientId']));
    expect(JSON.stringify(report)).not.toContain(secretOf());
    const wrongQsh = await fetch(`${h.service.url}${path}`, { headers: { authorization: `JWT ${reportToken(clientKey, secretOf(), '/other')}` } });
    expect(wrongQsh.status).toBe(401);
  });
});
