/**
 * `GET /api/labels` (global labels on the context page, read as the app) and `POST /api/labels`
 * (add labels AS THE USER, so Confluence's own permissions decide; 1..20 valid labels).
 */
import { addLabels, addLabelsBodySchema, type LabelsView } from '@labelup/core';
import { Hono } from 'hono';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import type { PageGateway } from './page-gateway.js';
import { readBody } from './read-body.js';
import { boundContent } from './suggestions-routes.js';

/** Routes under `/api`. */
export function labelsRoutes(gateway: PageGateway): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/labels', async (c) => {
    const view: LabelsView = { labels: [...(await gateway.labels(c.get('tenant'), boundContent(c)))] };
    return c.json(view);
  });

  app.post('/labels', async (c) => {
    const { labels } = await readBody(c, addLabelsBodySchema);
    const accountId = c.get('connect').accountId;
    if (accountId === undefined) throw new AppError('not-authenticated', 'add labels: token has no user');
    return c.json(await addLabels(gateway, c.get('tenant'), accountId, boundContent(c), labels));
  });
  return app;
}
