/**
 * The HTTP app of the worker role: only `/healthz` and `/readyz`, with the same request ids, access
 * log, security headers (HSTS, CSP, nosniff, Referrer-Policy) and error responses as the web role —
 * a probe or a scanner hitting a worker sees the same hardened answers, 404s included (no-store).
 */
import { Hono } from 'hono';
import { accessLog } from './access-log.js';
import type { AppEnv, HttpLogger } from './env.js';
import { handleErrors } from './error-handling.js';
import { healthRoutes, type ReadinessCheck } from './health.js';
import { requestIds } from './request-id.js';
import { securityHeaders } from './security-headers.js';

/** The hono app of the worker role. */
export function createWorkerHttpApp(readiness: readonly ReadinessCheck[], logger: HttpLogger): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requestIds());
  app.use('*', accessLog(logger));
  app.use('*', securityHeaders());
  handleErrors(app, logger);
  app.route('/', healthRoutes(readiness));
  return app;
}
