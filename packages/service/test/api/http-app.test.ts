import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfluenceGateway } from '../../src/api/confluence-gateway.js';
import { createInstallKeyProvider } from '../../src/connect/install-keys.js';
import type { TenantStore } from '../../src/core/ports.js';
import { createInProcessEventBus } from '../../src/events/in-process-event-bus.js';
import { createHttpApp } from '../../src/http/create-app.js';
import { createInProcessQueue } from '../../src/queues/in-process-queue.js';
import { openSqliteTenantStore } from '../../src/stores/sqlite-tenant-store.js';

let dir: string;
let tenants: TenantStore;
const lines: object[] = [];
const logger = { info: (o: object) => void lines.push(o), warn: (o: object) => void lines.push(o), error: (o: object) => void lines.push(o) };

function app(webDistDir: string) {
  const queue = createInProcessQueue();
  return createHttpApp({
    baseUrl: 'https://labelup.example.com',
    appKey: 'com.labelup.app',
    licensing: false,
    tenants,
    queue,
    bus: createInProcessEventBus(),
    gateway: createConfluenceGateway({ appKey: 'com.labelup.app', oauthTokenUrl: 'http://127.0.0.1:1/oauth2/token' }),
    getInstallKey: createInstallKeyProvider({ installKeysUrl: 'http://127.0.0.1:1' }),
    logger,
    readiness: [{ name: 'tenant-store', check: async () => void (await tenants.get('probe')) }, { name: 'queue', check: async () => void (await queue.pendingJobs()) }],
    webDistDir,
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'labelup-http-'));
  tenants = openSqliteTenantStore({ path: join(dir, 't.sqlite') });
  lines.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('HTTP app', () => {
  it('serves the descriptor with the configured base URL', async () => {
    const response = await app(dir).request('/atlassian-connect.json');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { baseUrl: string }).baseUrl).toBe('https://labelup.example.com');
  });

  it('answers 503 with a build hint when the web bundle is missing, and serves it once built', async () => {
    const missing = await app(join(dir, 'nope')).request('/app/index.html?target=inlinedialog');
    expect(missing.status).toBe(503);
    expect(await missing.text()).toContain('npm run build -w packages/web');
    mkdirSync(join(dir, 'web', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Label UP!</title>');
    writeFileSync(join(dir, 'web', 'assets', 'app.js'), 'console.log(1)');
    const built = app(join(dir, 'web'));
    const page = await built.request('/app/index.html?target=dialog');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Label UP!');
    expect((await built.request('/app/assets/app.js')).headers.get('content-type')).toContain('javascript');
    expect((await built.request('/app/../package.json')).status).toBe(404);
  });

  it('answers unknown routes with the error body and logs the route pattern, never the raw path', async () => {
    const response = await app(dir).request('/no/such/secret-path?jwt=abc');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'page-not-found' } });
    expect(JSON.stringify(lines)).not.toContain('secret-path');
    expect(JSON.stringify(lines)).not.toContain('abc');
  });

  it('is not ready when the tenant store is down, and says which check fails', async () => {
    const http = app(dir);
    expect((await http.request('/readyz')).status).toBe(200);
    await tenants.close();
    const response = await http.request('/readyz');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'not-ready', failing: ['tenant-store'] });
  });

  it('refuses oversized and non-JSON lifecycle bodies with invalid-request', async () => {
    const http = app(dir);
    const big = await http.request('/installed', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(70_000) });
    expect(big.status).toBe(400);
    const notJson = await http.request('/uninstalled', { method: 'POST', body: 'nope' });
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid-request' } });
  });
});
