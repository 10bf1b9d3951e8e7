import { Hono } from 'hono';
import { z } from 'zod';
import { badRequest, notFound, type ApiError } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { parseLimit, v2Collection } from '../http/pagination.js';
import { createProperty, deleteProperty, propertyById, updateProperty, type Content, type Site } from '../state/index.js';
import { byId } from './v2-content.js';
import { editableContent, viewableContent } from './lookup.js';
import { jsonBody, parseWith } from '../http/parse-body.js';
import { v2Property } from './present.js';
import { propertyWriteError } from './property-errors.js';

const createSchema = z.object({ key: z.string(), value: z.unknown() });
const updateSchema = z.object({
  key: z.string(),
  value: z.unknown(),
  version: z.object({ number: z.number().int().min(1), message: z.string().optional() }),
});


/** v2 content properties of pages and blog posts: list/create by key, get/update/delete by property id. */
export function v2PropertyRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  for (const [segment, type] of [['pages', 'page'], ['blogposts', 'blogpost']] as const) {
    const missingProperty = (content: Content, id: string): ApiError => notFound(`Could not find property with id [${id}] on ${type} with id [${content.id}]`);

    app.get(`/${segment}/:id/properties`, (c) => {
      const content = viewableContent(site, c.get('principal').accountId, c.req.param('id'), 'v2', type);
      const key = c.req.query('key');
      const items = [...content.properties.values()].filter((p) => key === undefined || p.key === key).sort(byId).map(v2Property);
      const { body, headers } = v2Collection(items, new URL(c.req.url), parseLimit(c.req.query('limit'), 10, 50), site.baseUrl);
      return c.json(body, 200, headers);
    });
    app.post(`/${segment}/:id/properties`, async (c) => {
      const { accountId } = c.get('principal');
      const content = editableContent(site, accountId, c.req.param('id'), 'v2', type);
      const body = parseWith(createSchema, await jsonBody(c.req.raw));
      const result = createProperty(site, content, body.key, body.value, accountId);
      if (!result.ok) throw propertyWriteError(result);
      return c.json(v2Property(result.property));
    });
    app.get(`/${segment}/:id/properties/:pid`, (c) => {
      const content = viewableContent(site, c.get('principal').accountId, c.req.param('id'), 'v2', type);
      const property = propertyById(content, c.req.param('pid'));
      if (!property) throw missingProperty(content, c.req.param('pid'));
      return c.json(v2Property(property));
    });
    app.put(`/${segment}/:id/properties/:pid`, async (c) => {
      const { accountId } = c.get('principal');
      const content = editableContent(site, accountId, c.req.param('id'), 'v2', type);
      const property = propertyById(content, c.req.param('pid'));
      if (!property) throw missingProperty(content, c.req.param('pid'));
      const body = parseWith(updateSchema, await jsonBody(c.req.raw));
      if (body.key !== property.key) throw badRequest('The property key cannot be changed');
      const result = updateProperty(site, content, property.key, body.value, body.version.number, accountId, { message: body.version.message ?? '' });
      if (!result.ok) throw propertyWriteError(result);
      return c.json(v2Property(result.property));
    });
    app.delete(`/${segment}/:id/properties/:pid`, (c) => {
      const content = editableContent(site, c.get('principal').accountId, c.req.param('id'), 'v2', type);
      const property = propertyById(content, c.req.param('pid'));
      if (!property) throw missingProperty(content, c.req.param('pid'));
      deleteProperty(content, property.key);
      return c.body(null, 204);
    });
  }
  return app;
}
