import { generateKeyPairSync } from 'node:crypto';
import * as jwt from 'atlassian-jwt';
import { describe, expect, it } from 'vitest';
import { ConnectAuthError } from '../../src/connect/auth-error.js';
import { lifecyclePayloadSchema, verifySignedInstall } from '../../src/connect/lifecycle.js';

const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
const keys = pair();
const otherKeys = pair();
const BASE = 'https://labelup.example.com';
const now = new Date('2026-11-29T12:00:00Z');
const nowS = now.getTime() / 1000;
const deps = { getInstallKey: async (kid: string) => (kid === 'kid-1' ? keys.publicKey : Promise.reject(new ConnectAuthError('unknown-key'))), baseUrl: BASE, now: () => now };

function token(overrides: Record<string, unknown> = {}, privateKey = keys.privateKey, kid = 'kid-1'): string {
  const qsh = jwt.createQueryStringHash(jwt.fromMethodAndUrl('POST', '/installed'), false, BASE);
  const claims = { iss: 'site-1', aud: [BASE], iat: nowS, exp: nowS + 180, qsh, ...overrides };
  return jwt.encodeAsymmetric(claims, privateKey, jwt.AsymmetricAlgorithm.RS256, { kid });
}

async function codeOf(authorization: string, request: { pathAndQuery?: string; clientKey?: string } = {}): Promise<string> {
  try {
    await verifySignedInstall({ authorization, method: 'POST', pathAndQuery: request.pathAndQuery ?? '/installed', clientKey: request.clientKey ?? 'site-1' }, deps);
    return 'ok';
  } catch (error) {
    return error instanceof ConnectAuthError ? error.code : `other:${String(error)}`;
  }
}

describe('verifySignedInstall', () => {
  it('accepts a correctly signed install', async () => {
    expect(await codeOf(`JWT ${token()}`)).toBe('ok');
    expect(await codeOf(`JWT ${token({ aud: `${BASE}/` })}`)).toBe('ok');
  });

  it('refuses a missing or non-JWT Authorization header', async () => {
    expect(await codeOf('')).toBe('missing-token');
    expect(await codeOf(`Bearer ${token()}`)).toBe('missing-token');
  });

  it('refuses a signature made with another private key', async () => {
    expect(await codeOf(`JWT ${token({}, otherKeys.privateKey)}`)).toBe('bad-signature');
  });

  it('refuses an unknown kid and HS256 installs', async () => {
    expect(await codeOf(`JWT ${token({}, keys.privateKey, 'kid-2')}`)).toBe('unknown-key');
    expect(await codeOf(`JWT ${jwt.encodeSymmetric({ iss: 'site-1' }, 'secret-secret-secret')}`)).toBe('wrong-algorithm');
  });

  it('checks exp, aud, iss and qsh', async () => {
    expect(await codeOf(`JWT ${token({ iat: nowS - 120, exp: nowS - 60 })}`)).toBe('token-expired');
    expect(await codeOf(`JWT ${token({ aud: ['https://evil.example.com'] })}`)).toBe('wrong-audience');
    expect(await codeOf(`JWT ${token()}`, { clientKey: 'site-2' })).toBe('wrong-issuer');
    expect(await codeOf(`JWT ${token()}`, { pathAndQuery: '/uninstalled' })).toBe('wrong-qsh');
  });
});

describe('verifySignedInstall time claims (issue 12, item 1)', () => {
  it('refuses nbf or iat in the future beyond the 3 s skew, and accepts them within it', async () => {
    expect(await codeOf(`JWT ${token({ nbf: nowS + 3600 })}`)).toBe('token-not-yet-valid');
    expect(await codeOf(`JWT ${token({ iat: nowS + 3600, exp: nowS + 3700 })}`)).toBe('token-not-yet-valid');
    expect(await codeOf(`JWT ${token({ nbf: nowS + 2, iat: nowS + 2, exp: nowS + 180 })}`)).toBe('ok');
    expect(await codeOf(`JWT ${token({ nbf: 'soon' })}`)).toBe('malformed-token');
  });

  it('requires iat and bounds the lifetime exp - iat to 5 minutes', async () => {
    expect(await codeOf(`JWT ${token({ iat: undefined })}`)).toBe('missing-claim');
    expect(await codeOf(`JWT ${token({ iat: nowS - 10, exp: nowS + 86_400 })}`)).toBe('token-lifetime');
    expect(await codeOf(`JWT ${token({ iat: nowS, exp: nowS })}`)).toBe('token-lifetime');
    expect(await codeOf(`JWT ${token({ iat: nowS - 10, exp: nowS + 290 })}`)).toBe('ok');
  });

  it('returns the token hash and until when it could be replayed', async () => {
    const t = token();
    const verified = await verifySignedInstall({ authorization: `JWT ${t}`, method: 'POST', pathAndQuery: '/installed', clientKey: 'site-1' }, deps);
    expect(verified.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(verified.replayableUntilMs).toBe((nowS + 183) * 1000);
  });
});

describe('lifecyclePayloadSchema', () => {
  const payload = { key: 'com.labelup.app', clientKey: 'site-1', sharedSecret: 'x'.repeat(32), baseUrl: 'https://acme.atlassian.net/wiki', productType: 'confluence', eventType: 'installed' };
  it('accepts an install payload and ignores unknown fields', () => {
    expect(lifecyclePayloadSchema.parse({ ...payload, extra: 1 })).toEqual(payload);
  });
  it('rejects non-http base URLs and unknown events', () => {
    expect(lifecyclePayloadSchema.safeParse({ ...payload, baseUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(lifecyclePayloadSchema.safeParse({ ...payload, eventType: 'exploded' }).success).toBe(false);
  });
});
