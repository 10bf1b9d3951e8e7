import { randomBytes } from 'node:crypto';
import { decodeSymmetric, getAlgorithm, SymmetricAlgorithm } from 'atlassian-jwt';
import { Hono } from 'hono';
import { hasScope } from '../auth/scopes.js';
import { findAppByOauthClientId, type ConnectScope, type Site } from '../state/index.js';

/** The audience Atlassian's authorization server expects in the assertion. */
export const OAUTH_AUDIENCE = 'https://oauth-2-authorization-server.services.atlassian.com';
/** Access token lifetime in seconds (INFERRED: 15 minutes). */
export const ACCESS_TOKEN_SECONDS = 900;
const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const ISS_PREFIX = 'urn:atlassian:connect:clientid:';
const SUB_PREFIX = 'urn:atlassian:connect:useraccountid:';

const oauthError = (error: string, description: string, status: 400 | 401 = 400): Response =>
  new Response(JSON.stringify({ error, error_description: description }), { status, headers: { 'content-type': 'application/json' } });

/**
 * Hand-written: no npm package implements the server side of Atlassian's JWT-bearer grant; JWT decoding and
 * HS256 verification use atlassian-jwt.
 *
 * `POST /oauth2/token` — OAuth 2.0 JWT bearer grant for Connect apps acting as a user. The assertion is
 * HS256 with the shared secret, `iss` `urn:atlassian:connect:clientid:<oauthClientId>`, `sub`
 * `urn:atlassian:connect:useraccountid:<accountId>`, `tnt` the site base URL, `aud` Atlassian's authorization
 * server (the emulator's own origin is accepted too). Requires the app's `ACT_AS_USER` scope; requested scopes
 * (upper case, `+`/space separated) must be within the app's.
 */
export function oauthTokenRoutes(site: Site): Hono {
  const app = new Hono();
  app.post('/oauth2/token', async (c) => {
    let form: URLSearchParams;
    try {
      form = new URLSearchParams(await c.req.text());
    } catch {
      return oauthError('invalid_request', 'Body must be application/x-www-form-urlencoded');
    }
    if (form.get('grant_type') !== GRANT) return oauthError('unsupported_grant_type', `grant_type must be ${GRANT}`);
    const assertion = form.get('assertion') ?? '';
    let claims: Record<string, unknown>;
    try {
      if (getAlgorithm(assertion) !== 'HS256') return oauthError('invalid_grant', 'Assertion must be HS256');
      claims = decodeSymmetric(assertion, 'unverified', SymmetricAlgorithm.HS256, true) as Record<string, unknown>;
    } catch {
      return oauthError('invalid_grant', 'Assertion is not a JWT');
    }
    const iss = typeof claims.iss === 'string' ? claims.iss : '';
    const installed = iss.startsWith(ISS_PREFIX) ? findAppByOauthClientId(site, iss.slice(ISS_PREFIX.length)) : undefined;
    if (!installed) return oauthError('invalid_grant', 'Unknown OAuth client id', 401);
    try {
      decodeSymmetric(assertion, installed.sharedSecret, SymmetricAlgorithm.HS256);
    } catch {
      return oauthError('invalid_grant', 'Assertion signature verification failed', 401);
    }
    const now = site.now() / 1000;
    if (typeof claims.exp !== 'number' || now >= claims.exp) return oauthError('invalid_grant', 'Assertion expired');
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.includes(OAUTH_AUDIENCE) && !aud.includes(new URL(c.req.url).origin)) return oauthError('invalid_grant', 'Assertion audience is wrong');
    if (claims.tnt !== site.baseUrl) return oauthError('invalid_grant', 'Assertion tnt is not this site');
    const sub = typeof claims.sub === 'string' && claims.sub.startsWith(SUB_PREFIX) ? claims.sub.slice(SUB_PREFIX.length) : '';
    if (!site.users.has(sub)) return oauthError('invalid_grant', 'Assertion sub is not a user of this site');
    if (!hasScope(installed.scopes, 'ACT_AS_USER')) return oauthError('invalid_scope', 'The app does not have the ACT_AS_USER scope');
    const requested = (form.get('scope') ?? '').split(/[ +]+/).filter(Boolean).map((s) => s.toUpperCase()) as ConnectScope[];
    const scopes = requested.length > 0 ? requested : installed.scopes;
    if (!scopes.every((s) => hasScope(installed.scopes, s))) return oauthError('invalid_scope', 'Requested scopes exceed the app scopes');
    const token = randomBytes(32).toString('base64url');
    site.tokens.set(token, { token, appKey: installed.key, accountId: sub, scopes, expiresAt: site.now() + ACCESS_TOKEN_SECONDS * 1000 });
    return c.json({ access_token: token, expires_in: ACCESS_TOKEN_SECONDS, token_type: 'Bearer' });
  });
  return app;
}
