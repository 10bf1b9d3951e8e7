import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, badRequest } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { v1Collection } from '../http/pagination.js';
import { addLabels, labelsOf, parseLabelName, removeLabel, type Content, type LabelPrefix, type Site } from '../state/index.js';
import { editableContent, viewableContent } from './lookup.js';
import { jsonBody } from '../http/parse-body.js';
import { v1Label } from './present.js';

const labelInput = z.object({ prefix: z.enum(['global', 'my', 'team']).default('global'), name: z.string() });
const labelsBody = z.union([z.array(labelInput).min(1), labelInput.transform((l) => [l])]);

/** Validates every submitted label first, so a refused name adds nothing. */
function parseLabels(body: unknown): { prefix: LabelPrefix; names: string[] }[] {
  const parsed = labelsBody.safeParse(body);
  if (!parsed.success) throw badRequest(`Invalid label body: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data.map((l) => {
    const r = parseLabelName(l.name);
    if ('error' in r) throw new ApiError(400, r.error.code, { code: r.error.code, detail: r.error.message });
    return { prefix: l.prefix, names: r.names };
  });
}

const childLabelNotAllowed = (): never => {
  throw new ApiError(405, 'Method Not Allowed', { raw: 'empty', headers: { allow: 'HEAD,GET,OPTIONS' } });
};

/**
 * v1 labels: `GET|POST /content/{id}/label`, `DELETE /content/{id}/label?name=`, `DELETE /content/{id}/label/{name}`
 * (400 Tomcat HTML when the name contains an encoded `/`), and the read-only `child/label` (405 on writes).
 */
export function v1LabelRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  const list = (content: Content, accountId: string, url: URL): Record<string, unknown> =>
    v1Collection(labelsOf(site, content, accountId).filter((l) => !url.searchParams.get('prefix') || l.prefix === url.searchParams.get('prefix')).map(v1Label), url, 200, 200, site.baseUrl);

  for (const path of ['/content/:id/label', '/content/:id/child/label'] as const) {
    app.get(path, (c) => {
      const { accountId } = c.get('principal');
      const content = viewableContent(site, accountId, c.req.param('id'), 'v1');
      return c.json(list(content, accountId, new URL(c.req.url)));
    });
  }
  app.on(['POST', 'PUT', 'DELETE'], '/content/:id/child/label', childLabelNotAllowed);

  app.post('/content/:id/label', async (c) => {
    const { accountId } = c.get('principal');
    const content = editableContent(site, accountId, c.req.param('id'), 'v1');
    for (const { prefix, names } of parseLabels(await jsonBody(c.req.raw))) addLabels(site, content, names, prefix, accountId);
    const url = new URL(c.req.url);
    url.search = '';
    return c.json(list(content, accountId, url));
  });

  const remove = (id: string, accountId: string, name: string): Response => {
    const content = editableContent(site, accountId, id, 'v1');
    if (!removeLabel(site, content, name, accountId)) throw new ApiError(404, `No label found with name: ${name}`);
    return new Response(null, { status: 204 });
  };
  app.delete('/content/:id/label', (c) => {
    const name = c.req.query('name');
    if (name === undefined || name === '') throw badRequest('A label name is required (?name=)');
    return remove(c.req.param('id'), c.get('principal').accountId, name);
  });
  app.delete('/content/:id/label/:name', (c) => {
    if (/%2f/i.test(new URL(c.req.url).pathname)) throw new ApiError(400, 'Bad Request', { raw: 'html' });
    return remove(c.req.param('id'), c.get('principal').accountId, c.req.param('name'));
  });
  return app;
}
