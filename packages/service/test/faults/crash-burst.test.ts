/**
 * The fault suite (issue 12, item 5 and "done when"): a burst of first requests for fresh pages, and
 * the service killed with SIGKILL at random points of it — on the embedded default (one process,
 * SQLite, in-process queue) and on Redis + PostgreSQL (web and worker processes, each killed) — then
 * restarted on the same stores. Every request that was ACCEPTED (answered 2xx) must complete: the
 * page's `labelup` property says ready. Counts are printed; 0 lost. The kill points come from a seed
 * printed with the counts (`LABELUP_FAULT_SEED=<n>` replays a run).
 *
 * The services run as the built `labelup serve` binary (scripts/test.sh builds before testing); the
 * emulator runs in this process with 100 ms of latency on v2 calls, so jobs are in flight when a
 * process dies.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPage, addSpace, addUser, createEmulator, type Emulator } from '@labelup/emulator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendUrl } from '../contracts/backend-env.js';
import { KUBERNETES, BILLING, topicAdf } from '../integration/harness.js';
import { startServiceProcess, type ServiceProcess } from './processes.js';

const APP_KEY = 'com.labelup.app';
const PAGES = 24;
const seed = Number(process.env.LABELUP_FAULT_SEED ?? Math.floor(Math.random() * 1e9));
/** A small seeded generator (LCG), so a failing run can be replayed. */
function random(start: number): () => number {
  let state = start % 2_147_483_647 || 1;
  return () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;
}

interface Site {
  emulator: Emulator;
  emulatorUrl: string;
  user: string;
  pages: string[];
}

async function startSite(): Promise<Site> {
  const ids = { user: '', pages: [] as string[] };
  const emulator = createEmulator({
    seed(site) {
      ids.user = addUser(site, { email: 'dana@example.com' }).accountId;
      const space = addSpace(site, { key: 'OPS', name: 'Ops' });
      for (let i = 0; i < PAGES; i += 1) {
        const topic = i % 2 ? KUBERNETES : BILLING;
        ids.pages.push(addPage(site, { spaceId: space.id, title: `Runbook ${i}`, adf: topicAdf(`Runbook ${i}`, topic, 160) as never }).id);
      }
    },
  });
  const emulatorUrl = await emulator.listen(0, '127.0.0.1');
  return { emulator, emulatorUrl, ...ids };
}

/** The page's `labelup` property status for version 1, as Confluence (the emulator) holds it. */
function propertyStatus(site: Site, pageId: string): string | undefined {
  const value = site.emulator.state.contents.get(pageId)?.properties.get('labelup')?.value as { status?: string; page?: { version?: number } } | undefined;
  return value?.page?.version === 1 ? value.status : undefined;
}

