import * as jwt from 'atlassian-jwt';
import { describe, expect, it } from 'vitest';
import { ConnectAuthError } from '../../src/connect/auth-error.js';
import { verifyContextToken } from '../../src/connect/context-jwt.js';

const SECRET = 'a-shared-secret-of-enough-length-0123456789';
const now = new Date('2026-11-29T12:00:00Z');
const nowS = now.getTime() / 1000;
const deps = { getSharedSecret: async (key: string) => (key === 'site-1' ? SECRET : undefined), now: () => now };

function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: 'site-1',
    sub: 'account-1',
    iat: nowS - 10,
    exp: nowS + 170,
    qsh: 'context-qsh',
    context: { confluence: { content: { id: '42', version: '3', type: 'page' } }, license: { active: true } },
    ...overrides,
  };
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof ConnectAuthError ? error.code : `other:${String(error)}`;
  }
}

describe('verifyContextToken', () => {
  it('accepts a valid token and extracts site, user, content and license', async () => {
    const context = await verifyContextToken(jwt.encodeSymmetric(claims(), SECRET), deps);
    expect(context).toEqual({ clientKey: 'site-1', accountId: 'account-1', content: { id: '42', version: 3, type: 'page' }, license: { active: true }, expiresAt: (nowS + 170) * 1000 });
  });

  it('reads numeric ids and blog posts, and tokens without content or license', async () => {
    const blog = await verifyContextToken(jwt.encodeSymmetric(claims({ context: { confluence: { content: { id: 7, version: 1, type: 'blogpost' } } } }), SECRET), deps);
    expect(blog.content).toEqual({ id: '7', version: 1, type: 'blogpost' });
    expect(blog.license).toBeUndefined();
    const bare = await verifyContextToken(jwt.encodeSymmetric(claims({ context: {} }), SECRET), deps);
    expect(bare.content).toBeUndefined();
  });

  it('ignores content of an unknown type or with a bad version', async () => {
    const attachment = await verifyContextToken(jwt.encodeSymmetric(claims({ context: { confluence: { content: { id: '1', version: 1, type: 'attachment' } } } }), SECRET), deps);
    expect(attachment.content).toBeUndefined();
    const zero = await verifyContextToken(jwt.encodeSymmetric(claims({ context: { confluence: { content: { id: '1', version: 0, type: 'page' } } } }), SECRET), deps);
    expect(zero.content).toBeUndefined();
  });

  it('refuses a token signed with another secret', async () => {
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims(), `${SECRET}x`), deps))).toBe('bad-signature');
  });

  it('refuses a forged payload under a valid signature', async () => {
    const [header, , signature] = jwt.encodeSymmetric(claims(), SECRET).split('.');
    const forged = `${header}.${b64(claims({ sub: 'account-2' }))}.${signature}`;
    expect(await codeOf(verifyContextToken(forged, deps))).toBe('bad-signature');
  });

  it('refuses an expired token (beyond 3 s leeway) but accepts within it', async () => {
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims({ exp: nowS - 4 }), SECRET), deps))).toBe('token-expired');
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims({ exp: nowS - 1 }), SECRET), deps))).toBe('ok');
  });

  it('refuses nbf or iat in the future (issue 12, item 1) and accepts them within the 3 s skew', async () => {
    const code = (overrides: Record<string, unknown>) => codeOf(verifyContextToken(jwt.encodeSymmetric(claims(overrides), SECRET), deps));
    expect(await code({ nbf: nowS + 3600 })).toBe('token-not-yet-valid');
    expect(await code({ iat: nowS + 3600, exp: nowS + 3700 })).toBe('token-not-yet-valid');
    expect(await code({ nbf: nowS + 2 })).toBe('ok');
    expect(await code({ nbf: nowS - 60 })).toBe('ok');
  });

  it('requires iat and bounds the lifetime exp - iat to 30 minutes', async () => {
    const code = (overrides: Record<string, unknown>) => codeOf(verifyContextToken(jwt.encodeSymmetric(claims(overrides), SECRET), deps));
    expect(await code({ iat: undefined })).toBe('missing-claim');
    expect(await code({ iat: nowS - 10, exp: nowS + 365 * 86_400 })).toBe('token-lifetime');
    expect(await code({ iat: nowS - 60, exp: nowS + 30 * 60 - 60 })).toBe('ok');
  });

  it('refuses a token without exp', async () => {
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims({ exp: undefined }), SECRET), deps))).toBe('missing-claim');
  });

  it('refuses a qsh other than "context-qsh"', async () => {
    const qsh = jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', '/api/suggestions'));
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims({ qsh }), SECRET), deps))).toBe('wrong-qsh');
  });

  it('refuses alg none and algorithms other than HS256', async () => {
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`;
    expect(await codeOf(verifyContextToken(none, deps))).toBe('wrong-algorithm');
    const noneSigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.c2ln`;
    expect(await codeOf(verifyContextToken(noneSigned, deps))).toBe('wrong-algorithm');
    const hs512 = jwt.encodeSymmetric(claims(), SECRET, jwt.SymmetricAlgorithm.HS512);
    expect(await codeOf(verifyContextToken(hs512, deps))).toBe('wrong-algorithm');
  });

  it('refuses unknown sites, missing issuers and malformed tokens', async () => {
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims({ iss: 'site-2' }), SECRET), deps))).toBe('unknown-issuer');
    expect(await codeOf(verifyContextToken(jwt.encodeSymmetric(claims({ iss: undefined }), SECRET), deps))).toBe('missing-claim');
    for (const bad of ['', 'a.b', 'not.a.jwt', `${b64({ alg: 'HS256' })}.bm90IGpzb24.x`, `${b64({ alg: 'HS256' })}.${b64(claims())}.x.y`]) {
      expect(await codeOf(verifyContextToken(bad, deps))).toBe('malformed-token');
    }
  });
});
