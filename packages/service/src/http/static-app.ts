/**
 * Serves the web bundle (the dialogs, built by Vite into `packages/web/dist`) at `/app/*`. When the
 * bundle has not been built, answers 503 with a message saying how to build it, instead of 404s.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** Routes `/app/*` over a directory (absolute path). */
export function staticAppRoutes(webDistDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // serveStatic resolves `root` against the working directory (give it a relative path) and
  // warns when the folder is missing: build it only once the bundle exists.
  let serve: MiddlewareHandler<AppEnv> | undefined;
  app.use('/app/*', async (c, next) => {
    if (!serve && !existsSync(`${webDistDir}/index.html`)) {
      return c.text('Label UP! web bundle not built: run `npm run build -w packages/web`.\n', 503, { 'Cache-Control': 'no-store' });
    }
    serve ??= serveStatic({ root: relative(process.cwd(), webDistDir) || '.', rewriteRequestPath: (path) => path.replace(/^\/app/, '') });
    return serve(c, next);
  });
  return app;
}
