/**
 * The hono environment of the service app: per-request variables set by middleware.
 */
import type { ConnectContext } from '../connect/context-jwt.js';
import type { Tenant } from '../core/ports.js';

/** Variables set on the hono context. */
export interface AppVariables {
  /** Set by the request-id middleware. */
  requestId: string;
  /** Set by the context-JWT middleware on `/api/*`. */
  connect: ConnectContext;
  /** The installed site of the verified request. */
  tenant: Tenant;
}

/** The hono Env type of the service. */
export interface AppEnv {
  Variables: AppVariables;
}

/** The structured logger the HTTP layer writes to (pino-compatible subset). */
export interface HttpLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}
