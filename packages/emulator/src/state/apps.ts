import type { InstalledApp, Site } from './types.js';

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
