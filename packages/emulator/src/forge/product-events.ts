import type { MiddlewareHandler } from 'hono';
import type { ForgeHost } from './host.js';

/** A content write the emulator turns into a Confluence product event: method, path and success status. */
interface WriteRule {
  method: string;
  path: RegExp;
  status: number;
  action: 'created' | 'updated';
}

const RULES: WriteRule[] = [
  { method: 'POST', path: /^\/wiki\/api\/v2\/pages$/, status: 200, action: 'created' },
  { method: 'PUT', path: /^\/wiki\/api\/v2\/pages\/(\d+)$/, status: 200, action: 'updated' },
  { method: 'POST', path: /^\/wiki\/pages\/(\d+)\/edit$/, status: 200, action: 'updated' },
  { method: 'POST', path: /^\/wiki\/pages\/(\d+)\/edit$/, status: 303, action: 'updated' },
  { method: 'POST', path: /^\/__emulator\/content\/(\d+)\/versions$/, status: 201, action: 'updated' },
];

/**
 * Middleware: after a successful page create or edit (REST v2, the page view's editor, the control API),
 * sends `avi:confluence:{created|updated}:{page|blogpost}` to the Forge apps' triggers, asynchronously
 * (the response does not wait, as on Atlassian; `forge.idle()` waits for them).
 */
export function productEvents(forge: ForgeHost): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const rule = RULES.find((r) => r.method === c.req.method && r.status === c.res.status && r.path.test(c.req.path));
    if (!rule || forge.installations.size === 0) return;
    let id = rule.path.exec(c.req.path)?.[1];
    if (id === undefined) {
      const body = (await c.res.clone().json().catch(() => ({}))) as { id?: unknown };
      id = typeof body.id === 'string' ? body.id : undefined;
    }
    const content = id ? forge.site.contents.get(id) : undefined;
    if (!content) return;
    forge.emitInBackground(`avi:confluence:${rule.action}:${content.type}`, content.id);
  };
}
