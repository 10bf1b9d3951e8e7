import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { installApp, InstallError, uninstallApp, type ConnectDeps } from '../connect/install.js';
import { faultSchema, type FaultInjector } from '../limits/faults.js';
import { quotaSchema, type QuotaTracker } from '../limits/quotas.js';
import { editPage, findUserByEmail, type AdfNode } from '../state/index.js';

/** What the control API acts on. */
export interface ControlDeps extends ConnectDeps {
  faults: FaultInjector;
  quotas: QuotaTracker;
  /** Empties the site, faults and quotas, then re-seeds. */
  reset: () => void;
}

const fail = (c: Context, status: 400 | 404 | 502, message: string): Response => c.json({ error: message }, status);

async function body<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return fail(c, 400, 'Body must be JSON');
  }
  const r = schema.safeParse(json);
  return r.success ? r.data : fail(c, 400, r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
}

/** The control API under `/__emulator/` (documented in the package README). */
export function controlRoutes(deps: ControlDeps): Hono {
  const { site } = deps;
  const app = new Hono();
  app.post('/reset', (c) => {
    deps.reset();
    return c.body(null, 204);
  });
  app.get('/install-keys/:kid', (c) => {
    const keys = deps.keys();
    if (c.req.param('kid') !== keys.kid) return c.text('Not Found', 404);
    return c.text(keys.publicKeyPem, 200, { 'content-type': 'application/x-pem-file' });
  });

  app.get('/apps', (c) =>
    c.json([...site.apps.values()].map((a) => ({ key: a.key, clientKey: a.clientKey, oauthClientId: a.oauthClientId, baseUrl: a.baseUrl, scopes: a.scopes, license: a.license }))),
  );
  app.post('/apps', async (c) => {
    const input = await body(c, z.object({ descriptorUrl: z.url() }));
    if (input instanceof Response) return input;
    try {
      const installed = await installApp(deps, input.descriptorUrl);
      return c.json({ key: installed.key, clientKey: installed.clientKey }, 201);
    } catch (e) {
      if (e instanceof InstallError) return fail(c, e.status, e.message);
      throw e;
    }
  });
  app.delete('/apps/:key', async (c) => {
    try {
      const { callback } = await uninstallApp(deps, c.req.param('key'));
      return c.body(null, 204, callback === null ? {} : { 'X-Emulator-Uninstalled-Callback': String(callback).slice(0, 200) });
    } catch (e) {
      if (e instanceof InstallError) return fail(c, e.status, e.message);
      throw e;
    }
  });
  app.put('/apps/:key/license', async (c) => {
    const installed = site.apps.get(c.req.param('key'));
    if (!installed) return fail(c, 404, `App ${c.req.param('key')} is not installed`);
    const input = await body(c, z.object({ active: z.boolean() }));
    if (input instanceof Response) return input;
    installed.license = input.active ? 'active' : 'none';
    return c.json({ key: installed.key, license: installed.license });
  });

  app.get('/faults', (c) => c.json({ faults: deps.faults.list() }));
  app.put('/faults', async (c) => {
    const input = await body(c, z.object({ faults: z.array(faultSchema) }));
    if (input instanceof Response) return input;
    deps.faults.set(input.faults);
    return c.json({ faults: deps.faults.list() });
  });
  app.delete('/faults', (c) => {
    deps.faults.set([]);
    return c.body(null, 204);
  });

  app.get('/quotas', (c) => c.json({ quotas: deps.quotas.list() }));
  app.put('/quotas', async (c) => {
    const input = await body(c, z.object({ quotas: z.array(quotaSchema) }));
    if (input instanceof Response) return input;
    deps.quotas.set(input.quotas);
    return c.json({ quotas: deps.quotas.list() });
  });
  app.delete('/quotas', (c) => {
    deps.quotas.set([]);
    return c.body(null, 204);
  });

  app.get('/acting-user', (c) => {
    const user = site.actingUserId ? site.users.get(site.actingUserId) : undefined;
    return c.json(user ? { accountId: user.accountId, email: user.email, displayName: user.displayName } : { accountId: null });
  });
  app.put('/acting-user', async (c) => {
    const input = await body(c, z.union([z.object({ accountId: z.string() }), z.object({ email: z.string() })]));
    if (input instanceof Response) return input;
    const user = 'accountId' in input ? site.users.get(input.accountId) : findUserByEmail(site, input.email);
    if (!user) return fail(c, 404, 'No such user');
    site.actingUserId = user.accountId;
    return c.json({ accountId: user.accountId, email: user.email, displayName: user.displayName });
  });

  app.post('/content/:id/versions', async (c) => {
    const input = await body(c, z.object({ title: z.string().optional(), adf: z.record(z.string(), z.unknown()).optional(), authorId: z.string().optional(), message: z.string().optional() }));
    if (input instanceof Response) return input;
    if (!site.contents.has(c.req.param('id'))) return fail(c, 404, `No content with id ${c.req.param('id')}`);
    const v = editPage(site, c.req.param('id'), { ...input, adf: input.adf as AdfNode | undefined });
    return c.json({ id: c.req.param('id'), version: v.number }, 201);
  });
  app.notFound((c) => fail(c, 404, `Unknown control route ${c.req.method} ${c.req.path}`));
  return app;
}
