import type { MiddlewareHandler } from 'hono';

/**
 * Refuses state-changing requests (POST/PUT/DELETE) that a browser sent from another origin, as
 * Confluence's XSRF protection does for its own forms: an `Origin` header, when present, must be the
 * emulator's own. Requests without `Origin` (tests, curl, same-origin navigations in some browsers) pass.
 */
export const sameOriginWrites: MiddlewareHandler = async (c, next) => {
  const origin = c.req.header('origin');
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin !== undefined && origin !== new URL(c.req.url).origin) {
    return c.json({ error: 'Cross-origin request refused (XSRF check failed)' }, 403);
  }
  await next();
};
