/**
 * `GET /api/suggestions` (status of suggestions for the context page version) and
 * `POST /api/suggestions` (request them: idempotent, `force` recomputes). The request writes a
 * `pending` content property first (so every web process and every viewer sees it), then enqueues
 * a job carrying only references; the job writes the final property and publishes the event.
 *
 * Concurrent requests for one page version all succeed and queue one job: the first pending write
 * wins, the others see it (or conflict, re-read and see it) and enqueue the same job id. A forced
 * recompute of a page is honoured once per cool-down (30 s, per site and page, shared by every web
 * process through the tenant store's claims); a forced request inside it is an ordinary request.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import type { JobQueue, TenantStore } from '../core/ports.js';
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
  /** Holds the forced-recompute cool-downs. */
  readonly claims: Pick<TenantStore, 'claim'>;
  /** Cool-down between forced recomputes of one page. Default 30 000 ms. */
  readonly forceCooldownMs?: number;
  readonly now?: () => number;
}

/** The claim key of a page's forced-recompute cool-down: a hash, so the store names no site or page. */
const forceClaimKey = (clientKey: string, contentId: string) => `force:${createHash('sha256').update(`${clientKey}\u0000${contentId}`).digest('hex')}`;

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

  const now = deps.now ?? Date.now;
  app.post('/suggestions', async (c) => {
    const body = await readBody(c, requestSuggestionsBodySchema);
    const tenant = c.get('tenant');
    const content = boundContent(c);
    const view = await currentView(c, deps.gateway);
    if (view.status === 'outdated') return c.json(view, 200);
    const at = now();
    const force = body.force === true && (await deps.claims.claim(forceClaimKey(tenant.clientKey, content.id), at + (deps.forceCooldownMs ?? 30_000), at));
    if (view.status === 'ready' && !force) return c.json(view, 200);
    if (view.status !== 'pending' || force) {
      const outcome = await deps.gateway.markPending(tenant, content, content.version, { force });
      if (outcome === 'done') return c.json(await currentView(c, deps.gateway), 200);
    }
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
