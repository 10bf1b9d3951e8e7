/**
 * `GET /api/suggestions` (status of suggestions for the context page version) and
 * `POST /api/suggestions` (request them: idempotent, `force` recomputes). The request writes a
 * `pending` content property first (so every web process and every viewer sees it), then enqueues
 * a job carrying only references; the job writes the final property and publishes the event.
 */
import { Hono, type Context } from 'hono';
import type { JobQueue } from '../core/ports.js';
import type { AppEnv } from '../http/env.js';
import type { SuggestionsView } from './contract.js';
import { requestSuggestionsBodySchema } from './label-rules.js';
import type { PageGateway, PageRef } from './page-gateway.js';
import { readBody } from './read-body.js';
import { buildSuggestionsView } from './suggestions-view.js';

/** Dependencies of the suggestions routes. */
export interface SuggestionsRoutesDeps {
  readonly gateway: PageGateway;
  readonly queue: JobQueue;
}

/** The bound page and version of a verified request (set by contextAuth). */
export function boundContent(c: Context<AppEnv>): PageRef & { version: number } {
  const content = c.get('connect').content;
  if (!content) throw new Error('contextAuth must run before the API routes');
  return content;
}

async function currentView(c: Context<AppEnv>, gateway: PageGateway): Promise<SuggestionsView> {
  const tenant = c.get('tenant');
  const content = boundContent(c);
  const [latestVersion, labels, stored] = await Promise.all([
    gateway.latestVersion(tenant, content),
    gateway.labels(tenant, content),
    gateway.readSuggestions(tenant, content),
  ]);
  return buildSuggestionsView({ pageId: content.id, version: content.version, latestVersion, labels, stored });
}

/** Routes under `/api`. */
export function suggestionsRoutes(deps: SuggestionsRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/suggestions', async (c) => c.json(await currentView(c, deps.gateway)));

  app.post('/suggestions', async (c) => {
    const body = await readBody(c, requestSuggestionsBodySchema);
    const force = body.force === true;
    const view = await currentView(c, deps.gateway);
    if (view.status === 'outdated') return c.json(view, 200);
    if (view.status === 'ready' && !force) return c.json(view, 200);
    const tenant = c.get('tenant');
    const content = boundContent(c);
    if (view.status !== 'pending' || force) await deps.gateway.markPending(tenant, content, content.version);
    await deps.queue.enqueue({
      clientKey: tenant.clientKey,
      contentId: content.id,
      contentType: content.type,
      version: content.version,
      ...(force ? { force: true } : {}),
    });
    const pending: SuggestionsView = { status: 'pending', page: view.page, labels: view.labels };
    return c.json(pending, 202);
  });
  return app;
}
