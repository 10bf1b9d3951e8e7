/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: every backend the role needs —
 * tenant store, queue — answers). Readiness names failing checks but never their error text.
 */
import { Hono } from 'hono';
import type { AppEnv } from './env.js';

/** A readiness probe: resolves when the backend is reachable. */
export interface ReadinessCheck {
  readonly name: string;
  readonly check: () => Promise<void>;
}

/** Per-check timeout so a hung backend does not hang the probe. */
const CHECK_TIMEOUT_MS = 2_000;

async function runCheck(check: ReadinessCheck): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check.check(), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Routes `/healthz` and `/readyz`. */
export function healthRoutes(checks: readonly ReadinessCheck[]): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const results = await Promise.all(checks.map(async (check) => [check.name, await runCheck(check)] as const));
    const failing = results.filter(([, ok]) => !ok).map(([name]) => name);
    c.header('Cache-Control', 'no-store');
    return c.json({ status: failing.length === 0 ? 'ready' : 'not-ready', failing }, failing.length === 0 ? 200 : 503);
  });
  return app;
}
