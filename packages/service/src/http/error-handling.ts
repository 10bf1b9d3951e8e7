/**
 * The one place errors become responses, for every role's app: `onError` maps any thrown value to
 * the catalog (errors.ts) and logs it — bugs and outages at error level (with stack frames for
 * bugs, never messages), the client's mistakes at info; unknown routes are the catalog's
 * `page-not-found`. Every error response is `Cache-Control: no-store`.
 */
import type { Context, Hono } from 'hono';
import { AppError, toErrorResponse } from '../errors.js';
import type { AppEnv, HttpLogger } from './env.js';

/** Stack frames without the message line (messages of unknown errors may quote data). */
function stackFrames(error: unknown): string | undefined {
  return error instanceof Error ? error.stack?.split('\n').slice(1, 8).join('\n') : undefined;
}

/** Installs `onError` and `notFound` on an app. */
export function handleErrors(app: Hono<AppEnv>, logger: HttpLogger): void {
  const respond = (error: unknown, c: Context<AppEnv>) => {
    const { status, body, appError } = toErrorResponse(error, c.get('requestId'));
    const line = { requestId: c.get('requestId'), code: appError.code, detail: appError.detail, cause: appError.cause instanceof Error ? appError.cause.name : undefined };
    if (appError.code === 'internal') logger.error({ ...line, frames: stackFrames(appError.cause) }, 'request failed');
    else if (status >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request refused');
    return c.json(body, status as 400, { 'Cache-Control': 'no-store' });
  };
  app.onError(respond);
  // Answered (not thrown), so the middleware — security headers, access log — still runs on 404s.
  app.notFound((c) => respond(new AppError('page-not-found', 'no such route'), c));
}
