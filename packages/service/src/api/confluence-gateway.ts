/**
 * The PageGateway over @labelup/confluence-client: reads as the app (HS256 JWT with QSH per
 * request), adds labels AS THE USER (OAuth 2.0 JWT bearer grant; one cached token source per site
 * and user, dropped when the site's secret rotates or the site uninstalls).
 */
import {
  appJwtAuth,
  ConflictError,
  createConfluenceClient,
  jwtBearerTokenSource,
  userBearerAuth,
  type ConfluenceClient,
  type TokenSource,
  type TransportRetryOptions,
} from '@labelup/confluence-client';
import type { Tenant } from '../core/ports.js';
import { isStalePending, parseSuggestionProperty, SUGGESTION_PROPERTY_KEY, SUGGESTION_PROPERTY_SCHEMA_VERSION, type SuggestionProperty } from '../core/suggestion-property.js';
import { AppError } from '../errors.js';
import { mapConfluenceErrors } from './confluence-errors.js';
import type { MarkPendingOutcome, PageGateway, PageRef, StoredSuggestions } from './page-gateway.js';

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
/** Rounds of read + write when concurrent writers conflict (each re-reads what won). */
const PENDING_WRITE_ATTEMPTS = 6;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function toStored(property: SuggestionProperty): StoredSuggestions {
  return {
    status: property.status,
    version: property.page.version,
    suggestions: property.suggestions,
    ...(property.failure ? { failure: property.failure } : {}),
    ...(property.language ? { language: property.language } : {}),
    updatedAt: property.updatedAt,
  };
}

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

  const readProperty = (tenant: Tenant, page: PageRef) => asApp(tenant).getProperty<unknown>(page, SUGGESTION_PROPERTY_KEY);

  return {
    latestVersion: (tenant, page) => mapConfluenceErrors(() => asApp(tenant).getLatestVersion(page)),
    labels: (tenant, page) => mapConfluenceErrors(async () => (await asApp(tenant).getLabels(page)).map((l) => l.name)),
    readSuggestions: (tenant, page) =>
      mapConfluenceErrors(async () => {
        const property = await readProperty(tenant, page);
        const parsed = property ? parseSuggestionProperty(property.value) : undefined;
        return parsed && parsed.page.id === page.id ? toStored(parsed) : undefined;
      }),
    markPending: (tenant, page, version, markOptions = {}) =>
      mapConfluenceErrors(async (): Promise<MarkPendingOutcome> => {
        // Optimistic concurrency: re-read and retry on conflict; never overwrite a newer version's write.
        for (let attempt = 1; attempt <= PENDING_WRITE_ATTEMPTS; attempt += 1) {
          const current = await readProperty(tenant, page);
          const parsed = current ? parseSuggestionProperty(current.value) : undefined;
          if (parsed && parsed.page.version > version) return 'done';
          if (parsed && parsed.page.version === version) {
            const freshPending = parsed.status === 'pending' && !isStalePending(parsed, Date.now());
            // Another request got there first (or, after a conflict, wrote meanwhile): its write stands.
            if (freshPending && (!markOptions.force || attempt > 1)) return 'pending';
            // A result that landed meanwhile stands; a ready one stands unless forced; a failed one is retried.
            if (parsed.status !== 'pending' && (attempt > 1 || (parsed.status === 'ready' && !markOptions.force))) return 'done';
          }
          const now = new Date().toISOString();
          const value: SuggestionProperty = {
            schemaVersion: SUGGESTION_PROPERTY_SCHEMA_VERSION,
            status: 'pending',
            page: { id: page.id, version },
            suggestions: [],
            createdAt: now,
            updatedAt: now,
          };
          try {
            if (current) await asApp(tenant).updateProperty(page, current, value, current.version + 1);
            else await asApp(tenant).createProperty(page, SUGGESTION_PROPERTY_KEY, value);
            return 'marked';
          } catch (error) {
            if (!(error instanceof ConflictError)) throw error;
            await pause(5 + Math.random() * 20 * attempt);
          }
        }
        throw new AppError('confluence-unavailable', 'mark pending: concurrent property writes kept conflicting');
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
