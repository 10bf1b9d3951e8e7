/** @module @labelup/confluence-client — typed Confluence Cloud REST (v1 + v2) with injected auth and retries. */
export { createConfluenceClient, type ConfluenceClient, type ConfluenceClientOptions, type CallOptions } from './client.js';
export type { BodyFormat, Content, ContentProperty, ContentRef, ContentType, Label } from './types.js';
export { ConfluenceError, NotFoundError, ConflictError, ForbiddenError, RateLimitedError, MalformedResponseError } from './errors.js';
export type { AuthProvider, AuthRequest } from './auth/auth-provider.js';
export { appJwtAuth, type AppJwtAuthOptions } from './auth/app-jwt-auth.js';
export { userBearerAuth } from './auth/user-bearer-auth.js';
export { basicAuth } from './auth/basic-auth.js';
export {
  jwtBearerTokenSource,
  ATLASSIAN_OAUTH_AUDIENCE,
  ATLASSIAN_OAUTH_TOKEN_URL,
  type JwtBearerOptions,
  type TokenSource,
} from './auth/jwt-bearer-token.js';
export { parseRetryAfterMs } from './http/retry-after.js';
export type { TransportRetryOptions } from './http/transport.js';
