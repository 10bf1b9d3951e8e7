/**
 * Serves the web bundle (the dialogs, built by Vite into `packages/web/dist`) at `/app/*`. When the
 * bundle has not been built, answers 503 with a message saying how to build it, instead of 404s.
 * Source maps (`*.map`, built for local debugging) are never served: they would publish the
 * unminified source.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { AppError } from '../errors.js';
import type { AppEnv } from './env.js';

/** The path percent-decoded (so `x.js%2Emap` is seen as `x.js.map`); the raw path when it does not decode. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Routes `/app/*` over a directory (absolute path). */
export function staticAppRoutes(webDistDir: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // serveStatic resolves `root` against the working directory (give it a relative path) and
  // warns when the folder is missing: build it only once the bundle exists.
  let serve: MiddlewareHandler<AppEnv> | undefined;
  app.use('/app/*', async (c, next) => {
    if (/\.map$/i.test(decodedPath(c.req.path))) throw new AppError('page-not-found', 'source maps are not served');
    if (!serve && !existsSync(`${webDistDir}/index.html`)) {
      return c.text('Label UP! web bundle not built: run `npm run build -w packages/web`.\n', 503, { 'Cache-Control': 'no-store' });
    }
    serve ??= serveStatic({ root: relative(process.cwd(), webDistDir) || '.', rewriteRequestPath: (path) => path.replace(/^\/app/, '') });
    return serve(c, next);
  });
  return app;
}
