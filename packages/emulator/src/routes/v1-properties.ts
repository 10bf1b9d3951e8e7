import { Hono } from 'hono';
import { z } from 'zod';
import { badRequest, notFound } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { v1Collection } from '../http/pagination.js';
import { createProperty, deleteProperty, updateProperty, type Site } from '../state/index.js';
import { editableContent, viewableContent } from './lookup.js';
import { jsonBody, parseWith } from '../http/parse-body.js';
import { v1Property } from './present.js';
import { propertyWriteError } from './property-errors.js';

const createSchema = z.object({ key: z.string(), value: z.unknown() });
const updateSchema = z.object({
  key: z.string().optional(),
  value: z.unknown(),
  version: z.object({ number: z.number().int().min(1), minorEdit: z.boolean().optional(), message: z.string().optional() }),
});


/** v1 content properties by key: list, create, get, update (stale version → 409; absent + version 1 → create), delete. */
export function v1PropertyRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  const missing = (id: string, key: string) => notFound(`Cannot find content property with key: ${key} on content ${id}`);

  app.get('/content/:id/property', (c) => {
    const content = viewableContent(site, c.get('principal').accountId, c.req.param('id'), 'v1');
    const items = [...content.properties.values()].map((p) => v1Property(content, p, site.baseUrl));
    return c.json(v1Collection(items, new URL(c.req.url), 10, 200, site.baseUrl));
  });
  app.post('/content/:id/property', async (c) => {
    const { accountId } = c.get('principal');
    const content = editableContent(site, accountId, c.req.param('id'), 'v1');
    const body = parseWith(createSchema, await jsonBody(c.req.raw));
    const result = createProperty(site, content, body.key, body.value, accountId);
    if (!result.ok) throw propertyWriteError(result);
    return c.json(v1Property(content, result.property, site.baseUrl));
  });
  app.get('/content/:id/property/:key', (c) => {
    const content = viewableContent(site, c.get('principal').accountId, c.req.param('id'), 'v1');
    const property = content.properties.get(c.req.param('key'));
    if (!property) throw missing(content.id, c.req.param('key'));
    return c.json(v1Property(content, property, site.baseUrl));
  });
  app.put('/content/:id/property/:key', async (c) => {
    const { accountId } = c.get('principal');
    const content = editableContent(site, accountId, c.req.param('id'), 'v1');
    const key = c.req.param('key');
    const body = parseWith(updateSchema, await jsonBody(c.req.raw));
    if (body.key !== undefined && body.key !== key) throw badRequest('The key in the body must match the key in the path');
    const result = updateProperty(site, content, key, body.value, body.version.number, accountId, {
      createIfAbsent: true,
      message: body.version.message ?? '',
      minorEdit: body.version.minorEdit ?? false,
    });
    if (!result.ok) throw propertyWriteError(result);
    return c.json(v1Property(content, result.property, site.baseUrl));
  });
  app.delete('/content/:id/property/:key', (c) => {
    const content = editableContent(site, c.get('principal').accountId, c.req.param('id'), 'v1');
    if (!deleteProperty(content, c.req.param('key'))) throw missing(content.id, c.req.param('key'));
    return c.body(null, 204);
  });
  return app;
}
