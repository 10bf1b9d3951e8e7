/**
 * Web and worker as separate services (as in production): BullMQ on the real Redis started by
 * scripts/test.sh carries the job, Redis pub/sub carries the ready event back to the web role's
 * event stream; both share one tenant store (an SQLite file here). Privacy: the page's unique
 * marker is in no Redis key or value, during or after the job. Then graceful shutdown.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPage, addSpace, addUser, createEmulator, type Emulator } from '@labelup/emulator';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionsView } from '@labelup/core';
import { loadConfig } from '../../src/config/config.js';
import { startService, type RunningService } from '../../src/server.js';
import { backendUrl } from '../contracts/backend-env.js';
import { KUBERNETES, topicAdf } from './harness.js';
import { openEvents } from './sse.js';

const redis = backendUrl('LABELUP_TEST_REDIS_URL');
const ids = { user: '', page: '' };
const MARKER = `zqredis${randomBytes(6).toString('hex')}`;

/** Every key and value Redis holds, as text (read by type: strings, hashes, lists, sets, sorted sets, streams). */
async function redisDump(url: string): Promise<string> {
  const client = new Redis(url);
  try {
    const out: string[] = [];
    for (const key of await client.keys('*')) {
      const type = await client.type(key);
      const value =
        type === 'string' ? await client.get(key)
        : type === 'hash' ? await client.hgetall(key)
        : type === 'list' ? await client.lrange(key, 0, -1)
        : type === 'set' ? await client.smembers(key)
        : type === 'zset' ? await client.zrange(key, '0', '-1')
        : type === 'stream' ? await client.xrange(key, '-', '+')
        : null;
      out.push(key, JSON.stringify(value));
    }
    return out.join('\n');
  } finally {
    client.disconnect();
  }
}
let emulator: Emulator;
let web: RunningService;
let worker: RunningService;
let dir: string;

describe.skipIf(!redis.url)('web and worker roles in separate services (Redis)', () => {
  beforeAll(async () => {
    emulator = createEmulator({
      seed(site) {
        ids.user = addUser(site, { email: 'carol@example.com' }).accountId;
        const space = addSpace(site, { key: 'OPS', name: 'Ops' });
        ids.page = addPage(site, { spaceId: space.id, title: 'Kubernetes upgrades', adf: topicAdf('Kubernetes upgrades', KUBERNETES, 300, `${MARKER} ${MARKER}`) as never }).id;
      },
    });
    const emulatorUrl = await emulator.listen(0, '127.0.0.1');
    dir = mkdtempSync(join(tmpdir(), 'labelup-roles-'));
    const env = {
      PORT: '0',
      SQLITE_PATH: join(dir, 'labelup.sqlite'),
      REDIS_URL: redis.url!,
      INSTALL_KEYS_URL: `${emulatorUrl}/__emulator/install-keys`,
      OAUTH_TOKEN_URL: `${emulatorUrl}/oauth2/token`,
      PRODUCT_ORIGINS: emulatorUrl,
      LOG_LEVEL: 'silent',
    };
    worker = await startService(loadConfig(env), { role: 'worker', shutdownTimeoutMs: 2_000 });
    web = await startService(loadConfig(env), { role: 'web', shutdownTimeoutMs: 2_000 });
    const installed = await fetch(`${emulatorUrl}/__emulator/apps`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ descriptorUrl: `${web.baseUrl}/atlassian-connect.json` }),
    });
    expect(installed.status).toBe(201);
  });
  afterAll(async () => {
    await web?.stop();
    await worker?.stop();
    await emulator?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the web role enqueues, the worker processes, and the ready event reaches the web role\'s stream', async () => {
    const token = emulator.mintContextToken({ appKey: 'com.labelup.app', accountId: ids.user, contentId: ids.page });
    const events = await openEvents(web.url, token);
    const requested = await fetch(`${web.url}/api/suggestions`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(requested.status).toBe(202);
    const during = await redisDump(redis.url!);
    expect(await events.waitFor((e) => e.type === 'suggestions-ready', 20_000)).toEqual({ type: 'suggestions-ready', pageId: ids.page, version: 1 });
    events.close();
    const view = (await (await fetch(`${web.url}/api/suggestions`, { headers: { authorization: `JWT ${token}` } })).json()) as SuggestionsView;
    expect(view.status).toBe('ready');
    const after = await redisDump(redis.url!);
    expect(during.length).toBeGreaterThan(0);
    for (const dump of [during, after]) {
      expect(dump).not.toContain(MARKER);
      expect(dump).not.toContain('Kubernetes upgrades');
    }
  }, 30_000);

  it('the worker serves health and readiness only', async () => {
    expect((await fetch(`${worker.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${worker.url}/atlassian-connect.json`)).status).toBe(404);
  });

  it('stops gracefully: the web role stops answering, the worker closes its queue', async () => {
    await worker.stop();
    await web.stop();
    await expect(fetch(`${web.url}/healthz`)).rejects.toThrow();
  });
});
