import { createQueryStringHash, decodeSymmetric, fromMethodAndUrl, getAlgorithm, SymmetricAlgorithm } from 'atlassian-jwt';
import { findAppByClientKey, type InstalledApp, type Site } from '../state/index.js';

/** Why an app JWT was refused. */
export class JwtRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JwtRejected';
  }
}

/**
 * Verifies an app's HS256 JWT on a REST request, as Confluence does for Connect apps:
 * `iss` = the app's client key (installed); signature with its shared secret; `exp` in the future
 * (no leeway); `qsh` equal to the hash of this request computed by `atlassian-jwt` relative to the
 * site's context path (`/wiki`). The literal `context-qsh` is refused here: context tokens are for
 * the app's own backend, not product REST APIs.
 */
export function verifyAppJwt(site: Site, token: string, method: string, pathAndQuery: string): InstalledApp {
  let claims: Record<string, unknown>;
  try {
    if (getAlgorithm(token) !== 'HS256') throw new JwtRejected('JWT algorithm must be HS256');
    claims = decodeSymmetric(token, 'unverified', SymmetricAlgorithm.HS256, true) as Record<string, unknown>;
  } catch (e) {
    throw e instanceof JwtRejected ? e : new JwtRejected('Malformed JWT');
  }
  if (typeof claims.iss !== 'string') throw new JwtRejected('JWT has no iss claim');
  const app = findAppByClientKey(site, claims.iss);
  if (!app) throw new JwtRejected('JWT issuer is not an installed app');
  try {
    decodeSymmetric(token, app.sharedSecret, SymmetricAlgorithm.HS256);
  } catch {
    throw new JwtRejected('JWT signature verification failed');
  }
  if (typeof claims.exp !== 'number' || site.now() / 1000 >= claims.exp) throw new JwtRejected('JWT expired');
  const expected = createQueryStringHash(fromMethodAndUrl(method, pathAndQuery), false, site.baseUrl);
  if (claims.qsh !== expected) throw new JwtRejected('JWT qsh does not match the request');
  return app;
}
