/**
 * The hono adapter of the lifecycle: `POST /installed` verifies the signed install and stores or
 * updates the site (a reinstall rotates the shared secret); `POST /uninstalled` verifies and forgets
 * everything held about the site. Answers 204 on success (Atlassian requires 2xx to complete).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Clock, TenantStore } from '../core/ports.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import type { InstallKeyProvider } from './install-keys.js';
import { lifecyclePayloadSchema, verifySignedInstall, type LifecyclePayload } from './lifecycle.js';
import { connectErrorToAppError } from './to-app-error.js';

/** Options of `lifecycleRoutes`. */
export interface LifecycleOptions {
  readonly appKey: string;
  readonly baseUrl: string;
  readonly tenants: TenantStore;
  readonly getInstallKey: InstallKeyProvider;
  readonly clock?: Clock;
  /** Called after a site is forgotten (e.g. to drop cached user tokens). */
  readonly onUninstalled?: (clientKey: string) => void | Promise<void>;
}

async function readPayload(request: Request, appKey: string): Promise<LifecyclePayload> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new AppError('invalid-request', 'lifecycle: body is not JSON');
  }
  const parsed = lifecyclePayloadSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid-request', 'lifecycle: payload failed validation');
  if (parsed.data.key !== appKey) throw new AppError('invalid-request', 'lifecycle: payload is for another app key');
  return parsed.data;
}

/** Routes `POST /installed` and `POST /uninstalled`. */
export function lifecycleRoutes(options: LifecycleOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = () => (options.clock ?? { now: () => new Date() }).now();
  const verify = async (request: Request, authorization: string | undefined, clientKey: string) => {
    const url = new URL(request.url);
    try {
      await verifySignedInstall(
        { authorization: authorization ?? '', method: request.method, pathAndQuery: url.pathname + url.search, clientKey },
        { getInstallKey: options.getInstallKey, baseUrl: options.baseUrl, now },
      );
    } catch (error) {
      throw connectErrorToAppError(error);
    }
  };
  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: () => { throw new AppError('invalid-request', 'lifecycle: body too large'); } }));

  app.post('/installed', async (c) => {
    const payload = await readPayload(c.req.raw, options.appKey);
    if (payload.sharedSecret === undefined) throw new AppError('invalid-request', 'lifecycle: install without shared secret');
    await verify(c.req.raw, c.req.header('Authorization'), payload.clientKey);
    const existing = await options.tenants.get(payload.clientKey);
    const at = now().toISOString();
    await options.tenants.upsert({
      clientKey: payload.clientKey,
      sharedSecret: payload.sharedSecret,
      baseUrl: payload.baseUrl,
      productType: payload.productType,
      ...(payload.displayUrl ? { displayUrl: payload.displayUrl } : {}),
      ...(payload.oauthClientId ? { oauthClientId: payload.oauthClientId } : {}),
      ...(payload.serviceEntitlementNumber ? { serviceEntitlementNumber: payload.serviceEntitlementNumber } : {}),
      installedAt: existing?.installedAt ?? at,
      updatedAt: at,
    });
    return c.body(null, 204);
  });

  app.post('/uninstalled', async (c) => {
    const payload = await readPayload(c.req.raw, options.appKey);
    await verify(c.req.raw, c.req.header('Authorization'), payload.clientKey);
    await options.tenants.delete(payload.clientKey);
    await options.onUninstalled?.(payload.clientKey);
    return c.body(null, 204);
  });
  return app;
}
