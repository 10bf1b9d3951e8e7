/**
 * `loadConfig`: reads and validates the environment ONCE, returns a frozen typed config or throws a
 * `ConfigError` listing every problem. Nothing else in the service reads `process.env`.
 */
import { environmentSchema, productionRules, type LogLevel, type Role } from './config-schema.js';

/** The service's configuration, frozen. Units are in the names. */
export interface ServiceConfig {
  /** TCP port of the HTTP server (0 = ephemeral). Default 3000. */
  readonly port: number;
  /** Interface to listen on. Default 127.0.0.1. */
  readonly host: string;
  /** Public URL Confluence reaches the app at, without trailing slash. Default `http://{host}:{port}`. */
  readonly baseUrl: string;
  /** Connect app key. Default `com.labelup.app`. */
  readonly appKey: string;
  /** Whether the descriptor declares licensing and the API enforces it. Default off. */
  readonly licensing: boolean;
  /** Key server for signed installs (`{url}/{kid}`). Default Atlassian's. */
  readonly installKeysUrl: string;
  /** OAuth 2.0 token endpoint for the JWT bearer grant (acting as the user). Default Atlassian's. */
  readonly oauthTokenUrl: string;
  /** PostgreSQL tenant store when set; SQLite otherwise. */
  readonly databaseUrl?: string;
  /** SQLite file of the embedded tenant store. Default `./.data/labelup.sqlite`. */
  readonly sqlitePath: string;
  /** BullMQ on Redis (and Redis pub/sub events) when set; in-process otherwise. */
  readonly redisUrl?: string;
  readonly logLevel: LogLevel;
  /** Jobs processed at once per worker process. Default 2. */
  readonly workerConcurrency: number;
  /** `all` runs web and worker in one process. Default `all`. */
  readonly role: Role;
  /**
   * Origins accepted as site base URLs at install and allowed to frame the dialogs, besides
   * Atlassian's product hosts (https `*.atlassian.net`, `*.jira.com`, …). Empty in production; the
   * emulator's origin in the demo and tests. Default none.
   */
  readonly productOrigins: readonly string[];
  /**
   * BullMQ: how long an active job stays locked to its worker; a crashed worker's job is taken over
   * by another worker after at most about twice this. Default 30 000 ms.
   */
  readonly workerLockMs: number;
  /**
   * Keys that encrypt the shared secrets at rest: `<id>:<base64 of 32 bytes>`, comma-separated, the
   * first one encrypting (rotation: see stores/secret-cipher.ts). Required when BASE_URL is https.
   * Unset in development: secrets are stored as given.
   */
  readonly tenantSecretKeys?: string;
}

/** Defaults, documented in the README. */
export const CONFIG_DEFAULTS = Object.freeze({
  port: 3000,
  host: '127.0.0.1',
  appKey: 'com.labelup.app',
  installKeysUrl: 'https://connect-install-keys.atlassian.com',
  oauthTokenUrl: 'https://oauth-2-authorization-server.services.atlassian.com/oauth2/token',
  sqlitePath: './.data/labelup.sqlite',
  logLevel: 'info' as LogLevel,
  workerConcurrency: 2,
  role: 'all' as Role,
  workerLockMs: 30_000,
});

/** Thrown by `loadConfig`; `problems` has one readable line per invalid variable (values never shown). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads the environment once (default `process.env`) and returns the frozen config. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): ServiceConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError([...new Set(problems)]);
  }
  const e = parsed.data;
  const production = productionRules(e);
  if (production.length > 0) throw new ConfigError(production);
  const host = e.HOST ?? CONFIG_DEFAULTS.host;
  const port = e.PORT ?? CONFIG_DEFAULTS.port;
  const config: ServiceConfig = {
    port,
    host,
    baseUrl: e.BASE_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    appKey: e.APP_KEY ?? CONFIG_DEFAULTS.appKey,
    licensing: e.LICENSING === 'on',
    installKeysUrl: e.INSTALL_KEYS_URL ?? CONFIG_DEFAULTS.installKeysUrl,
    oauthTokenUrl: e.OAUTH_TOKEN_URL ?? CONFIG_DEFAULTS.oauthTokenUrl,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    sqlitePath: e.SQLITE_PATH ?? CONFIG_DEFAULTS.sqlitePath,
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    logLevel: e.LOG_LEVEL ?? CONFIG_DEFAULTS.logLevel,
    workerConcurrency: e.WORKER_CONCURRENCY ?? CONFIG_DEFAULTS.workerConcurrency,
    role: e.ROLE ?? CONFIG_DEFAULTS.role,
    productOrigins: Object.freeze([...(e.PRODUCT_ORIGINS ?? [])]),
    workerLockMs: e.WORKER_LOCK_MS ?? CONFIG_DEFAULTS.workerLockMs,
    ...(e.TENANT_SECRET_KEYS ? { tenantSecretKeys: e.TENANT_SECRET_KEYS } : {}),
  };
  return Object.freeze(config);
}
