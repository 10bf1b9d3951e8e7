import { randomUUID } from 'node:crypto';
import type { Site } from './types.js';

/** Options for {@link createSite}. */
export interface CreateSiteOptions {
  /** Site base URL including `/wiki`; default `http://127.0.0.1/wiki` until the server listens. */
  baseUrl?: string;
  /** Clock in ms since epoch; default `Date.now`. */
  now?: () => number;
  /** First numeric id handed out; default 65537 (Confluence ids are numeric strings). */
  firstId?: number;
}

const DEFAULT_FIRST_ID = 65537;
const firstIds = new WeakMap<Site, number>();

/** Creates an empty site: no users, spaces, content or apps. */
export function createSite(options: CreateSiteOptions = {}): Site {
  const site: Site = {
    cloudId: randomUUID(),
    baseUrl: options.baseUrl ?? 'http://127.0.0.1/wiki',
    users: new Map(),
    spaces: new Map(),
    contents: new Map(),
    labels: new Map(),
    apps: new Map(),
    tokens: new Map(),
    forgeTokens: new Map(),
    nextId: options.firstId ?? DEFAULT_FIRST_ID,
    now: options.now ?? Date.now,
  };
  firstIds.set(site, site.nextId);
  return site;
}

/** Empties the site in place (keeps its base URL, cloud id and clock), so holders of the object see the reset. */
export function resetSite(site: Site): void {
  site.users.clear();
  site.spaces.clear();
  site.contents.clear();
  site.labels.clear();
  site.apps.clear();
  site.tokens.clear();
  site.forgeTokens.clear();
  site.actingUserId = undefined;
  site.nextId = firstIds.get(site) ?? DEFAULT_FIRST_ID;
}

/** Hands out the next numeric id as a string. */
export function nextId(site: Site): string {
  const id = site.nextId;
  site.nextId += 1;
  return String(id);
}

/** The site's clock as an ISO-8601 string. */
export function nowIso(site: Site): string {
  return new Date(site.now()).toISOString();
}
