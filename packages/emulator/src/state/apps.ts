import { randomBytes, randomUUID } from 'node:crypto';
import type { ConnectScope, InstalledApp, Site } from './types.js';
import { nowIso } from './site.js';
import { addUser } from './users.js';

/** Input of {@link addApp}: an installed app without the HTTP install flow (test factory). */
export interface AddAppInput {
  key: string;
  scopes?: ConnectScope[];
  baseUrl?: string;
  enableLicensing?: boolean;
  /** Fixed secrets for reproducible tests; default random. */
  clientKey?: string;
  sharedSecret?: string;
  oauthClientId?: string;
}

/**
 * Records an installed app and its bot user directly in the state, as if the signed install had completed.
 * Use `createEmulator().installApp(descriptorUrl)` (or `POST /__emulator/apps`) to run the real flow.
 */
export function addApp(site: Site, input: AddAppInput): InstalledApp {
  if (site.apps.has(input.key)) throw new Error(`App ${input.key} is already installed`);
  const bot = addUser(site, { accountType: 'app', displayName: input.key, email: `${input.key}@connect.atlassian.invalid` });
  const app: InstalledApp = {
    key: input.key,
    baseUrl: input.baseUrl ?? `https://${input.key}.example.com`,
    descriptor: {},
    clientKey: input.clientKey ?? randomUUID(),
    sharedSecret: input.sharedSecret ?? randomBytes(48).toString('base64url'),
    oauthClientId: input.oauthClientId ?? randomBytes(16).toString('hex'),
    scopes: input.scopes ?? ['READ'],
    accountId: bot.accountId,
    enableLicensing: input.enableLicensing ?? false,
    license: 'active',
    installedAt: nowIso(site),
  };
  site.apps.set(app.key, app);
  return app;
}

/** Records (or replaces) an installed app. */
export function putApp(site: Site, app: InstalledApp): void {
  site.apps.set(app.key, app);
}

/** Finds an installed app by its client key (JWT `iss`). */
export function findAppByClientKey(site: Site, clientKey: string): InstalledApp | undefined {
  return [...site.apps.values()].find((a) => a.clientKey === clientKey);
}

/** Finds an installed app by its OAuth client id (JWT-bearer assertion `iss`). */
export function findAppByOauthClientId(site: Site, oauthClientId: string): InstalledApp | undefined {
  return [...site.apps.values()].find((a) => a.oauthClientId === oauthClientId);
}

/** Removes an app and its bearer tokens; false when it was not installed. */
export function removeApp(site: Site, appKey: string): boolean {
  for (const [token, t] of site.tokens) if (t.appKey === appKey) site.tokens.delete(token);
  return site.apps.delete(appKey);
}
