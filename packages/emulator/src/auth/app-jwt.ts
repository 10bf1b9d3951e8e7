import { createQueryStringHash, decodeSymmetric, fromMethodAndUrl, getAlgorithm, SymmetricAlgorithm } from 'atlassian-jwt';
import { findAppByClientKey, type InstalledApp, type Site } from '../state/index.js';

/** Why an app JWT was refused. */
export class JwtRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JwtRejected';
  }
}

/** The installed app a JWT `iss` names: by app key, else by client key. */
export function findIssuer(site: Site, iss: string): InstalledApp | undefined {
  return site.apps.get(iss) ?? findAppByClientKey(site, iss);
}

/**
 * Verifies an app's HS256 JWT on a REST request, as Confluence does for Connect apps:
 * `iss` = the app key (as atlassian-connect-express sends it; a client key is accepted too), `aud`, when
 * present, must contain the installation's client key; signature with its shared secret; `exp` in the future
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
  const app = findIssuer(site, claims.iss);
  if (!app) throw new JwtRejected('JWT issuer is not an installed app');
  const aud = claims.aud === undefined ? undefined : Array.isArray(claims.aud) ? (claims.aud as unknown[]) : [claims.aud];
  if (aud && !aud.includes(app.clientKey)) throw new JwtRejected('JWT audience is not this installation');
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
