import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { ForgeError } from './errors.js';
import type { ForgeHost } from './host.js';
import type { ForgeInstallation } from './types.js';

async function body<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw new ForgeError(400, 'Body must be JSON');
  }
  const r = schema.safeParse(json);
  if (!r.success) throw new ForgeError(400, r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
  return r.data;
}

/** What the control API shows of an installation. */
export function describeInstallation(i: ForgeInstallation): Record<string, unknown> {
  return {
    appId: i.app.appId,
    installationId: i.installationId,
    environmentId: i.environmentId,
    environmentType: i.environmentType,
    appVersion: i.appVersion,
    accountId: i.accountId,
    license: i.app.licensingEnabled ? i.license : null,
    scopes: i.app.scopes,
    dir: i.app.dir,
    ...(i.app.connectKey ? { connectKey: i.app.connectKey } : {}),
    ...(i.clientKey ? { clientKey: i.clientKey } : {}),
    modules: {
      bylineItems: i.app.bylineItems.map((b) => b.key),
      consumers: i.app.consumers.map((q) => ({ key: q.key, queue: q.queue })),
      triggers: i.app.triggers.map((t) => ({ key: t.key, events: t.events })),
      functions: [...i.app.functions.values()].map((f) => ({ key: f.key, timeoutSeconds: f.timeoutSeconds ?? null, memoryMB: f.memoryMB })),
    },
  };
}

/**
 * Forge control API under `/__emulator/forge/` (documented in the package README): install from a
 * manifest directory, list, uninstall, license, invoke a resolver, send a product event, wait for queues.
 */
export function forgeControlRoutes(forge: ForgeHost): Hono {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof ForgeError) return c.json({ error: err.message }, err.status);
    throw err;
  });
  const installed = (id: string): ForgeInstallation => {
    const i = forge.find(id);
    if (!i) throw new ForgeError(404, `Forge app ${id} is not installed`);
    return i;
  };

  app.get('/apps', (c) => c.json([...forge.installations.values()].map(describeInstallation)));
  app.post('/apps', async (c) => {
    const input = await body(c, z.object({ dir: z.string().min(1), functionsDir: z.string().min(1).optional(), license: z.enum(['active', 'inactive']).optional() }));
    const { installation, upgradedConnectKey } = await forge.install(input.dir, {
      ...(input.functionsDir ? { functionsDir: input.functionsDir } : {}),
      ...(input.license ? { license: input.license } : {}),
    });
    return c.json({ ...describeInstallation(installation), ...(upgradedConnectKey ? { upgradedConnectKey } : {}) }, 201);
  });
  app.get('/apps/:id', (c) => c.json(describeInstallation(installed(c.req.param('id')))));
  app.delete('/apps/:id', (c) => {
    forge.uninstall(installed(c.req.param('id')).app.appId);
    return c.body(null, 204);
  });
  app.put('/apps/:id/license', async (c) => {
    const i = installed(c.req.param('id'));
    const input = await body(c, z.object({ active: z.boolean() }));
    i.license = input.active ? 'active' : 'inactive';
    return c.json(describeInstallation(i));
  });
  app.post('/apps/:id/invoke', async (c) => {
    const input = await body(
      c,
      z.object({ moduleKey: z.string().optional(), contentId: z.string().min(1), accountId: z.string().optional(), functionKey: z.string().min(1), payload: z.unknown().optional(), version: z.number().int().optional() }),
    );
    const result = await forge.invoke({
      app: c.req.param('id'),
      contentId: input.contentId,
      functionKey: input.functionKey,
      payload: input.payload ?? {},
      ...(input.moduleKey ? { moduleKey: input.moduleKey } : {}),
      ...(input.accountId ? { accountId: input.accountId } : {}),
      ...(input.version ? { version: input.version } : {}),
    });
    return c.json({ body: result === undefined ? null : result });
  });
  app.post('/events', async (c) => {
    const input = await body(c, z.object({ eventType: z.string().regex(/^avi:confluence:/), contentId: z.string().min(1), atlassianId: z.string().optional() }));
    const triggers = await forge.emitProductEvent(input.eventType, input.contentId, input.atlassianId);
    return c.json({ triggers });
  });
  app.post('/idle', async (c) => {
    await forge.idle();
    return c.body(null, 204);
  });
  app.notFound((c) => c.json({ error: `Unknown control route ${c.req.method} ${c.req.path}` }, 404));
  return app;
}
