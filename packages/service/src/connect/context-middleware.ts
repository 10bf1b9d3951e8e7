/**
 * The hono adapter of the context-JWT checker for `/api/*`: verifies `Authorization: JWT <token>`,
 * loads the site, enforces the license when licensing is on, and binds the request to the content
 * in the token (a `pageId` query parameter naming another page is refused).
 */
import type { MiddlewareHandler } from 'hono';
import type { Tenant, TenantStore } from '../core/ports.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { checkLicense } from './license.js';
import { verifyContextToken } from './context-jwt.js';
import { tokenFromAuthorization } from './jwt-parts.js';
import { connectErrorToAppError } from './to-app-error.js';

/** Options of `contextAuth`. */
export interface ContextAuthOptions {
  readonly tenants: TenantStore;
  readonly licensing: boolean;
  readonly now?: () => Date;
}

/** The middleware; sets `connect` and `tenant` on the context or throws an AppError. */
export function contextAuth(options: ContextAuthOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let tenant: Tenant | undefined;
    try {
      const token = tokenFromAuthorization(c.req.header('Authorization'));
      const context = await verifyContextToken(token, {
        getSharedSecret: async (clientKey) => {
          tenant = await options.tenants.get(clientKey);
          return tenant?.sharedSecret;
        },
        ...(options.now ? { now: options.now } : {}),
      });
      const verdict = checkLicense(context, options.licensing);
      if (verdict !== 'ok') throw new AppError(verdict);
      const pageId = c.req.query('pageId');
      if (!context.content || (pageId !== undefined && pageId !== context.content.id)) throw new AppError('content-mismatch');
      c.set('connect', context);
      c.set('tenant', tenant as Tenant);
    } catch (error) {
      throw connectErrorToAppError(error);
    }
    await next();
  };
}
