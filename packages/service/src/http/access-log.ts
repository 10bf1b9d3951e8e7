/**
 * One access-log line per request, without customer data: method, the matched route PATTERN (never
 * the raw path or query, which can hold ids and `jwt=` tokens), status, duration and request id.
 */
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv, HttpLogger } from './env.js';

/** The access-log middleware. */
export function accessLog(logger: HttpLogger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    const status = c.res.status;
    const line = { requestId: c.get('requestId'), method: c.req.method, route: routePath(c, -1), status, durationMs };
    if (status >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  };
}
