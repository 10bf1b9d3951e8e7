import { Hono } from 'hono';
import { badRequest } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { cursorPage, parseLimit } from '../http/pagination.js';
import { CqlError, parseCql } from '../cql/parse-cql.js';
import { matchesCql } from '../cql/match-cql.js';
import { canView, currentVersion, type Site } from '../state/index.js';
import { v1Content } from './present.js';

/**
 * v1 `GET /search?cql=…` for `space`, `label`, `type` (and `id`) with AND. Paged by cursor only: `start` is
 * ignored, `_links.next` carries the cursor (measured). Results sorted by id (INFERRED; the real order is
 * relevance). The real index lags writes; the emulator's does not (documented deviation).
 */
export function v1SearchRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  app.get('/search', (c) => {
    const { accountId } = c.get('principal');
    const cql = c.req.query('cql');
    if (!cql) throw badRequest('cql is required');
    let conditions;
    try {
      conditions = parseCql(cql);
    } catch (e) {
      if (e instanceof CqlError) throw badRequest(e.message);
      throw e;
    }
    const limit = parseLimit(c.req.query('limit'), 25, 100);
    const url = new URL(c.req.url);
    const items = [...site.contents.values()]
      .filter((x) => x.status === 'current' && canView(site, accountId, x) && matchesCql(site, x, conditions, accountId))
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((x) => {
        const v = currentVersion(x);
        const space = site.spaces.get(x.spaceId);
        const content = v1Content(site, x, v, new Set(), accountId);
        return {
          content,
          title: v.title,
          excerpt: '',
          url: (content._links as { webui: string }).webui,
          resultGlobalContainer: { title: space?.name ?? '', displayUrl: `/spaces/${space?.key ?? ''}` },
          entityType: 'content',
          iconCssClass: x.type === 'page' ? 'aui-icon content-type-page' : 'aui-icon content-type-blogpost',
          lastModified: v.createdAt,
          friendlyLastModified: v.createdAt,
          score: 0,
        };
      });
    url.searchParams.delete('start');
    const { results, next } = cursorPage(items, url, limit);
    const links: Record<string, string> = { base: site.baseUrl, context: '/wiki', self: `${site.baseUrl}/rest/api/search?cql=${encodeURIComponent(cql)}` };
    if (next) links.next = `${next.replace(/^\/wiki/, '')}&next=true`;
    return c.json({ results, start: 0, limit, size: results.length, totalSize: items.length, cqlQuery: cql, searchDuration: 1, _links: links });
  });
  return app;
}
