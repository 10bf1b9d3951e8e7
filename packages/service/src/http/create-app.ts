/**
 * Builds the service's HTTP app (hono) from its parts. Order: request id, access log, security
 * headers; then the Connect descriptor and lifecycle, health, the web bundle, the per-site data
 * report, and the dialogs' API behind the context JWT. Errors become responses in one place
 * (`onError` → the catalog in errors.ts). No route sets cookies.
 */
import { Hono } from 'hono';
import { dataReportRoutes } from '../api/data-report-routes.js';
import { eventsRoutes } from '../api/events-routes.js';
import { labelsRoutes } from '../api/labels-routes.js';
import type { PageGateway } from '../api/page-gateway.js';
import { suggestionsRoutes } from '../api/suggestions-routes.js';
import { contextAuth } from '../connect/context-middleware.js';
import { buildDescriptor } from '../connect/descriptor.js';
import type { InstallKeyProvider } from '../connect/install-keys.js';
import { lifecycleRoutes } from '../connect/lifecycle-routes.js';
import type { Clock, EventBus, JobQueue, TenantStore } from '../core/ports.js';
import type { InspectableQueue } from '../queues/job-events.js';
import { accessLog } from './access-log.js';
import type { AppEnv, HttpLogger } from './env.js';
import { handleErrors } from './error-handling.js';
import { healthRoutes, type ReadinessCheck } from './health.js';
import { requestIds } from './request-id.js';
import { noStore, securityHeaders } from './security-headers.js';
import { staticAppRoutes } from './static-app.js';

/** Everything the HTTP app needs, built by server.ts (or a test). */
export interface HttpAppDeps {
  readonly baseUrl: string;
  readonly appKey: string;
  readonly licensing: boolean;
  readonly tenants: TenantStore;
  readonly queue: JobQueue & InspectableQueue;
  readonly bus: EventBus;
  readonly gateway: PageGateway;
  readonly getInstallKey: InstallKeyProvider;
  readonly logger: HttpLogger;
  readonly readiness: readonly ReadinessCheck[];
  /** Absolute path of the built web bundle (packages/web/dist). */
  readonly webDistDir: string;
  /** Non-Atlassian product origins allowed to frame us and accepted as site base URLs at install (the emulator in development). */
  readonly extraProductOrigins?: readonly string[];
  readonly heartbeatMs?: number;
  readonly clock?: Clock;
  readonly onUninstalled?: (clientKey: string) => void | Promise<void>;
}

/** The hono app of the web role. */
export function createHttpApp(deps: HttpAppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestIds());
  app.use('*', accessLog(deps.logger));
  app.use('*', securityHeaders({ extraProductOrigins: deps.extraProductOrigins ?? [] }));

  handleErrors(app, deps.logger);

  app.get('/atlassian-connect.json', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(buildDescriptor({ baseUrl: deps.baseUrl, key: deps.appKey, licensing: deps.licensing }));
  });
  app.use('/installed', noStore);
  app.use('/uninstalled', noStore);
  app.route(
    '/',
    lifecycleRoutes({
      appKey: deps.appKey,
      baseUrl: deps.baseUrl,
      tenants: deps.tenants,
      getInstallKey: deps.getInstallKey,
      ...(deps.extraProductOrigins ? { extraProductOrigins: deps.extraProductOrigins } : {}),
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.onUninstalled ? { onUninstalled: deps.onUninstalled } : {}),
    }),
  );
  app.route('/', healthRoutes(deps.readiness));
  app.route('/', staticAppRoutes(deps.webDistDir));
  app.route('/', dataReportRoutes({ tenants: deps.tenants, queue: deps.queue, baseUrl: deps.baseUrl }));

  const api = new Hono<AppEnv>();
  api.use('*', noStore);
  api.use('*', contextAuth({ tenants: deps.tenants, licensing: deps.licensing, ...(deps.clock ? { now: () => deps.clock!.now() } : {}) }));
  api.route('/', suggestionsRoutes({ gateway: deps.gateway, queue: deps.queue, claims: deps.tenants }));
  api.route('/', labelsRoutes(deps.gateway));
  api.route('/', eventsRoutes({ bus: deps.bus, ...(deps.heartbeatMs ? { heartbeatMs: deps.heartbeatMs } : {}) }));
  app.route('/api', api);
  return app;
}
