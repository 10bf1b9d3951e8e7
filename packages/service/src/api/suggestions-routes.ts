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
import { createDialogOperations, requestSuggestionsBodySchema, type DialogOperations } from '@labelup/core';
import { Hono, type Context } from 'hono';
import type { JobQueue, Tenant, TenantStore } from '../core/ports.js';
import type { AppEnv } from '../http/env.js';
import type { PageGateway, PageRef } from './page-gateway.js';
import { readBody } from './read-body.js';

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

/** The core's dialog operations over the service's gateway, queue and claims (shared by the API routes). */
export function dialogOperations(deps: SuggestionsRoutesDeps): DialogOperations<Tenant> {
  const now = deps.now ?? Date.now;
  return createDialogOperations<Tenant>({
    gateway: deps.gateway,
    siteKey: (tenant) => tenant.clientKey,
    enqueue: (data) => deps.queue.enqueue(data),
    claimForce: (tenant, page) => {
      const at = now();
      return deps.claims.claim(forceClaimKey(tenant.clientKey, page.id), at + (deps.forceCooldownMs ?? 30_000), at);
    },
  });
}

/** Routes under `/api`. */
export function suggestionsRoutes(deps: SuggestionsRoutesDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const operations = dialogOperations(deps);
  app.get('/suggestions', async (c) => c.json(await operations.getSuggestions(c.get('tenant'), boundContent(c))));
  app.post('/suggestions', async (c) => {
    const body = await readBody(c, requestSuggestionsBodySchema);
    const { view, queued } = await operations.requestSuggestions(c.get('tenant'), boundContent(c), body);
    return c.json(view, queued ? 202 : 200);
  });
  return app;
}
