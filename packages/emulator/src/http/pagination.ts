import { badRequest } from './api-error.js';

/**
 * Pagination helpers. v2 pages with an opaque cursor (`Link: <…>; rel="next"` and `_links.next`, a
 * `/wiki`-prefixed path); v1 with `start`/`limit` (`_links.next` relative to `/wiki`, absent on the last page).
 * The cursor is base64url of the offset — opaque to clients as Confluence's are.
 */

/** Parses a `limit` query parameter within [1, max]; Confluence clamps large values, we do the same. */
export function parseLimit(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`Invalid limit: ${raw}`);
  return Math.min(n, max);
}

/** Encodes an offset as an opaque cursor. */
export const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64url');

/** Decodes a cursor made by {@link encodeCursor}; a foreign cursor is a 400. */
export function decodeCursor(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!m?.[1]) throw badRequest(`Invalid cursor: ${raw}`);
  return Number(m[1]);
}

/** One v2 page of results plus the `next` link (site-relative, with `/wiki`) when more remain. */
export function cursorPage<T>(items: T[], url: URL, limit: number): { results: T[]; next?: string } {
  const offset = decodeCursor(url.searchParams.get('cursor') ?? undefined);
  const results = items.slice(offset, offset + limit);
  if (offset + limit >= items.length) return { results };
  const params = new URLSearchParams(url.searchParams);
  params.set('limit', String(limit));
  params.set('cursor', encodeCursor(offset + limit));
  return { results, next: `${url.pathname}?${params.toString()}` };
}

/** v2 collection response body and headers. */
export function v2Collection<T>(items: T[], url: URL, limit: number, base: string): { body: unknown; headers: Record<string, string> } {
  const { results, next } = cursorPage(items, url, limit);
  const links: Record<string, string> = { base };
  const headers: Record<string, string> = {};
  if (next) {
    links.next = next;
    headers.Link = `<${next}>; rel="next", <${base}>; rel="base"`;
  }
  return { body: { results, _links: links }, headers };
}

/** v1 start/limit page: `{results, start, limit, size, _links}`. */
export function v1Collection<T>(items: T[], url: URL, defaultLimit: number, maxLimit: number, base: string): Record<string, unknown> {
  const limit = parseLimit(url.searchParams.get('limit') ?? undefined, defaultLimit, maxLimit);
  const rawStart = url.searchParams.get('start') ?? '0';
  const start = Number(rawStart);
  if (!Number.isInteger(start) || start < 0) throw badRequest(`Invalid start: ${rawStart}`);
  const results = items.slice(start, start + limit);
  const relative = url.pathname.replace(/^\/wiki/, '');
  const links: Record<string, string> = { base, context: '/wiki', self: `${base}${relative}` };
  if (start + limit < items.length) {
    const params = new URLSearchParams(url.searchParams);
    params.set('next', 'true');
    params.set('limit', String(limit));
    params.set('start', String(start + limit));
    links.next = `${relative}?${params.toString()}`;
  }
  return { results, start, limit, size: results.length, _links: links };
}
