/**
 * Calls as the app: a fresh HS256 JWT per request, signed with the installation's shared secret,
 * with the query string hash (QSH) of exactly this request, in `Authorization: JWT <token>`.
 * Claims as atlassian-connect-express sends them: `iss` = app key, `aud` = [client key],
 * `iat`, `exp` = iat + 3 minutes, `qsh`.
 */
import { createQueryStringHash, encodeSymmetric, fromMethodAndUrl, SymmetricAlgorithm } from 'atlassian-jwt';
import type { AuthProvider } from './auth-provider.js';

/** Options of `appJwtAuth`. */
export interface AppJwtAuthOptions {
  readonly appKey: string;
  readonly clientKey: string;
  readonly sharedSecret: string;
  /** Token lifetime in seconds. Default 180. */
  readonly lifetimeSeconds?: number;
  /** Clock in ms; default `Date.now`. */
  readonly now?: () => number;
}

/** An AuthProvider that signs each request as the app. */
export function appJwtAuth(options: AppJwtAuthOptions): AuthProvider {
  if (!options.appKey || !options.clientKey || !options.sharedSecret) {
    throw new TypeError('appJwtAuth: appKey, clientKey and sharedSecret are required');
  }
  const now = options.now ?? Date.now;
  const lifetime = options.lifetimeSeconds ?? 180;
  return {
    async authorization({ method, url, baseUrl }) {
      const iat = Math.floor(now() / 1000);
      // atlassian-jwt strips the site's context path (`/wiki`) given `baseUrl`, as Confluence does.
      const qsh = createQueryStringHash(fromMethodAndUrl(method, url.pathname + url.search), false, baseUrl);
      const claims = { iss: options.appKey, aud: [options.clientKey], iat, exp: iat + lifetime, qsh };
      return `JWT ${encodeSymmetric(claims, options.sharedSecret, SymmetricAlgorithm.HS256)}`;
    },
  };
}
