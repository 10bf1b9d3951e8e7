/**
 * Calls as a user: `Authorization: Bearer <access token>`, the token coming from `getToken`
 * (usually `jwtBearerTokenSource`, which runs the OAuth 2.0 JWT bearer grant and caches).
 */
import type { AuthProvider } from './auth-provider.js';

/** An AuthProvider that sends a bearer token obtained per request (the source caches). */
export function userBearerAuth(getToken: (signal?: AbortSignal) => Promise<string>): AuthProvider {
  return {
    async authorization({ signal }) {
      return `Bearer ${await getToken(signal)}`;
    },
  };
}
