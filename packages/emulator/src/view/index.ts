/**
 * The emulator's browser side: Confluence's page view with ADF rendering, labels and the installed
 * apps' `system.content.button` web items; inline dialogs and modal dialogs hosting app iframes; the
 * Connect JS bridge (`/wiki/atlassian-connect/all.js` for iframes, `host.js` for the page).
 */
import { Hono } from 'hono';
import { forgeBrowserRoutes } from '../forge/browser-routes.js';
import type { ForgeHost } from '../forge/host.js';
import type { Site } from '../state/index.js';
import { hostRoutes } from './host-routes.js';
import { sameOriginWrites } from './same-origin.js';
import { pageRoutes } from './view-routes.js';

/** What the view routes act on. */
export interface ViewContext {
  /** The emulator's in-memory site (its `actingUserId` is the user of the page view). */
  site: Site;
  /** The Forge host: its byline items show on the page view and its Custom UI is served (optional). */
  forge?: ForgeHost;
}

/** All browser-facing routes as one hono app; mount at `/` (paths include `/wiki`). */
export function viewRoutes(ctx: ViewContext): Hono {
  const app = new Hono();
  app.use('/wiki/*', sameOriginWrites);
  app.route('/', hostRoutes(ctx.site));
  if (ctx.forge) app.route('/', forgeBrowserRoutes(ctx.site, ctx.forge));
  app.route('/', pageRoutes(ctx.site, ctx.forge));
  return app;
}

export { renderAdf, type RenderAdfOptions } from './render-adf.js';
export { conditionsHold, evaluateCondition, type ConditionContext, type ConditionNode } from './conditions.js';
export { webItemsAt, dialogModule, webItemModule, type AppModule } from './web-items.js';
export { iframeUrl, iframeContext, CONNECT_VERSION, type IframeContext, type IframeUrlInput } from './iframe-url.js';
export { contentPath, titleSlug } from './paths.js';
export { escapeHtml, html, SafeHtml } from './html.js';
export { CONTENT_BUTTON_LOCATION, HOST_ENDPOINTS } from './page-view.js';
