import type { MiddlewareHandler } from 'hono';
import { ApiError, DroppedConnection } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import type { Site } from '../state/index.js';
import { findUserByEmail } from '../state/index.js';
import { findIssuer } from '../auth/app-jwt.js';
import type { FaultInjector } from './faults.js';
import type { QuotaTracker } from './quotas.js';

/**
 * The quota subject of a request, read cheaply before authentication (rate limiting sits in front of
 * auth, as at Atlassian's edge): app key for `JWT` and `Bearer`, e-mail for `Basic`.
 */
export function quotaSubject(site: Site, header: string | undefined): string | undefined {
  const [scheme, value = ''] = (header ?? '').split(' ', 2);
  try {
    if (scheme?.toLowerCase() === 'jwt') {
      const payload = JSON.parse(Buffer.from(value.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iss?: unknown };
      return typeof payload.iss === 'string' ? findIssuer(site, payload.iss)?.key : undefined;
    }
  } catch {
    return undefined;
  }
  if (scheme?.toLowerCase() === 'bearer') return site.forgeTokens.get(value)?.appId ?? site.tokens.get(value)?.appKey;
  if (scheme?.toLowerCase() === 'basic') {
    const email = Buffer.from(value, 'base64').toString('utf8').split(':')[0] ?? '';
    return findUserByEmail(site, email)?.email;
  }
  return undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Middleware: fault injection (latency, 5xx with or without Retry-After, dropped connection), then quotas. */
export function limits(site: Site, faults: FaultInjector, quotas: QuotaTracker): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const fault = faults.match(c.req.method, c.req.path);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.drop) {
      c.env?.incoming?.socket.destroy();
      throw new DroppedConnection();
    }
    if (fault?.status !== undefined) {
      const headers: Record<string, string> = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : {};
      throw new ApiError(fault.status, 'Injected fault', { headers });
    }
    const decision = quotas.take(quotaSubject(site, c.req.header('authorization')));
    if (!decision.allowed) throw new ApiError(429, 'Rate limit exceeded', { headers: decision.headers });
    await next();
    for (const [k, v] of Object.entries(decision.headers)) c.res.headers.set(k, v);
  };
}
