/**
 * `GET /admin/tenants/:clientKey/report`: exactly what the app holds for a site. Authenticated by a
 * Connect JWT signed with THAT site's shared secret (`iss` = the client key in the path, `qsh` of
 * this request) — so only the site itself (or an operator holding its install record) can ask, and
 * no extra admin secret exists to leak. The shared secret itself is reported as held, never shown.
 */
import { Hono } from 'hono';
import { verifyRequestToken } from '../connect/request-jwt.js';
import { tokenFromAuthorization } from '../connect/jwt-parts.js';
import { connectErrorToAppError } from '../connect/to-app-error.js';
import type { TenantStore } from '../core/ports.js';
import { AppError } from '../errors.js';
import type { AppEnv } from '../http/env.js';

/** The report's shape. */
export interface DataReport {
  readonly clientKey: string;
  /** The install record, field by field (the shared secret's value is withheld). */
  readonly installRecord: Record<string, string | boolean>;
  /** What exists elsewhere, for completeness. */
  readonly elsewhere: {
    readonly queue: string;
    readonly logs: string;
    readonly confluence: string;
  };
}

/** Routes under the root. */
export function dataReportRoutes(options: { tenants: TenantStore; baseUrl: string }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/admin/tenants/:clientKey/report', async (c) => {
    const url = new URL(c.req.url);
    let issuer: string;
    try {
      const token = tokenFromAuthorization(c.req.header('Authorization'));
      issuer = await verifyRequestToken(
        { token, method: 'GET', pathAndQuery: url.pathname + url.search, baseUrl: options.baseUrl },
        async (clientKey) => (await options.tenants.get(clientKey))?.sharedSecret,
      );
    } catch (error) {
      throw connectErrorToAppError(error);
    }
    if (issuer !== c.req.param('clientKey')) throw new AppError('not-authenticated', 'report: token is for another site');
    const tenant = await options.tenants.get(issuer);
    if (!tenant) throw new AppError('not-authenticated', 'report: site uninstalled');
    const { sharedSecret: _secret, ...rest } = tenant;
    const report: DataReport = {
      clientKey: tenant.clientKey,
      installRecord: { ...rest, sharedSecret: true },
      elsewhere: {
        queue: 'Only references of pending jobs (client key, page id, page version), removed when the job ends.',
        logs: 'Technical logs without customer data: no page text, titles, labels, account ids, tokens or secrets.',
        confluence: 'Suggestions are stored in Confluence itself, in the content property "labelup" of each processed page.',
      },
    };
    c.header('Cache-Control', 'no-store');
    return c.json(report);
  });
  return app;
}
