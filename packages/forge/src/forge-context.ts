/**
 * Reads what a resolver may trust from its invocation: the page from the extension context Forge
 * builds (never from the payload), the invoking user, the site, and the license. Bad or missing
 * context is a clear `invalid-request` / `not-authenticated`, never a crash.
 */
import type { ViewedPage } from '@labelup/core';
import { ForgeAppError } from './forge-errors.js';

/** The site a resolver or consumer runs for, on Forge. */
export interface ForgeSite {
  /** The installation's site key (jobs carry it; logs only its hash). */
  readonly siteKey: string;
}

/** What a resolver call is about. */
export interface ResolverContext {
  readonly site: ForgeSite;
  /** The page, and the version the person is viewing (`undefined`: the host did not say; see README). */
  readonly page: { readonly id: string; readonly type: 'page' | 'blogpost'; readonly version?: number };
  readonly accountId?: string;
  /** Forge's license for the installation: `undefined` when the platform gives none (free, development). */
  readonly license?: { readonly isActive: boolean };
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** A positive integer from a number or a numeric string. */
function positiveInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** The viewed version: `extension.content.version`, else `pageVersion` in the page URL (`extension.location`). */
function viewedVersion(extension: Record<string, unknown>, content: Record<string, unknown>): number | undefined {
  const direct = positiveInteger(content['version']) ?? positiveInteger(record(content['version'])?.['number']);
  if (direct !== undefined) return direct;
  const location = extension['location'];
  if (typeof location !== 'string') return undefined;
  try {
    return positiveInteger(new URL(location, 'https://site.invalid').searchParams.get('pageVersion') ?? undefined);
  } catch {
    return undefined;
  }
}

/** Parses a resolver's `context`. */
export function readResolverContext(context: unknown): ResolverContext {
  const c = record(context);
  const extension = record(c?.['extension']);
  const content = record(extension?.['content']);
  const id = content?.['id'];
  const idText = typeof id === 'number' ? String(id) : id;
  if (!extension || !content || typeof idText !== 'string' || !/^\d{1,30}$/.test(idText)) throw new ForgeAppError('invalid-request', 'context: no page in the extension context');
  const type = content['type'] === 'blogpost' ? 'blogpost' : content['type'] === 'page' || content['type'] === undefined ? 'page' : undefined;
  if (!type) throw new ForgeAppError('invalid-request', 'context: content is neither a page nor a blog post');
  const siteKey = [c?.['installContext'], c?.['cloudId']].find((v): v is string => typeof v === 'string' && v.length > 0);
  if (!siteKey) throw new ForgeAppError('invalid-request', 'context: no installation');
  const accountId = typeof c?.['accountId'] === 'string' && c['accountId'] ? c['accountId'] : undefined;
  const license = record(c?.['license']);
  const version = viewedVersion(extension, content);
  return {
    site: { siteKey },
    page: { id: idText, type, ...(version !== undefined ? { version } : {}) },
    ...(accountId ? { accountId } : {}),
    ...(license && typeof license['isActive'] === 'boolean' ? { license: { isActive: license['isActive'] } } : {}),
  };
}

/** The page with a version: the viewed one, or the latest when the host did not say which. */
export function viewedPage(context: ResolverContext, latestVersion: number): ViewedPage {
  return { id: context.page.id, type: context.page.type, version: context.page.version ?? latestVersion };
}
