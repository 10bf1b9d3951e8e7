import { randomBytes } from 'node:crypto';
import type { Site } from '../state/index.js';
import type { ForgeQueues } from './queue.js';
import type { ForgeFetch, ForgeFetchOptions } from './runtime.js';
import type { ForgeInstallation } from './types.js';

/** What the Forge proxy needs: the site, the emulator's own HTTP app, and the queues. */
export interface ProductFetchDeps {
  site: Site;
  /** Sends a request to the emulator's REST API in process (the hono app's `request`). */
  request: (request: Request) => Promise<Response>;
  queues: ForgeQueues;
}

/** Lifetime of the token put on one product request, in ms (it is deleted when the request ends anyway). */
const TOKEN_MS = 60_000;

/** A response `@forge/api` turns into an error: it throws on the `forge-proxy-error` header. */
function proxyError(status: number, reason: string): Response {
  return new Response(JSON.stringify({ message: reason }), { status, headers: { 'forge-proxy-error': reason, 'content-type': 'application/json' } });
}

/** The account a Confluence request runs as, or the proxy error when there is none. */
function actor(deps: ProductFetchDeps, installation: ForgeInstallation, options: ForgeFetchOptions, invoker: string | undefined): { accountId: string; asApp: boolean } | Response {
  if (options.provider !== 'user') return { accountId: installation.accountId, asApp: true };
  const accountId = options.accountId ?? invoker;
  const user = accountId ? deps.site.users.get(accountId) : undefined;
  // asUser() with no invoking user (a consumer, a trigger) or an unknown account: as Atlassian, "Authentication Required".
  if (!user || user.accountType !== 'atlassian') return proxyError(401, 'NEEDS_AUTHENTICATION_ERR');
  return { accountId: user.accountId, asApp: false };
}

/**
 * The emulator's Forge proxy: the `__forge_fetch__` of one invocation. Confluence requests (`remote:
 * confluence`) go to the emulator's own REST API with a short-lived Forge token — as the app's bot user
 * (`asApp()`, and plain `requestConfluence`), the invoking user (`asUser()`) or a given account
 * (`asUser(accountId)`) — so authentication, the manifest's scopes, view/edit permissions, rate limits and
 * fault injection all apply exactly as to any REST caller. `stargate` serves the async events queue.
 */
export function productFetch(deps: ProductFetchDeps, installation: ForgeInstallation, invoker: string | undefined): ForgeFetch {
  return async (options, path, init) => {
    if (typeof path !== 'string' || !path.startsWith('/')) return proxyError(400, 'INVALID_PATH');
    if (options.type !== 'fpp') return proxyError(501, 'EGRESS_NOT_SUPPORTED_BY_EMULATOR');
    if (options.remote === 'stargate') {
      const queuePath = /^\/webhook\/queue\/(.+)$/.exec(path)?.[1];
      if (!queuePath) return proxyError(501, 'STARGATE_PATH_NOT_SUPPORTED_BY_EMULATOR');
      const body = typeof init?.body === 'string' ? init.body : '';
      return deps.queues.handle(installation, queuePath, body);
    }
    if (options.remote !== 'confluence') return proxyError(501, 'PRODUCT_NOT_SUPPORTED_BY_EMULATOR');
    const who = actor(deps, installation, options, invoker);
    if (who instanceof Response) return who;
    const token = randomBytes(24).toString('base64url');
    deps.site.forgeTokens.set(token, { token, appId: installation.app.appId, accountId: who.accountId, asApp: who.asApp, scopes: installation.app.scopes, expiresAt: deps.site.now() + TOKEN_MS });
    try {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      const origin = new URL(deps.site.baseUrl).origin;
      return await deps.request(new Request(origin + path, { ...init, headers }));
    } finally {
      deps.site.forgeTokens.delete(token);
    }
  };
}
