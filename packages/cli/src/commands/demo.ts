/**
 * `labelup demo` (what `npm start` runs): starts the Confluence emulator with its demo site on
 * 127.0.0.1 (port 8090, or a free one), starts the Label UP! service on embedded defaults (SQLite
 * in a temporary folder, in-process queue and events) with its key server and OAuth endpoint at
 * the emulator, installs the app into the emulator (signed install), signs in an editor, and
 * prints `Label UP! demo: <URL>` — a demo page showing the Label UP! button. Runs until Ctrl-C.
 *
 * Exit codes: 0 stopped cleanly, 1 failure, 2 usage error.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator, seedDemoSite, type Emulator } from '@labelup/emulator';
import { loadConfig, startService, stopOnSignals, type RunningService } from '@labelup/service';

const usage = `Usage: labelup demo [--port 8090] [--service-port 3000] [--log-level warn]\n`;

/** The demo page (an English runbook with structure) and the signed-in editor. */
const DEMO_PAGE_ID = '131080';
const DEMO_USER_EMAIL = 'priya.raman@example.com';

async function listenWithFallback(listen: (port: number) => Promise<string>, port: number): Promise<string> {
  try {
    return await listen(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return listen(0);
  }
}

async function postJson(url: string, method: 'POST' | 'PUT', body: unknown): Promise<void> {
  const response = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${method} ${new URL(url).pathname} answered ${response.status}: ${await response.text()}`);
}

function demoPageUrl(emulator: Emulator, origin: string): string {
  const page = emulator.state.contents.get(DEMO_PAGE_ID) ?? [...emulator.state.contents.values()].find((c) => c.type === 'page');
  if (!page) return `${origin}/wiki/`;
  const space = emulator.state.spaces.get(page.spaceId);
  return `${origin}/wiki/spaces/${space?.key ?? 'ENG'}/pages/${page.id}`;
}

/** Runs the demo until SIGINT/SIGTERM. */
export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { port: { type: 'string', default: '8090' }, 'service-port': { type: 'string', default: '3000' }, 'log-level': { type: 'string', default: 'warn' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`labelup demo: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const port = Number(values.port);
  const servicePort = Number(values['service-port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(servicePort) || servicePort < 0 || servicePort > 65535) {
    process.stderr.write(`labelup demo: ports must be integers between 0 and 65535\n${usage}`);
    return 2;
  }

  const emulator = createEmulator({ seed: (site) => void seedDemoSite(site) });
  const origin = await listenWithFallback((p) => emulator.listen(p, '127.0.0.1'), port);
  const dataDir = mkdtempSync(join(tmpdir(), 'labelup-demo-'));
  let service: RunningService | undefined;
  try {
    await listenWithFallback(async (p) => {
      const config = loadConfig({
        PORT: String(p),
        HOST: '127.0.0.1',
        SQLITE_PATH: join(dataDir, 'labelup.sqlite'),
        INSTALL_KEYS_URL: `${origin}/__emulator/install-keys`,
        OAUTH_TOKEN_URL: `${origin}/oauth2/token`,
        LOG_LEVEL: values['log-level'],
        // A throw-away key for a throw-away store: shared secrets are encrypted at rest in the demo too.
        TENANT_SECRET_KEYS: `demo:${randomBytes(32).toString('base64')}`,
      });
      service = await startService(config, { extraProductOrigins: [origin] });
      return service.url;
    }, servicePort);
    if (!service) throw new Error('the service did not start');
    await postJson(`${origin}/__emulator/apps`, 'POST', { descriptorUrl: `${service.baseUrl}/atlassian-connect.json` });
    await postJson(`${origin}/__emulator/acting-user`, 'PUT', { email: DEMO_USER_EMAIL });
    process.stdout.write(`Label UP! service: ${service.url} (data in ${dataDir})\n`);
    process.stdout.write(`Confluence emulator: ${origin}/wiki/ (signed in as ${DEMO_USER_EMAIL})\n`);
    process.stdout.write(`Label UP! demo: ${demoPageUrl(emulator, origin)}\n`);
    await stopOnSignals(service);
    return 0;
  } finally {
    await service?.stop();
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
