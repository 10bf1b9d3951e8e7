/**
 * `GET /admin/tenants/:clientKey/report`: exactly what the app holds for a site. Authenticated by a
 * Connect JWT signed with THAT site's shared secret (`iss` = the client key in the path, `qsh` of
 * this request) — so only the site itself (or an operator holding its install record) can ask, and
 * no extra admin secret exists to leak. The shared secret is reported masked (length and last two characters).
 */
import { Hono } from 'hono';
import { verifyRequestToken } from '../connect/request-jwt.js';
import { tokenFromAuthorization } from '../connect/jwt-parts.js';
import { connectErrorToAppError } from '../connect/to-app-error.js';
import type { TenantStore } from '../core/ports.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/env.js';
import { describeQueuedJobs, type QueuedJobReference } from '../queues/describe-queued-jobs.js';
import type { InspectableQueue } from '../queues/job-events.js';
import { describeTenantData, type HeldField } from '../stores/describe-tenant-data.js';

/** The report's shape. */
export interface DataReport {
  readonly clientKey: string;
  /** The install record, field by field, with what each is for (the shared secret masked). */
  readonly installRecord: readonly HeldField[];
  /** Jobs of this site waiting or running in the queue: references only. */
  readonly queuedJobs: readonly QueuedJobReference[];
  /** What exists outside our stores, for completeness. */
  readonly elsewhere: { readonly logs: string; readonly confluence: string };
}

/** Dependencies of the report route. */
export interface DataReportDeps {
  readonly tenants: TenantStore;
  readonly queue: InspectableQueue;
  readonly baseUrl: string;
}

/** Routes under the root. */
export function dataReportRoutes(deps: DataReportDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/admin/tenants/:clientKey/report', async (c) => {
    const url = new URL(c.req.url);
    let issuer: string;
    try {
      const token = tokenFromAuthorization(c.req.header('Authorization'));
      issuer = await verifyRequestToken(
        { token, method: 'GET', pathAndQuery: url.pathname + url.search, baseUrl: deps.baseUrl },
        async (clientKey) => (await deps.tenants.get(clientKey))?.sharedSecret,
      );
    } catch (error) {
      throw connectErrorToAppError(error);
    }
    if (issuer !== c.req.param('clientKey')) throw new AppError('not-authenticated', 'report: token is for another site');
    const description = await describeTenantData(deps.tenants, issuer);
    const queuedJobs = await describeQueuedJobs(deps.queue, issuer);
    const report: DataReport = {
      clientKey: issuer,
      installRecord: description.fields,
      queuedJobs,
      elsewhere: {
        logs: 'Technical logs without customer data: no page text, titles, labels, account ids, tokens or secrets.',
        confluence: 'Suggestions are stored in Confluence itself, in the content property "labelup" of each processed page.',
      },
    };
    c.header('Cache-Control', 'no-store');
    return c.json(report);
  });
  return app;
}
