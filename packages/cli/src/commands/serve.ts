/**
 * `labelup serve [--role all|web|worker]` — runs the Label UP! service with its configuration read
 * from the environment (see the service README). `all` (default) runs the HTTP API and the worker
 * in one process; `web` and `worker` run one role each (they then need REDIS_URL and DATABASE_URL
 * or a shared SQLite file). Stops gracefully on SIGTERM / SIGINT: in-flight jobs finish or go back
 * to the queue.
 *
 * Exit codes: 0 stopped cleanly, 1 runtime failure, 2 usage or configuration error.
 */
import { parseArgs } from 'node:util';
import type { Role } from '@labelup/service';

const usage = `Usage: labelup serve [--role all|web|worker]

Environment: PORT, HOST, BASE_URL, APP_KEY, LICENSING, INSTALL_KEYS_URL, OAUTH_TOKEN_URL, DATABASE_URL,
SQLITE_PATH, REDIS_URL, LOG_LEVEL, WORKER_CONCURRENCY, ROLE, PRODUCT_ORIGINS, WORKER_LOCK_MS,
TENANT_SECRET_KEYS (see packages/service/README.md).
`;

const roles: readonly Role[] = ['all', 'web', 'worker'];

/** Runs the command; resolves with the exit code once the service has stopped. */
export async function run(argv: string[]): Promise<number> {
  let role: string | undefined;
  try {
    const { values } = parseArgs({ args: argv, options: { role: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true });
    if (values.help) {
      process.stdout.write(usage);
      return 0;
    }
    role = values.role;
  } catch (error) {
    process.stderr.write(`labelup serve: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (role !== undefined && !roles.includes(role as Role)) {
    process.stderr.write(`labelup serve: --role must be one of ${roles.join(', ')}\n`);
    return 2;
  }
  // Loaded only now: usage errors answer without loading the service (and the engine).
  const { ConfigError, loadConfig, startService, stopOnSignals } = await import('@labelup/service');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`labelup serve: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const service = await startService(config, role === undefined ? {} : { role: role as Role });
  process.stderr.write(`Label UP! service (${service.role}) listening on ${service.url ?? 'no HTTP'}\n`);
  await stopOnSignals(service);
  return 0;
}
