import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { allJs, ALL_JS_PATH, hostJs } from '../ap/index.js';
import { mintContextToken } from '../connect/context-token.js';
import { canView, type Content, type Site } from '../state/index.js';
import { actingUser } from './acting-user.js';
import { conditionsHold } from './conditions.js';
import { iframeUrl } from './iframe-url.js';
import { HOST_ENDPOINTS } from './page-view.js';
import { dialogModule, webItemModule, type AppModule } from './web-items.js';

const iframeRequest = z.object({
  appKey: z.string().min(1),
  moduleKey: z.string().min(1),
  kind: z.enum(['webItem', 'dialog']),
  contentId: z.string().regex(/^\d+$/),
});
const tokenRequest = z.object({ appKey: z.string().min(1), contentId: z.string().regex(/^\d+$/), version: z.number().int().min(1).optional() });

const fail = (c: Context, status: 400 | 401 | 403 | 404, error: string): Response => c.json({ error }, status);

async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return fail(c, 400, 'Body must be JSON');
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : fail(c, 400, r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
}

/** Resolves the acting user and a content they may view, or the error response. */
function viewer(c: Context, site: Site, contentId: string): { accountId: string; content: Content } | Response {
  const me = actingUser(site);
  if (!me) return fail(c, 401, 'Not logged in');
  const content = site.contents.get(contentId);
  if (!content || !canView(site, me.accountId, content)) return fail(c, 404, `No content with id ${contentId}`);
  return { accountId: me.accountId, content };
}

/**
 * The host side of the Connect bridge: `all.js` for app iframes at `/wiki/atlassian-connect/all.js`,
 * `host.js` for the page view, and the two JSON endpoints host.js calls — an iframe URL for a module
 * (web item conditions re-checked here, so a hidden button cannot be opened by hand) and a fresh
 * context JWT per `AP.context.getToken()`.
 */
export function hostRoutes(site: Site): Hono {
  const app = new Hono();
  const script = (source: () => string) => (c: Context) =>
    c.body(source(), 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
  app.get(`/wiki${ALL_JS_PATH}`, script(allJs));
  app.get(HOST_ENDPOINTS.script, script(hostJs));

  app.post(HOST_ENDPOINTS.iframe, async (c) => {
    const input = await readJson(c, iframeRequest);
    if (input instanceof Response) return input;
    const who = viewer(c, site, input.contentId);
    if (who instanceof Response) return who;
    const installed = site.apps.get(input.appKey);
    if (!installed) return fail(c, 404, `App ${input.appKey} is not installed`);
    let module: AppModule | undefined = input.kind === 'dialog' ? dialogModule(installed, input.moduleKey) : webItemModule(installed, input.moduleKey);
    if (!module) return fail(c, 404, `App ${input.appKey} has no ${input.kind === 'dialog' ? 'dialog' : 'web item'} ${input.moduleKey}`);
    if (module.kind === 'webItem') {
      const raw = (installed.descriptor['modules'] as { webItems?: { key?: string; conditions?: unknown }[] }).webItems?.find((w) => w.key === module?.key);
      if (!conditionsHold(raw?.conditions, { site, accountId: who.accountId, content: who.content })) return fail(c, 403, 'The conditions of this web item do not hold');
      if (module.target === 'dialogmodule') {
        const key = module.options['key'];
        module = typeof key === 'string' ? dialogModule(installed, key) : undefined;
        if (!module) return fail(c, 404, `App ${input.appKey} has no dialog ${String(key)}`);
      }
    }
    const url = iframeUrl({ site, module, accountId: who.accountId, content: who.content });
    return c.json({ url, origin: new URL(url).origin, appKey: installed.key, moduleKey: module.key, title: module.name || installed.name || installed.key, options: module.options });
  });

  app.post(HOST_ENDPOINTS.token, async (c) => {
    const input = await readJson(c, tokenRequest);
    if (input instanceof Response) return input;
    const who = viewer(c, site, input.contentId);
    if (who instanceof Response) return who;
    if (!site.apps.has(input.appKey)) return fail(c, 404, `App ${input.appKey} is not installed`);
    const loaded = input.version !== undefined && who.content.versions.some((v) => v.number === input.version) ? { version: input.version } : {};
    return c.json({ token: mintContextToken(site, { appKey: input.appKey, accountId: who.accountId, contentId: who.content.id, ...loaded }) });
  });
  return app;
}
