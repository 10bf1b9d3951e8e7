/**
 * The hono adapter of the lifecycle: `POST /installed` verifies the signed install and stores or
 * updates the site (a reinstall rotates the shared secret); `POST /uninstalled` verifies and forgets
 * everything held about the site. Answers 204 on success (Atlassian requires 2xx to complete).
 *
 * Order on both routes: body limit (64 KB, these routes only), payload schema and app key, the
 * site's base URL on an allowed product host, the signed token, then the replay cache — a token
 * already seen is refused, since the JWT does not cover the body (a replay could carry another
 * shared secret or base URL); only the very same request again (same token AND same body: a
 * delivery retry) is answered 204 again — and applied NOT again, so a replay can never undo a
 * later reinstall or uninstall. The cache is the tenant store's
 * `claim`, so every web process sharing the database shares it, for the token's lifetime.
 */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { Clock, TenantStore } from '../core/ports.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { readJsonText } from '../http/read-json-body.js';
import { ConnectAuthError } from './auth-error.js';
import type { InstallKeyProvider } from './install-keys.js';
import { lifecyclePayloadSchema, verifySignedInstall, type LifecyclePayload } from './lifecycle.js';
import { isAllowedProductUrl } from './product-hosts.js';
import { connectErrorToAppError } from './to-app-error.js';

/** Options of `lifecycleRoutes`. */
export interface LifecycleOptions {
  readonly appKey: string;
  readonly baseUrl: string;
  readonly tenants: TenantStore;
  readonly getInstallKey: InstallKeyProvider;
  /** Origins accepted as site base URLs besides Atlassian's product hosts (the emulator's). */
  readonly extraProductOrigins?: readonly string[];
  readonly clock?: Clock;
  /** Called after a site is forgotten (e.g. to drop cached user tokens). */
  readonly onUninstalled?: (clientKey: string) => void | Promise<void>;
}

/** Largest lifecycle body accepted. */
export const MAX_LIFECYCLE_BODY_BYTES = 64 * 1024;

async function readPayload(request: Request, appKey: string): Promise<LifecyclePayload & { readonly bodyHash: string }> {
  const text = await readJsonText(request, { maxBytes: MAX_LIFECYCLE_BODY_BYTES, what: 'lifecycle' });
  const bodyHash = createHash('sha256').update(text).digest('hex');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('invalid-request', 'lifecycle: body is not JSON');
  }
  const parsed = lifecyclePayloadSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid-request', 'lifecycle: payload failed validation');
  if (parsed.data.key !== appKey) throw new AppError('invalid-request', 'lifecycle: payload is for another app key');
  return { ...parsed.data, bodyHash };
}

/** Routes `POST /installed` and `POST /uninstalled`. */
export function lifecycleRoutes(options: LifecycleOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const now = () => (options.clock ?? { now: () => new Date() }).now();
  /** Verifies; 'retry' when this exact request was already handled (answer, change nothing). */
  const verify = async (request: Request, authorization: string | undefined, payload: LifecyclePayload & { readonly bodyHash: string }): Promise<'fresh' | 'retry'> => {
    const url = new URL(request.url);
    try {
      if (!isAllowedProductUrl(payload.baseUrl, options.extraProductOrigins)) throw new ConnectAuthError('host-not-allowed');
      const verified = await verifySignedInstall(
        { authorization: authorization ?? '', method: request.method, pathAndQuery: url.pathname + url.search, clientKey: payload.clientKey },
        { getInstallKey: options.getInstallKey, baseUrl: options.baseUrl, now },
      );
      const at = now().getTime();
      const requestKey = `lifecycle-request:${createHash('sha256').update(`${verified.tokenHash}:${payload.bodyHash}`).digest('hex')}`;
      if (await options.tenants.claim(`lifecycle-token:${verified.tokenHash}`, verified.replayableUntilMs, at)) {
        await options.tenants.claim(requestKey, verified.replayableUntilMs, at);
        return 'fresh';
      }
      // Seen before: only the identical request (a retried delivery) passes. The probe claims
      // nothing lasting (it ends at once), so a changed body never becomes "seen".
      const seenRequest = !(await options.tenants.claim(requestKey, at, at));
      if (!seenRequest) throw new ConnectAuthError('token-replayed');
      return 'retry';
    } catch (error) {
      throw connectErrorToAppError(error);
    }
  };
  app.post('/installed', async (c) => {
    const payload = await readPayload(c.req.raw, options.appKey);
    if (payload.sharedSecret === undefined) throw new AppError('invalid-request', 'lifecycle: install without shared secret');
    if ((await verify(c.req.raw, c.req.header('Authorization'), payload)) === 'retry') return c.body(null, 204);
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
    if ((await verify(c.req.raw, c.req.header('Authorization'), payload)) === 'retry') return c.body(null, 204);
    await options.tenants.delete(payload.clientKey);
    await options.onUninstalled?.(payload.clientKey);
    return c.body(null, 204);
  });
  return app;
}
