/**
 * `startService`: wires the service in ONE place — tenant store, job queue, event bus, Confluence
 * access, job processor and HTTP — for a role: `web` (HTTP API), `worker` (jobs; HTTP only for
 * health) or `all` (both, the embedded default). `stop()` shuts down gracefully: HTTP stops
 * accepting, event streams close, in-flight jobs finish or go back to the queue, stores close.
 */
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { DestinationStream } from 'pino';
import type { ServiceConfig } from './config/config.js';
import type { Role } from './config/config-schema.js';
import { createInstallKeyProvider } from './connect/install-keys.js';
import type { EventBus, JobQueue, TenantStore } from './core/ports.js';
import { createEventBus } from './events/create-event-bus.js';
import { createHttpApp } from './http/create-app.js';
import { createWorkerHttpApp } from './http/create-worker-app.js';
import type { AppEnv } from './http/env.js';
import type { ReadinessCheck } from './http/health.js';
import { createSuggestProcessor } from './jobs/suggest-processor.js';
import { createLogger, type AppLogger } from './logging/logger.js';
import { createJobQueue } from './queues/create-job-queue.js';
import type { InspectableQueue } from './queues/job-events.js';
import { openTenantStore } from './stores/open-tenant-store.js';
import { createConfluenceGateway } from './api/confluence-gateway.js';

/** Options of `startService` beyond the config (for the demo and tests). */
export interface StartOptions {
  /** Overrides `config.role`. */
  readonly role?: Role;
  /** Built web bundle. Default `packages/web/dist` next to this package. */
  readonly webDistDir?: string;
  /** Product origins besides Atlassian's, added to `config.productOrigins`: allowed to frame the app and accepted as site base URLs (the emulator in the demo). */
  readonly extraProductOrigins?: readonly string[];
  /** Where log lines go (tests read them back). Default stdout. */
  readonly logDestination?: DestinationStream;
  /** SSE heartbeat interval. Default 15 s. */
  readonly heartbeatMs?: number;
  /** How long in-flight jobs may take to finish on stop before they go back to the queue. Default 10 s. */
  readonly shutdownTimeoutMs?: number;
}

/** A running service. */
export interface RunningService {
  readonly role: Role;
  /** Origin the HTTP server listens on, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /** The public base URL in the descriptor (BASE_URL, or `url` when the port was ephemeral). */
  readonly baseUrl: string;
  readonly tenants: TenantStore;
  readonly queue: JobQueue & InspectableQueue;
  readonly bus: EventBus;
  readonly logger: AppLogger;
  /** Graceful stop; safe to call twice. */
  stop(): Promise<void>;
}

/** The web bundle's default location (same relative path from src/ and dist/). */
export const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

function listen(fetchHandler: (request: Request) => Response | Promise<Response>, port: number, host: string): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: fetchHandler, port, hostname: host }, (info) => resolve({ server, port: info.port }));
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Starts the service for a config; resolves once it listens. */
export async function startService(config: ServiceConfig, options: StartOptions = {}): Promise<RunningService> {
  const role = options.role ?? config.role;
  const logger = createLogger({ level: config.logLevel, base: { role }, ...(options.logDestination ? { destination: options.logDestination } : {}) });
  const tenants = await openTenantStore(config);
  const onConnectionError = (error: Error) => logger.error({ event: 'backend-connection-error', error: error.name }, 'backend connection error');
  const queue = createJobQueue(config, {
    journal: tenants,
    onConnectionError,
    onJobEvent: (event) => logger.info({ event: `job-${event.type}`, ...event }, 'job'),
  });
  const bus = await createEventBus(config, { onConnectionError });
  const readiness: ReadinessCheck[] = [
    { name: 'tenant-store', check: async () => void (await tenants.get('readiness-probe')) },
    { name: 'queue', check: async () => void (await queue.pendingJobs()) },
  ];
  const gateway = createConfluenceGateway({ appKey: config.appKey, oauthTokenUrl: config.oauthTokenUrl });
  if (role !== 'web') {
    const processor = createSuggestProcessor({ tenants, confluenceFor: (tenant) => gateway.appClient(tenant), events: bus, clock: { now: () => new Date() }, logger });
    queue.process(processor, { concurrency: config.workerConcurrency });
  }

  // The descriptor needs the base URL, known only after listening when the port is ephemeral.
  let app: Hono<AppEnv> | undefined;
  let listening: { server: ServerType; port: number };
  try {
    listening = await listen((request) => app!.fetch(request), config.port, config.host);
  } catch (error) {
    await queue.close({ timeoutMs: 0 });
    await bus.close();
    await tenants.close();
    throw error;
  }
  const { server, port } = listening;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  const baseUrl = new URL(config.baseUrl).port === '0' ? url : config.baseUrl;
  const productOrigins = [...new Set([...config.productOrigins, ...(options.extraProductOrigins ?? [])])];
  if (role === 'worker') {
    app = createWorkerHttpApp(readiness, logger);
  } else {
    app = createHttpApp({
      baseUrl,
      appKey: config.appKey,
      licensing: config.licensing,
      tenants,
      queue,
      bus,
      gateway,
      getInstallKey: createInstallKeyProvider({ installKeysUrl: config.installKeysUrl }),
      logger,
      readiness,
      webDistDir: options.webDistDir ?? DEFAULT_WEB_DIST_DIR,
      extraProductOrigins: productOrigins,
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
      onUninstalled: (clientKey) => gateway.forgetTenant(clientKey),
    });
  }
  logger.info({ event: 'service-started', role, port }, 'service started');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await closeServer(server);
      await queue.close({ timeoutMs: options.shutdownTimeoutMs ?? 10_000 });
      await bus.close();
      await tenants.close();
      logger.info({ event: 'service-stopped', role }, 'service stopped');
      logger.flush();
    })());
  return { role, url, baseUrl, tenants, queue, bus, logger, stop };
}

/** Resolves after SIGTERM or SIGINT has stopped the service gracefully. */
export function stopOnSignals(service: Pick<RunningService, 'stop' | 'logger'>): Promise<void> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      service.logger.info({ event: 'signal', signal }, 'stopping');
      service.stop().then(resolve, resolve);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
