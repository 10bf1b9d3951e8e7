import { Hono } from 'hono';
import { badRequest, notFound } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { currentVersion, versionOf, type Site } from '../state/index.js';
import { viewableContent } from './lookup.js';
import { v1Content, v1Version } from './present.js';

/** Parses `expand=a,b.c` into a set. */
export const parseExpand = (raw: string | undefined): Set<string> => new Set((raw ?? '').split(',').map((s) => s.trim()).filter(Boolean));

function parseVersionNumber(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw badRequest(`Invalid version number: ${raw}`);
  return n;
}

/** v1 `GET /content/{id}?expand=…&version=n&status=…` and `GET /content/{id}/version/{n}`. */
export function v1ContentRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  app.get('/content/:id', (c) => {
    const { accountId } = c.get('principal');
    const content = viewableContent(site, accountId, c.req.param('id'), 'v1');
    const raw = c.req.query('version');
    const version = raw === undefined ? currentVersion(content) : versionOf(content, parseVersionNumber(raw));
    if (!version) throw notFound(`No content found with id: ContentId{id=${content.id}} and version ${raw}`);
    return c.json(v1Content(site, content, version, parseExpand(c.req.query('expand')), accountId));
  });
  app.get('/content/:id/version/:n', (c) => {
    const { accountId } = c.get('principal');
    const content = viewableContent(site, accountId, c.req.param('id'), 'v1');
    const n = parseVersionNumber(c.req.param('n'));
    const version = versionOf(content, n);
    if (!version) throw notFound(`Version ${n} of content ${content.id} not found`);
    // `content` is expanded by default here (Label UP! reads version.content.status === 'current').
    return c.json({
      ...v1Version(site, version),
      content: v1Content(site, content, version, parseExpand(c.req.query('expand')), accountId),
      _links: { self: `${site.baseUrl}/rest/api/content/${content.id}/version/${n}`, base: site.baseUrl, context: '/wiki' },
    });
  });
  return app;
}
