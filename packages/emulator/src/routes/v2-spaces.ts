import { Hono } from 'hono';
import { notFound } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { parseLimit, v2Collection } from '../http/pagination.js';
import { canView, canViewSpace, currentVersion, labelsOf, type Site, type Space } from '../state/index.js';
import { byId, parseBodyFormat } from './v2-content.js';
import { v2Content, v2Label, v2Space } from './present.js';

/** v2 `GET /spaces?keys=`, `GET /spaces/{id}`, `GET /spaces/{id}/pages`, `GET /spaces/{id}/content/labels`. */
export function v2SpaceRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  const visibleSpace = (accountId: string, id: string): Space => {
    const space = site.spaces.get(id);
    if (!space || !canViewSpace(site, accountId, space)) throw notFound(`Cannot find space with id [${id}]`);
    return space;
  };

  app.get('/spaces', (c) => {
    const url = new URL(c.req.url);
    const keys = url.searchParams.getAll('keys').flatMap((k) => k.split(','));
    const ids = url.searchParams.getAll('ids').flatMap((k) => k.split(','));
    const items = [...site.spaces.values()]
      .filter((s) => keys.length === 0 || keys.includes(s.key))
      .filter((s) => ids.length === 0 || ids.includes(s.id))
      .filter((s) => canViewSpace(site, c.get('principal').accountId, s))
      .sort(byId)
      .map(v2Space);
    const { body, headers } = v2Collection(items, url, parseLimit(c.req.query('limit'), 25, 250), site.baseUrl);
    return c.json(body, 200, headers);
  });

  app.get('/spaces/:id', (c) => c.json(v2Space(visibleSpace(c.get('principal').accountId, c.req.param('id')))));

  app.get('/spaces/:id/pages', (c) => {
    const accountId = c.get('principal').accountId;
    const space = visibleSpace(accountId, c.req.param('id'));
    const url = new URL(c.req.url);
    const format = parseBodyFormat(c.req.query('body-format'));
    const depth = c.req.query('depth') ?? 'all';
    const status = c.req.query('status') ?? 'current';
    const items = [...site.contents.values()]
      .filter((x) => x.type === 'page' && x.spaceId === space.id && x.status === status)
      .filter((x) => depth !== 'root' || x.parentId === undefined)
      .filter((x) => canView(site, accountId, x))
      .sort(byId)
      .map((x) => v2Content(site, x, currentVersion(x), format));
    const { body, headers } = v2Collection(items, url, parseLimit(c.req.query('limit'), 25, format ? 100 : 250), site.baseUrl);
    return c.json(body, 200, headers);
  });

  app.get('/spaces/:id/content/labels', (c) => {
    const accountId = c.get('principal').accountId;
    const space = visibleSpace(accountId, c.req.param('id'));
    const prefix = c.req.query('prefix');
    const seen = new Map<string, Record<string, unknown>>();
    for (const content of site.contents.values()) {
      if (content.spaceId !== space.id || content.status !== 'current' || !canView(site, accountId, content)) continue;
      for (const l of labelsOf(site, content, accountId)) if (!prefix || l.prefix === prefix) seen.set(l.id, v2Label(l));
    }
    const items = [...seen.values()].sort((a, b) => Number(a.id) - Number(b.id));
    const { body, headers } = v2Collection(items, new URL(c.req.url), parseLimit(c.req.query('limit'), 25, 250), site.baseUrl);
    return c.json(body, 200, headers);
  });
  return app;
}
