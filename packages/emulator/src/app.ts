import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { authenticate } from './auth/authenticate.js';
import { mintContextToken, type ContextTokenInput } from './connect/context-token.js';
import { installApp, uninstallApp, type ConnectDeps } from './connect/install.js';
import { createInstallKeys, type InstallKeys } from './connect/install-keys.js';
import { oauthTokenRoutes } from './connect/oauth-token.js';
import { controlRoutes } from './control/control-routes.js';
import { ApiError, DroppedConnection, notFound } from './http/api-error.js';
import type { EmulatorEnv } from './http/env.js';
import { isV2Path, renderError } from './http/render-error.js';
import { FaultInjector } from './limits/faults.js';
import { limits } from './limits/middleware.js';
import { QuotaTracker } from './limits/quotas.js';
import { v1ContentRoutes } from './routes/v1-content.js';
import { v1LabelRoutes } from './routes/v1-labels.js';
import { v1PropertyRoutes } from './routes/v1-properties.js';
import { v1SearchRoutes } from './routes/v1-search.js';
import { v2ContentRoutes } from './routes/v2-content.js';
import { v2LabelRoutes } from './routes/v2-labels.js';
import { v2PageWriteRoutes } from './routes/v2-page-writes.js';
import { v2PropertyRoutes } from './routes/v2-properties.js';
import { v2SpaceRoutes } from './routes/v2-spaces.js';
import { forgeControlRoutes } from './forge/control-routes.js';
import { productEvents } from './forge/product-events.js';
import { ForgeHost, type ForgeInstallResult, type InstallForgeAppOptions } from './forge/host.js';
import { viewRoutes } from './view/index.js';
import { createSite, resetSite, type InstalledApp, type Site } from './state/index.js';

/** Options of {@link createEmulator}. */
export interface EmulatorOptions {
  /** Fixed site base URL (with `/wiki`); default set from the listening address. */
  baseUrl?: string;
  /** Fills the site at start and after every reset (e.g. the demo seed). */
  seed?: (site: Site) => void;
  /** `fetch` used for descriptors and lifecycle callbacks; default global fetch. */
  fetch?: typeof fetch;
  /** Clock in ms; default `Date.now`. */
  now?: () => number;
  /** Timeout for descriptor fetch and lifecycle callbacks in ms; default 10 000. */
  connectTimeoutMs?: number;
}

/** A running (or runnable) emulator. */
export interface Emulator {
  /** The hono app: `app.request()` in process, or `listen()` on a port. */
  app: Hono<EmulatorEnv>;
  /** The in-memory site (same object across resets). */
  state: Site;
  /** The emulator's signed-install key pair (generated on first use). */
  keys(): InstallKeys;
  faults: FaultInjector;
  quotas: QuotaTracker;
  /** Origin once listening, e.g. `http://127.0.0.1:8090`. */
  url?: string;
  /** Listens on host:port (default 127.0.0.1, port 0 = ephemeral); resolves to the origin. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
  /** Empties the site, faults and quotas, then re-seeds. */
  reset(): void;
  installApp(descriptorUrl: string): Promise<InstalledApp>;
  /** Uninstalls (always removes); resolves to the uninstalled callback's status or error. */
  uninstallApp(appKey: string): Promise<{ callback: number | string | null }>;
  mintContextToken(input: ContextTokenInput): string;
  /** The Forge platform: installations, resolvers, queues, triggers (`src/forge`). */
  forge: ForgeHost;
  /** Installs the Forge app in `dir` (its `manifest.yml`); same as `POST /__emulator/forge/apps`. */
  installForgeApp(dir: string, options?: InstallForgeAppOptions): Promise<ForgeInstallResult>;
}

/** Creates the Confluence Cloud emulator: REST v1/v2 under `/wiki`, OAuth token endpoint, control API. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const site = createSite({ ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}), ...(options.now ? { now: options.now } : {}) });
  let installKeys: InstallKeys | undefined;
  const keys = (): InstallKeys => (installKeys ??= createInstallKeys());
  const faults = new FaultInjector();
  const quotas = new QuotaTracker(site.now);
  const connect: ConnectDeps = { site, keys, fetch: options.fetch ?? ((...a) => fetch(...a)), ...(options.connectTimeoutMs ? { timeoutMs: options.connectTimeoutMs } : {}) };
  const forge = new ForgeHost({ site, request: async (request) => app.request(request) });
  const reset = (): void => {
    forge.reset();
    resetSite(site);
    faults.set([]);
    quotas.set([]);
    options.seed?.(site);
  };
  options.seed?.(site);

  const app = new Hono<EmulatorEnv>();
  app.onError((err, c) => {
    if (err instanceof DroppedConnection) throw err;
    if (err instanceof ApiError) return renderError(err, c.req.path);
    console.error('emulator: unexpected error', err);
    return renderError(new ApiError(500, 'Internal server error'), c.req.path);
  });
  app.notFound((c) => renderError(isV2Path(c.req.path) ? notFound('Not Found') : notFound(`No route for ${c.req.method} ${c.req.path}`), c.req.path));

  app.use('*', productEvents(forge)); // content writes → Forge product-event triggers
  app.route('/__emulator/forge', forgeControlRoutes(forge));
  app.route('/__emulator', controlRoutes({ ...connect, faults, quotas, reset }));
  app.use('/oauth2/*', limits(site, faults, quotas));
  app.route('/', oauthTokenRoutes(site));
  app.use('/wiki/api/*', limits(site, faults, quotas), authenticate(site));
  app.use('/wiki/rest/*', limits(site, faults, quotas), authenticate(site));
  for (const routes of [v2ContentRoutes, v2PageWriteRoutes, v2LabelRoutes, v2PropertyRoutes, v2SpaceRoutes]) app.route('/wiki/api/v2', routes(site));
  for (const routes of [v1ContentRoutes, v1LabelRoutes, v1PropertyRoutes, v1SearchRoutes]) app.route('/wiki/rest/api', routes(site));
  app.route('/', viewRoutes({ site, forge })); // emulator-ui: page view, dialogs, AP bridge (src/view)

  let server: ServerType | undefined;
  const emulator: Emulator = {
    app,
    state: site,
    keys,
    faults,
    quotas,
    reset,
    installApp: (url) => installApp(connect, url),
    uninstallApp: (key) => uninstallApp(connect, key),
    mintContextToken: (input) => mintContextToken(site, input),
    forge,
    installForgeApp: (dir, opts) => forge.install(dir, opts),
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        const s = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
          const origin = `http://${host}:${info.port}`;
          emulator.url = origin;
          if (options.baseUrl === undefined) site.baseUrl = `${origin}/wiki`;
          resolve(origin);
        });
        s.once('error', reject);
        server = s;
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        if (!server) return resolve();
        const s = server;
        server = undefined;
        if ('closeAllConnections' in s) s.closeAllConnections();
        s.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
  return emulator;
}