async function waitForCompletion(site: Site, accepted: readonly string[], timeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = accepted.filter((id) => propertyStatus(site, id) !== 'ready');
    if (open.length === 0 || Date.now() > deadline) return open;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Sends one first request per page, 4 at a time, to `webUrl()` (which changes after a restart);
 * `onAccepted(n)` runs after the n-th accepted request (it may kill and restart processes).
 * Returns the pages whose request was accepted, and how many failed (refused or cut).
 */
async function burst(site: Site, webUrl: () => string, onAccepted: (n: number) => Promise<void>): Promise<{ accepted: string[]; failed: number }> {
  const accepted: string[] = [];
  let failed = 0;
  let next = 0;
  let hooks = Promise.resolve();
  const worker = async () => {
    while (next < site.pages.length) {
      const pageId = site.pages[next++] as string;
      await hooks;
      const token = site.emulator.mintContextToken({ appKey: APP_KEY, accountId: site.user, contentId: pageId });
      try {
        const response = await fetch(`${webUrl()}/api/suggestions`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: '{}' });
        await response.arrayBuffer();
        if (response.status === 202 || response.status === 200) {
          accepted.push(pageId);
          const n = accepted.length;
          hooks = hooks.then(() => onAccepted(n));
        } else failed += 1;
      } catch {
        failed += 1; // the process died under this request: not accepted, the dialog would retry
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await hooks;
  return { accepted, failed };
}

const installInto = async (site: Site, web: ServiceProcess) => {
  await site.emulator.installApp(`${web.url}/atlassian-connect.json`);
  site.emulator.faults.set([{ path: '/wiki/api/v2/*', latencyMs: 100 }]);
};

describe('fault suite: kill -9 mid-burst, 0 accepted requests lost', () => {
  const rand = random(seed);
  const dirs: string[] = [];
  const processes: ServiceProcess[] = [];
  const sites: Site[] = [];
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill9()));
    await Promise.all(sites.map((s) => s.emulator.close()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('embedded default (one process, SQLite, in-process queue): every accepted request completes after the restart', async () => {
    const site = await startSite();
    sites.push(site);
    const dir = mkdtempSync(join(tmpdir(), 'labelup-faults-'));
    dirs.push(dir);
    const env = {
      SQLITE_PATH: join(dir, 'labelup.sqlite'),
      INSTALL_KEYS_URL: `${site.emulatorUrl}/__emulator/install-keys`,
      OAUTH_TOKEN_URL: `${site.emulatorUrl}/oauth2/token`,
      PRODUCT_ORIGINS: site.emulatorUrl,
      LOG_LEVEL: 'warn',
    };
    let service = await startServiceProcess('all', env);
    processes.push(service);
    await installInto(site, service);
    const killAt = 4 + Math.floor(rand() * 12);
    const { accepted, failed } = await burst(site, () => service.url, async (n) => {
      if (n !== killAt) return;
      await service.kill9();
      service = await startServiceProcess('all', env);
      processes.push(service);
    });
    const lost = await waitForCompletion(site, accepted, 30_000);
    console.log(`fault suite (embedded, seed ${seed}): killed after ${killAt} accepted; ${accepted.length} accepted, ${failed} refused or cut, ${accepted.length - lost.length} completed, ${lost.length} lost`);
    expect(accepted.length).toBeGreaterThan(killAt);
    expect(lost).toEqual([]);
  }, 90_000);

  const redis = backendUrl('LABELUP_TEST_REDIS_URL');
  const postgres = backendUrl('LABELUP_TEST_DATABASE_URL');
  describe.skipIf(!redis.url || !postgres.url)('Redis + PostgreSQL', () => {
    let databaseUrl = '';
    const database = `labelup_faults_${randomBytes(4).toString('hex')}`;
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: postgres.url! });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const url = new URL(postgres.url!);
      url.pathname = `/${database}`;
      databaseUrl = url.toString();
    });

    it('web and worker processes, each killed at a random point: every accepted request completes after the restarts', async () => {
      const site = await startSite();
      sites.push(site);
      const env = {
        // A Redis database of its own: other test files run BullMQ workers on the same server.
        REDIS_URL: `${redis.url!.replace(/\/\d*$/, '')}/9`,
        DATABASE_URL: databaseUrl,
        WORKER_LOCK_MS: '2000',
        INSTALL_KEYS_URL: `${site.emulatorUrl}/__emulator/install-keys`,
        OAUTH_TOKEN_URL: `${site.emulatorUrl}/oauth2/token`,
        PRODUCT_ORIGINS: site.emulatorUrl,
        LOG_LEVEL: 'warn',
      };
      let worker = await startServiceProcess('worker', env);
      let web = await startServiceProcess('web', env);
      processes.push(worker, web);
      await installInto(site, web);
      const killWorkerAt = 3 + Math.floor(rand() * 8);
      const killWebAt = 8 + Math.floor(rand() * 8);
      const restarts: Promise<void>[] = [];
      const { accepted, failed } = await burst(site, () => web.url, async (n) => {
        if (n === killWorkerAt) {
          await worker.kill9();
          // The worker comes back a moment later; meanwhile the web role keeps accepting.
          restarts.push(
            new Promise((resolve) => setTimeout(resolve, Math.floor(rand() * 1_000))).then(async () => {
              worker = await startServiceProcess('worker', env);
              processes.push(worker);
            }),
          );
        }
        if (n === killWebAt) {
          await web.kill9();
          web = await startServiceProcess('web', env);
          processes.push(web);
        }
      });
      await Promise.all(restarts);
      const lost = await waitForCompletion(site, accepted, 40_000);
      console.log(
        `fault suite (Redis + PostgreSQL, seed ${seed}): worker killed after ${killWorkerAt}, web after ${killWebAt} accepted; ${accepted.length} accepted, ${failed} refused or cut, ${accepted.length - lost.length} completed, ${lost.length} lost`,
      );
      expect(accepted.length).toBeGreaterThan(killWebAt);
      expect(lost).toEqual([]);
    }, 120_000);

    afterAll(async () => {
      await Promise.all(processes.map((p) => p.kill9()));
      const admin = new pg.Client({ connectionString: postgres.url! });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
      await admin.end();
    });
  });
});
