import { Hono } from 'hono';
import { badRequest, notFound } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { parseLimit, v2Collection } from '../http/pagination.js';
import { canView, currentVersion, labelsOf, versionOf, type Content, type Site } from '../state/index.js';
import { viewableContent } from './lookup.js';
import { v2Content, v2Label, v2Property, type BodyFormat } from './present.js';

const KNOWN_FORMATS = ['storage', 'atlas_doc_format', 'view', 'export_view', 'anonymous_export_view', 'styled_view', 'editor'];

/** Parses `body-format`; formats Confluence knows but the emulator does not render are a clear 400. */
export function parseBodyFormat(raw: string | undefined): BodyFormat | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw === 'storage' || raw === 'atlas_doc_format') return raw;
  if (KNOWN_FORMATS.includes(raw)) throw badRequest(`The emulator does not render body-format=${raw}; use storage or atlas_doc_format`);
  throw badRequest(`Invalid body-format: ${raw}`, 'INVALID_REQUEST_PARAMETER');
}

/** `include-labels` / `include-properties` on a single page: up to 50 items plus `meta.hasMore` (v2 shape). */
function includes(site: Site, content: Content, accountId: string, params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const block = (items: Record<string, unknown>[], what: string) => ({
    results: items.slice(0, 50),
    meta: { hasMore: items.length > 50, cursor: null },
    _links: { self: `/wiki/api/v2/${content.type === 'page' ? 'pages' : 'blogposts'}/${content.id}/${what}` },
  });
  if (params.get('include-labels') === 'true') {
    out.labels = block(labelsOf(site, content, accountId).sort(byId).map(v2Label), 'labels');
  }
  if (params.get('include-properties') === 'true') out.properties = block([...content.properties.values()].sort(byId).map(v2Property), 'properties');
  return out;
}

/** Sorted by numeric id, as Confluence lists do. */
export const byId = (a: { id: string }, b: { id: string }): number => Number(a.id) - Number(b.id);

/** v2 `GET /pages/{id}`, `GET /blogposts/{id}`, `GET /pages`, `GET /blogposts`. */
export function v2ContentRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  for (const [segment, type] of [['pages', 'page'], ['blogposts', 'blogpost']] as const) {
    app.get(`/${segment}/:id`, (c) => {
      const content = viewableContent(site, c.get('principal').accountId, c.req.param('id'), 'v2', type);
      const format = parseBodyFormat(c.req.query('body-format'));
      const rawVersion = c.req.query('version');
      const version = rawVersion === undefined ? currentVersion(content) : versionOf(content, Number(rawVersion));
      if (!version) throw notFound(`Cannot find version ${rawVersion} of content with id [${content.id}]`);
      return c.json({ ...v2Content(site, content, version, format), ...includes(site, content, c.get('principal').accountId, new URL(c.req.url).searchParams) });
    });
    app.get(`/${segment}`, (c) => {
      const url = new URL(c.req.url);
      const format = parseBodyFormat(c.req.query('body-format'));
      const limit = parseLimit(c.req.query('limit'), 25, format ? 100 : 250);
      const spaceIds = url.searchParams.getAll('space-id').flatMap((s) => s.split(','));
      const title = c.req.query('title');
      const status = c.req.query('status') ?? 'current';
      const items = [...site.contents.values()]
        .filter((x: Content) => x.type === type && x.status === status)
        .filter((x) => spaceIds.length === 0 || spaceIds.includes(x.spaceId))
        .filter((x) => title === undefined || currentVersion(x).title === title)
        .filter((x) => canView(site, c.get('principal').accountId, x))
        .sort(byId)
        .map((x) => v2Content(site, x, currentVersion(x), format));
      const { body, headers } = v2Collection(items, url, limit, site.baseUrl);
      return c.json(body, 200, headers);
    });
  }
  return app;
}
