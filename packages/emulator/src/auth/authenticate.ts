import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error.js';
import type { EmulatorEnv, Principal } from '../http/env.js';
import { isV2Path } from '../http/render-error.js';
import type { Site } from '../state/index.js';
import { verifyAppJwt, JwtRejected } from './app-jwt.js';
import { verifyBasic } from './basic-auth.js';
import { forgeScopeAllows } from './forge-scopes.js';
import { hasScope, scopeForMethod } from './scopes.js';

/**
 * Bad or absent credentials, answered as measured: v1 403 "caller cannot access Confluence",
 * v2 a bare 404 (`title: "Not Found"`, naming nothing).
 */
export function credentialsRejected(path: string, why: string): ApiError {
  return isV2Path(path)
    ? new ApiError(404, 'Not Found', { headers: { 'X-Emulator-Auth-Failure': why } })
    : new ApiError(403, 'Current user not permitted to use Confluence', {
        headers: { 'X-Emulator-Auth-Failure': why },
      });
}

/** Finds who is calling from the Authorization header (Basic, `JWT` app token, or OAuth `Bearer`). */
export function authenticateRequest(site: Site, req: Request): Principal {
  const url = new URL(req.url);
  if (url.searchParams.has('jwt')) {
    // Passing a Connect JWT as ?jwt= to product REST APIs stopped being supported on 1 Feb 2022.
    throw credentialsRejected(url.pathname, 'jwt query parameter is not accepted on REST APIs');
  }
  const header = req.headers.get('authorization') ?? '';
  const space = header.indexOf(' ');
  const scheme = space > 0 ? header.slice(0, space).toLowerCase() : '';
  const value = space > 0 ? header.slice(space + 1).trim() : '';
  if (scheme === 'basic') {
    const user = verifyBasic(site, value);
    if (user) return { kind: 'user', accountId: user.accountId, via: 'basic' };
    throw credentialsRejected(url.pathname, 'basic credentials do not match a user and API token');
  }
  if (scheme === 'jwt') {
    try {
      const app = verifyAppJwt(site, value, req.method, url.pathname + url.search);
      return { kind: 'app', accountId: app.accountId, app, via: 'jwt' };
    } catch (e) {
      throw credentialsRejected(url.pathname, e instanceof JwtRejected ? e.message : 'invalid JWT');
    }
  }
  if (scheme === 'bearer') {
    const forge = site.forgeTokens.get(value);
    if (forge) {
      if (forge.expiresAt <= site.now()) throw credentialsRejected(url.pathname, 'forge token expired');
      return { kind: 'forge', accountId: forge.accountId, appId: forge.appId, asApp: forge.asApp, scopes: forge.scopes, via: 'forge' };
    }
    const token = site.tokens.get(value);
    const app = token ? site.apps.get(token.appKey) : undefined;
    if (!token || !app || token.expiresAt <= site.now()) throw credentialsRejected(url.pathname, 'bearer token unknown or expired');
    return { kind: 'app-as-user', accountId: token.accountId, app, scopes: token.scopes, via: 'bearer' };
  }
  throw credentialsRejected(url.pathname, 'no credentials');
}

/** Middleware: authenticate, then check the app's scopes for this method (401 "scope does not match"). */
export function authenticate(site: Site): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const principal = authenticateRequest(site, c.req.raw);
    if (principal.kind === 'forge') {
      if (!forgeScopeAllows(principal.scopes, c.req.method, c.req.path)) throw new ApiError(401, 'Unauthorized; scope does not match', { raw: 'scope' });
    } else if (principal.kind !== 'user') {
      const needed = scopeForMethod(c.req.method);
      const granted = principal.kind === 'app' ? principal.app.scopes : principal.scopes;
      const ok = hasScope(granted, needed) && (principal.kind !== 'app-as-user' || hasScope(principal.app.scopes, 'ACT_AS_USER'));
      if (!ok) throw new ApiError(401, 'Unauthorized; scope does not match', { raw: 'scope' });
    }
    c.set('principal', principal);
    await next();
  };
}
