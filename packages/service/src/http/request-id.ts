/**
 * Request ids: a client's `X-Request-Id` is adopted only when it looks like an id — 8 to 64 letters,
 * digits, `-` or `_`, starting with a letter or digit (a UUID passes; text, tokens with dots,
 * account ids with colons, or anything long do not) — otherwise a fresh UUID is used. The id is on
 * every log line of the request and echoed in the response header.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** What a client-supplied request id must look like to be adopted. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;

/** The request-id middleware. */
export function requestIds(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const offered = c.req.header('X-Request-Id');
    const id = offered !== undefined && REQUEST_ID_PATTERN.test(offered) ? offered : crypto.randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    await next();
  };
}
