import { createQueryStringHash, decodeSymmetric, fromMethodAndUrl, SymmetricAlgorithm } from 'atlassian-jwt';
import { describe, expect, it } from 'vitest';
import { appJwtAuth } from './app-jwt-auth.js';

const options = { appKey: 'com.labelup.app', clientKey: 'ck-1', sharedSecret: 'secret-0123456789', now: () => 1_800_000_000_000 };

describe('appJwtAuth', () => {
  it('signs HS256 with iss, aud, a 3-minute expiry and the QSH of the request relative to /wiki', async () => {
    const url = new URL('https://x.atlassian.net/wiki/api/v2/pages/42?body-format=atlas_doc_format&version=3');
    const header = await appJwtAuth(options).authorization({ method: 'GET', url, baseUrl: 'https://x.atlassian.net/wiki' });
    expect(header).toMatch(/^JWT /);
    const claims = decodeSymmetric(header.slice(4), options.sharedSecret, SymmetricAlgorithm.HS256) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: 'com.labelup.app', aud: ['ck-1'], iat: 1_800_000_000, exp: 1_800_000_180 });
    const expected = createQueryStringHash(fromMethodAndUrl('GET', '/api/v2/pages/42?body-format=atlas_doc_format&version=3'));
    expect(claims.qsh).toBe(expected);
  });

  it('makes a token per request (different requests, different QSH)', async () => {
    const auth = appJwtAuth(options);
    const base = 'https://x.atlassian.net/wiki';
    const a = await auth.authorization({ method: 'GET', url: new URL(`${base}/api/v2/pages/1`), baseUrl: base });
    const b = await auth.authorization({ method: 'POST', url: new URL(`${base}/rest/api/content/1/label`), baseUrl: base });
    expect(a).not.toBe(b);
  });

  it('refuses missing credentials', () => {
    expect(() => appJwtAuth({ ...options, sharedSecret: '' })).toThrow(TypeError);
  });
});
