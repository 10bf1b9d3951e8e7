import { randomBytes, randomUUID } from 'node:crypto';
import { addUser, nowIso, putApp, removeApp, type ConnectScope, type InstalledApp, type Site } from '../state/index.js';
import { validateDescriptor, type Descriptor } from './descriptor.js';
import type { InstallKeys } from './install-keys.js';
import { signLifecycleToken } from './lifecycle-token.js';

/** What installing needs: the site, the signing keys, and `fetch` (injectable for tests). */
export interface ConnectDeps {
  site: Site;
  /** The signing keys (made on first use: RSA generation is slow). */
  keys: () => InstallKeys;
  fetch: typeof fetch;
  /** Timeout for descriptor fetch and lifecycle callbacks; default 10 s. */
  timeoutMs?: number;
}

/** Installing or uninstalling failed; `status` is what the control API answers. */
export class InstallError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 502,
  ) {
    super(message);
    this.name = 'InstallError';
  }
}

/** A lifecycle URL resolved as Connect does: always relative to the app's base URL (the descriptor schema refuses absolute ones). */
const joinUrl = (base: string, path: string): string => base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);

async function fetchDescriptor(deps: ConnectDeps, descriptorUrl: string): Promise<Descriptor> {
  let res: Response;
  try {
    res = await deps.fetch(descriptorUrl, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000) });
  } catch (e) {
    throw new InstallError(`Could not fetch the descriptor at ${descriptorUrl}: ${(e as Error).message}`, 502);
  }
  if (!res.ok) throw new InstallError(`Descriptor fetch answered ${res.status}`, 502);
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new InstallError('The descriptor is not JSON', 400);
  }
  try {
    return validateDescriptor(json);
  } catch (e) {
    throw new InstallError((e as Error).message, 400);
  }
}

/** POSTs a lifecycle event signed with the emulator's RS256 key; resolves to the HTTP status. */
async function postLifecycle(deps: ConnectDeps, app: InstalledApp, eventType: 'installed' | 'uninstalled', path: string): Promise<number> {
  const { site } = deps;
  const url = joinUrl(app.baseUrl, path);
  const payload = {
    key: app.key,
    clientKey: app.clientKey,
    sharedSecret: app.sharedSecret,
    baseUrl: site.baseUrl,
    displayUrl: site.baseUrl,
    productType: 'confluence',
    description: `Atlassian Confluence at ${site.baseUrl}`,
    serviceEntitlementNumber: String(100000 + (Number.parseInt(app.clientKey.slice(0, 6), 16) % 900000)),
    eventType,
    oauthClientId: app.oauthClientId,
  };
  const token = signLifecycleToken(deps.keys(), app.clientKey, app.baseUrl, url, site.now());
  try {
    const res = await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch (e) {
    throw new InstallError(`The ${eventType} callback at ${url} failed: ${(e as Error).message}`, 502);
  }
}

/**
 * Installs (or re-installs) a Connect app from its descriptor URL: fetch, validate, make the client key
 * (kept on re-install), a new shared secret (rotated on every install) and OAuth client id, POST the
 * signed `installed` event, and record the app only when the app answered 2xx.
 */
export async function installApp(deps: ConnectDeps, descriptorUrl: string): Promise<InstalledApp> {
  const { site } = deps;
  const descriptor = await fetchDescriptor(deps, descriptorUrl);
  const previous = site.apps.get(descriptor.key);
  const botId = previous?.accountId ?? `557058:app-${randomUUID()}`;
  const app: InstalledApp = {
    key: descriptor.key,
    ...(descriptor.name !== undefined ? { name: descriptor.name } : {}),
    baseUrl: descriptor.baseUrl.replace(/\/+$/, ''),
    descriptorUrl,
    descriptor,
    clientKey: previous?.clientKey ?? randomUUID(),
    sharedSecret: randomBytes(48).toString('base64url'),
    oauthClientId: previous?.oauthClientId ?? randomBytes(16).toString('hex'),
    scopes: descriptor.scopes as ConnectScope[],
    accountId: botId,
    enableLicensing: descriptor.enableLicensing === true,
    license: previous?.license ?? 'active',
    installedAt: nowIso(site),
  };
  const installedPath = descriptor.lifecycle?.installed;
  if (installedPath !== undefined) {
    const status = await postLifecycle(deps, app, 'installed', installedPath);
    if (status < 200 || status > 299) throw new InstallError(`The installed callback answered ${status}; installation not completed`, 502);
  }
  if (!site.users.has(botId)) {
    addUser(site, { accountId: botId, email: `${descriptor.key}@connect.atlassian.invalid`, displayName: descriptor.name ?? descriptor.key, accountType: 'app' });
  }
  putApp(site, app);
  return app;
}

/**
 * Uninstalls: POST the signed `uninstalled` event, then forget the app. Like Confluence, the app is removed
 * whatever the callback answers; the outcome is returned (HTTP status, or the error message).
 */
export async function uninstallApp(deps: ConnectDeps, appKey: string): Promise<{ callback: number | string | null }> {
  const app = deps.site.apps.get(appKey);
  if (!app) throw new InstallError(`App ${appKey} is not installed`, 404);
  const path = (app.descriptor as Descriptor).lifecycle?.uninstalled;
  let callback: number | string | null = null;
  try {
    if (path !== undefined) callback = await postLifecycle(deps, app, 'uninstalled', path);
  } catch (e) {
    callback = (e as Error).message;
  } finally {
    removeApp(deps.site, appKey);
  }
  return { callback };
}
