/**
 * A real in-process Confluence emulator with the app "installed" (its record put directly into the
 * site state) plus the service parts the job needs: SQLite tenant store, in-process bus, logger to
 * a buffer. No fakes: the job talks HTTP (in process) to the emulator through the real client.
 */
import { Writable } from 'node:stream';
import { appJwtAuth, createConfluenceClient } from '@labelup/confluence-client';
import { addPage, addSpace, addUser, createEmulator, putApp, type AdfNode, type Emulator } from '@labelup/emulator';
import type { EventBus, SuggestionEvents, Tenant, TenantStore } from '../../src/core/ports.js';
import { createInProcessEventBus } from '../../src/events/in-process-event-bus.js';
import { createLogger, type AppLogger } from '../../src/logging/logger.js';
import { openSqliteTenantStore } from '../../src/stores/sqlite-tenant-store.js';

export const BASE_URL = 'https://jobs-test.atlassian.net/wiki';
export const APP_KEY = 'com.labelup.app';

/** Paragraphs as ADF. */
export const adf = (...paragraphs: string[]): AdfNode => ({
  type: 'doc',
  version: 1,
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export const ENGLISH_PAGE = adf(
  'Kubernetes deployment guide for the payments service.',
  'Deploy the payments service with Helm charts to the Kubernetes cluster. Configure ingress, secrets and autoscaling.',
  'The deployment pipeline builds container images, runs integration tests and promotes releases to production.',
);

/** Everything a job test uses. */
export interface JobSite {
  readonly emulator: Emulator;
  readonly fetch: typeof fetch;
  readonly tenants: TenantStore;
  readonly tenant: Tenant;
  readonly events: EventBus;
  readonly received: { type: keyof SuggestionEvents; payload: SuggestionEvents[keyof SuggestionEvents] }[];
  readonly logger: AppLogger;
  readonly logText: () => string;
  readonly spaceId: string;
  readonly userAccountId: string;
  readonly botAccountId: string;
  addPage(title: string, body: AdfNode): string;
  close(): Promise<void>;
}

/** Builds the site; `fetchHook` sees every request before the emulator does. */
export async function createJobSite(fetchHook?: (url: URL, init: RequestInit | undefined) => void): Promise<JobSite> {
  const emulator = createEmulator({ baseUrl: BASE_URL });
  const site = emulator.state;
  const user = addUser(site, { email: 'ada@example.com', displayName: 'Ada Lovelace' });
  const bot = addUser(site, { email: 'bot@connect.example', accountType: 'app', displayName: 'Label UP!' });
  const space = addSpace(site, { key: 'ENG' });
  const tenant: Tenant = {
    clientKey: 'jobs-client-key',
    sharedSecret: 'jobs-shared-secret-0123456789abcdef',
    baseUrl: BASE_URL,
    productType: 'confluence',
    oauthClientId: 'jobs-oauth-client',
    installedAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  putApp(site, {
    key: APP_KEY,
    clientKey: tenant.clientKey,
    sharedSecret: tenant.sharedSecret,
    oauthClientId: 'jobs-oauth-client',
    baseUrl: 'https://app.example.com',
    descriptor: {},
    scopes: ['READ', 'WRITE', 'ACT_AS_USER'],
    accountId: bot.accountId,
    enableLicensing: false,
    license: 'active',
    installedAt: tenant.installedAt,
  });
  const tenants = openSqliteTenantStore({ path: ':memory:' });
  await tenants.upsert(tenant);
  const events = createInProcessEventBus();
  const received: JobSite['received'] = [];
  events.subscribe((type, payload) => received.push({ type, payload }));
  const chunks: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk: Buffer, _e, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
  });
  const inProcess = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    fetchHook?.(url, init);
    return emulator.app.request(url.toString(), init);
  }) as typeof fetch;
  return {
    emulator,
    fetch: inProcess,
    tenants,
    tenant,
    events,
    received,
    logger,
    logText: () => chunks.join(''),
    spaceId: space.id,
    userAccountId: user.accountId,
    botAccountId: bot.accountId,
    addPage: (title, body) => addPage(site, { spaceId: space.id, title, adf: body, authorId: user.accountId }).id,
    close: async () => {
      await tenants.close();
      await events.close();
    },
  };
}

/** The app's client for the tenant, over the site's in-process fetch, with fast client retries. */
export const clientFor = (s: JobSite) => (tenant: Tenant) =>
  createConfluenceClient({
    baseUrl: tenant.baseUrl,
    auth: appJwtAuth({ appKey: APP_KEY, clientKey: tenant.clientKey, sharedSecret: tenant.sharedSecret }),
    fetch: s.fetch,
    retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 50 },
  });
