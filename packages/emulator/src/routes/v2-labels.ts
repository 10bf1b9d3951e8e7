import { Hono } from 'hono';
import { ApiError } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { parseLimit, v2Collection } from '../http/pagination.js';
import { labelsOf, type Site } from '../state/index.js';
import { viewableContent } from './lookup.js';
import { v2Label } from './present.js';

const methodNotAllowed = (): never => {
  throw new ApiError(405, 'Method Not Allowed', { code: 'METHOD_NOT_ALLOWED' });
};

/** v2 `GET /pages/{id}/labels` (and blog posts), sorted by label id; POST/DELETE answer 405 (v2 labels are read-only, measured). */
export function v2LabelRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  for (const [segment, type] of [['pages', 'page'], ['blogposts', 'blogpost']] as const) {
    app.get(`/${segment}/:id/labels`, (c) => {
      const accountId = c.get('principal').accountId;
      const content = viewableContent(site, accountId, c.req.param('id'), 'v2', type);
      const prefix = c.req.query('prefix');
      const items = labelsOf(site, content, accountId)
        .filter((l) => !prefix || l.prefix === prefix)
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map(v2Label);
      const { body, headers } = v2Collection(items, new URL(c.req.url), parseLimit(c.req.query('limit'), 25, 250), site.baseUrl);
      return c.json(body, 200, headers);
    });
    app.on(['POST', 'PUT', 'DELETE'], `/${segment}/:id/labels`, methodNotAllowed);
  }
  return app;
}
