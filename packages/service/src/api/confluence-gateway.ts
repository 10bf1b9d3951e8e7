/**
 * The PageGateway over @labelup/confluence-client: reads as the app (HS256 JWT with QSH per
 * request), adds labels AS THE USER (OAuth 2.0 JWT bearer grant; one cached token source per site
 * and user, dropped when the site's secret rotates or the site uninstalls).
 */
import {
  appJwtAuth,
  createConfluenceClient,
  jwtBearerTokenSource,
  userBearerAuth,
  type ConfluenceClient,
  type TokenSource,
  type TransportRetryOptions,
} from '@labelup/confluence-client';
import type { Tenant } from '../core/ports.js';
import { markPending, PendingConflictError, readStoredSuggestions } from '@labelup/core';
import { AppError } from '../errors.js';
import { mapConfluenceErrors } from './confluence-errors.js';
import type { PageGateway } from './page-gateway.js';

/** Options of `createConfluenceGateway`. */
export interface ConfluenceGatewayOptions {
  readonly appKey: string;
  /** OAuth token endpoint (the emulator's in the demo and tests). */
  readonly oauthTokenUrl: string;
  readonly retry?: TransportRetryOptions;
  readonly fetch?: typeof fetch;
  /** Cached user token sources kept at most. Default 10 000. */
  readonly maxUserTokens?: number;
}

/** The gateway, plus forgetting a site's cached credentials. */
export interface ConfluenceGateway extends PageGateway {
  /** The cached client acting as the app for a site (shared with the job processor). */
  appClient(tenant: Tenant): ConfluenceClient;
  forgetTenant(clientKey: string): void;
}

/** Scopes asked for when acting as the user: adding labels needs WRITE (READ to read them back). */
const USER_SCOPES = ['READ', 'WRITE'] as const;

/** Creates the gateway. */
export function createConfluenceGateway(options: ConfluenceGatewayOptions): ConfluenceGateway {
  const common = { ...(options.retry ? { retry: options.retry } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) };
  const appClients = new Map<string, { secret: string; client: ConfluenceClient }>();
  const userClients = new Map<string, { secret: string; tokens: TokenSource; client: ConfluenceClient }>();
  const maxUsers = options.maxUserTokens ?? 10_000;

  const asApp = (tenant: Tenant): ConfluenceClient => {
    const hit = appClients.get(tenant.clientKey);
    if (hit?.secret === tenant.sharedSecret) return hit.client;
    const auth = appJwtAuth({ appKey: options.appKey, clientKey: tenant.clientKey, sharedSecret: tenant.sharedSecret });
    const client = createConfluenceClient({ baseUrl: tenant.baseUrl, auth, ...common });
    appClients.set(tenant.clientKey, { secret: tenant.sharedSecret, client });
    return client;
  };

  const asUser = (tenant: Tenant, accountId: string): ConfluenceClient => {
    if (!tenant.oauthClientId) throw new AppError('permission-denied', 'site has no OAuth client id: cannot act as the user');
    const key = `${tenant.clientKey}\u0000${accountId}`;
    const hit = userClients.get(key);
    if (hit?.secret === tenant.sharedSecret) return hit.client;
    const tokens = jwtBearerTokenSource({
      oauthClientId: tenant.oauthClientId,
      sharedSecret: tenant.sharedSecret,
      baseUrl: tenant.baseUrl,
      accountId,
      scopes: USER_SCOPES,
      tokenUrl: options.oauthTokenUrl,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    const client = createConfluenceClient({ baseUrl: tenant.baseUrl, auth: userBearerAuth(tokens), ...common });
    if (userClients.size >= maxUsers) userClients.delete(userClients.keys().next().value as string);
    userClients.set(key, { secret: tenant.sharedSecret, tokens, client });
    return client;
  };

  return {
    latestVersion: (tenant, page) => mapConfluenceErrors(() => asApp(tenant).getLatestVersion(page)),
    labels: (tenant, page) => mapConfluenceErrors(async () => (await asApp(tenant).getLabels(page)).map((l) => l.name)),
    readSuggestions: (tenant, page) => mapConfluenceErrors(() => readStoredSuggestions(asApp(tenant), page)),
    markPending: (tenant, page, version, markOptions = {}) =>
      mapConfluenceErrors(async () => {
        try {
          return await markPending(asApp(tenant), page, version, markOptions);
        } catch (error) {
          if (error instanceof PendingConflictError) throw new AppError('confluence-unavailable', error.message);
          throw error;
        }
      }),
    addLabelsAsUser: (tenant, accountId, page, labels) =>
      mapConfluenceErrors(async () => (await asUser(tenant, accountId).addLabels(page, labels)).filter((l) => l.prefix === 'global').map((l) => l.name)),
    appClient: asApp,
    forgetTenant(clientKey) {
      appClients.delete(clientKey);
      for (const key of [...userClients.keys()]) if (key.startsWith(`${clientKey}\u0000`)) userClients.delete(key);
    },
  };
}
