import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { Site } from '../state/index.js';
import { uiContext, type FrameTarget } from './context.js';
import { ForgeError } from './errors.js';
import type { ForgeHost } from './host.js';
import { productFetch } from './product-fetch.js';
import { IFRAME_BRIDGE_PATH, IFRAME_SANDBOX, readResource, RESOURCE_PREFIX, resourceCsp, resourceOrigin } from './resources.js';

/** Paths of the page-side endpoints (called by `bridge/host.js` from the page view). */
export const FORGE_HOST_ENDPOINTS = {
  script: '/wiki/__emulator/forge/host.js',
  frame: '/wiki/__emulator/forge/frame',
  context: '/wiki/__emulator/forge/context',
  invoke: '/wiki/__emulator/forge/invoke',
  fetch: '/wiki/__emulator/forge/fetch',
} as const;

const scriptDir = fileURLToPath(new URL('../../src/forge/bridge/', import.meta.url));
const scripts = new Map<string, string>();
/** A browser script of `src/forge/bridge/` (read at run time, same path from `src/` and `dist/`). */
function script(name: 'host.js' | 'iframe.js'): string {
  let text = scripts.get(name);
  if (text === undefined) {
    text = readFileSync(scriptDir + name, 'utf8');
    scripts.set(name, text);
  }
  return text;
}

const frameSchema = z.object({
  app: z.string().min(1),
  moduleKey: z.string().min(1),
  contentId: z.string().regex(/^\d+$/),
  version: z.number().int().min(1).optional(),
  modal: z.record(z.string(), z.unknown()).optional(),
});
const invokeSchema = frameSchema.extend({ functionKey: z.string().min(1), payload: z.unknown().optional() });
const fetchSchema = frameSchema.extend({
  restPath: z.string().startsWith('/'),
  init: z.object({ method: z.string().optional(), headers: z.array(z.tuple([z.string(), z.string()])).optional(), body: z.string().nullable().optional() }).optional(),
});

async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new ForgeError(400, 'Body must be JSON');
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new ForgeError(400, r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
  return r.data;
}

/**
 * The browser side of the Forge host: the page script and its endpoints (frame URL, `getContext`,
 * `invoke`, bridge `requestConfluence`), all for the page view's acting user and re-checking that the
 * byline item is shown to them; and the Custom UI files with the injected `__bridge`, strict CSP and
 * `frame-ancestors` the page view.
 */
export function forgeBrowserRoutes(site: Site, forge: ForgeHost): Hono {
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof ForgeError) return c.json({ error: err.message }, err.status);
    throw err;
  });
  const js = (text: string, c: Context) => c.body(text, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  app.get(FORGE_HOST_ENDPOINTS.script, (c) => js(script('host.js'), c));
  app.get(IFRAME_BRIDGE_PATH, (c) => js(script('iframe.js'), c));

  const target = (input: z.infer<typeof frameSchema>): FrameTarget =>
    forge.frameTarget({ ...input, ...(site.actingUserId ? { accountId: site.actingUserId } : {}) });

  app.post(FORGE_HOST_ENDPOINTS.frame, async (c) => {
    const t = target(await readJson(c, frameSchema));
    const origin = resourceOrigin(new URL(c.req.url).origin);
    const src = `${origin}${RESOURCE_PREFIX}/${t.installation.installationId}/${encodeURIComponent(t.item.resource)}/index.html`;
    return c.json({ src, origin, sandbox: IFRAME_SANDBOX, title: t.item.title, viewportSize: t.item.viewportSize ?? 'medium' });
  });
  app.post(FORGE_HOST_ENDPOINTS.context, async (c) => c.json(uiContext(site, target(await readJson(c, frameSchema)))));
  app.post(FORGE_HOST_ENDPOINTS.invoke, async (c) => {
    const input = await readJson(c, invokeSchema);
    const body = await forge.invokeResolver(target(input), input.functionKey, input.payload ?? {});
    return c.json({ body: body === undefined ? null : body });
  });
  app.post(FORGE_HOST_ENDPOINTS.fetch, async (c) => {
    const input = await readJson(c, fetchSchema);
    const t = target(input);
    if (!input.restPath.startsWith('/wiki/')) throw new ForgeError(400, 'requestConfluence paths start with /wiki/');
    const send = productFetch({ site, request: forge.request, queues: forge.queues }, t.installation, t.accountId);
    const init: RequestInit = { method: input.init?.method ?? 'GET', headers: input.init?.headers ?? [], ...(input.init?.body ? { body: input.init.body } : {}) };
    const res = await send({ type: 'fpp', provider: 'user', remote: 'confluence' }, input.restPath, init);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      headers[name] = value;
    });
    return c.json({ status: res.status, statusText: res.statusText, headers, body: await res.text() });
  });

  app.get(`${RESOURCE_PREFIX}/:installationId/:resourceKey/*`, (c) => {
    const installation = forge.find(c.req.param('installationId'));
    const prefix = `${RESOURCE_PREFIX}/${c.req.param('installationId')}/${c.req.param('resourceKey')}/`;
    const file = decodeURIComponent(c.req.path.slice(prefix.length));
    const found = installation ? readResource(installation, decodeURIComponent(c.req.param('resourceKey')), file) : undefined;
    if (!installation || !found) return c.text('Not Found', 404);
    const pageOrigin = resourceOrigin(new URL(c.req.url).origin);
    return c.body(new Uint8Array(found.body), 200, {
      'content-type': found.type,
      'content-security-policy': resourceCsp(installation, pageOrigin),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
  });
  return app;
}
