/**
 * The core's page gateway on Forge: reads and the `labelup` property as the app (`asApp()`), labels
 * added as the invoking user (`asUser()`), so Confluence's own permissions decide who may label.
 */
import { asApp, asUser } from '@forge/api';
import type { ConfluenceClient, TransportRetryOptions } from '@labelup/confluence-client';
import { markPending, readStoredSuggestions, type PageGateway } from '@labelup/core';
import { forgeConfluenceClient } from './forge-confluence-client.js';
import type { ForgeSite } from './forge-context.js';

/**
 * Client retries inside a resolver: short, because a UI resolver has 25 s in all; a rate limit
 * longer than `maxRetryAfterMs` is answered `rate-limited` and the dialog retries later.
 */
export const RESOLVER_RETRY: TransportRetryOptions = { attempts: 3, baseDelayMs: 200, maxDelayMs: 2_000, maxRetryAfterMs: 5_000 };

/** The app's client for this invocation. */
export const appClient = (retry: TransportRetryOptions = RESOLVER_RETRY): ConfluenceClient => forgeConfluenceClient(asApp(), retry);

/** The gateway for one invocation. */
export function createForgeGateway(retry: TransportRetryOptions = RESOLVER_RETRY): PageGateway<ForgeSite> {
  const app = appClient(retry);
  return {
    latestVersion: (_site, page) => app.getLatestVersion(page),
    labels: async (_site, page) => (await app.getLabels(page)).map((l) => l.name),
    readSuggestions: (_site, page) => readStoredSuggestions(app, page),
    markPending: (_site, page, version, options) => markPending(app, page, version, options),
    // asUser() is the invoking user: the account id the resolver checked is that same user.
    addLabelsAsUser: async (_site, _accountId, page, labels) =>
      (await forgeConfluenceClient(asUser(), retry).addLabels(page, labels)).filter((l) => l.prefix === 'global').map((l) => l.name),
  };
}
