/**
 * Issue 12 (security and fault probe), end to end against the emulator and the real service: each
 * block fails on the code before the fix. Forged time claims (item 1), install replay and base-URL
 * allow-list (2), installs for another app and malformed Confluence answers (3), concurrent first
 * requests (4), malformed chunked bodies logged as client errors (6), and the "also flagged" HTTP
 * items (source maps, request ids, content types, forced-recompute cool-down).
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readdirSync } from 'node:fs';
import * as jwt from 'atlassian-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionsView } from '@labelup/core';
import { createConfluenceGateway } from '../../src/api/confluence-gateway.js';
import { AppError } from '../../src/errors.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { DEFAULT_WEB_DIST_DIR, startService } from '../../src/server.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let clientKey: string;
const secretOf = () => h.emulator.state.apps.get(h.appKey)!.sharedSecret;
const nowS = () => Math.floor(Date.now() / 1000);
const code = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;
const logs = () => h.logLines.map((line) => JSON.parse(line) as Record<string, unknown>);

function contextToken(overrides: Record<string, unknown> = {}, pageId = h.page.id): string {
  const claims = { iss: clientKey, sub: h.alice, iat: nowS(), exp: nowS() + 120, qsh: 'context-qsh', context: { confluence: { content: { id: pageId, version: '1', type: 'page' } } }, ...overrides };
  return jwt.encodeSymmetric(claims, secretOf());
}

/** A lifecycle token as the emulator (the product) signs it: RS256 with its install key. */
function lifecycleToken(iss: string, overrides: Record<string, unknown> = {}, path = '/installed'): string {
  const qsh = jwt.createQueryStringHash(jwt.fromMethodAndUrl('POST', path), false, h.service.baseUrl);
  const claims = { iss, aud: [h.service.baseUrl], iat: nowS(), exp: nowS() + 180, qsh, ...overrides };
  return jwt.encodeAsymmetric(claims, h.emulator.keys().privateKeyPem, jwt.AsymmetricAlgorithm.RS256, { kid: h.emulator.keys().kid });
}

const installBody = (key: string, overrides: Record<string, unknown> = {}) => ({
  key: h.appKey,
  clientKey: key,
  sharedSecret: 's'.repeat(48),
  baseUrl: `${h.emulatorUrl}/wiki`,
  productType: 'confluence',
  eventType: 'installed',
  ...overrides,
});
const postInstalled = (token: string, body: unknown) =>
  fetch(`${h.service.url}/installed`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A raw HTTP request on a socket (for bodies fetch cannot send); resolves to the status line, or '' when cut. */
function rawRequest(head: string, body: string): Promise<string> {
  const { port } = new URL(h.service.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`${head}\r\n\r\n${body}`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
    setTimeout(() => socket.destroy(), 2_000);
  });
}

async function waitForStatus(token: string, status: string, timeoutMs = 20_000): Promise<SuggestionsView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = (await (await h.api('/api/suggestions', token)).json()) as SuggestionsView;
    if (view.status === status || Date.now() > deadline) return view;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const completedJobs = () => logs().filter((line) => line['event'] === 'job-completed').length;

beforeAll(async () => {
  h = await startHarness();
  clientKey = await h.install();
});
afterAll(async () => h?.stop());

describe('item 1: nbf and iat are checked, lifetimes bounded', () => {
  it('refuses a context token with nbf an hour ahead on every API route, and one with iat ahead or a year-long lifetime', async () => {
    const future = contextToken({ nbf: nowS() + 3600 });
    for (const [path, init] of [
      ['/api/suggestions', {}],
      ['/api/suggestions', { method: 'POST', body: '{}' }],
      ['/api/labels', {}],
      ['/api/labels', { method: 'POST', body: JSON.stringify({ labels: ['kubernetes'] }) }],
      ['/api/events', {}],
    ] as const) {
      const response = await h.api(path, future, init);
      expect(response.status, `${init.method ?? 'GET'} ${path}`).toBe(401);
      expect(await code(response)).toBe('not-authenticated');
    }
    expect((await h.api('/api/suggestions', contextToken({ iat: nowS() + 3600, exp: nowS() + 3700 }))).status).toBe(401);
    expect((await h.api('/api/suggestions', contextToken({ iat: nowS() - 10, exp: nowS() + 365 * 86_400 }))).status).toBe(401);
    expect((await h.api('/api/suggestions', contextToken({ nbf: nowS() - 5 }))).status).toBe(200);
  });

  it('refuses a QSH token with nbf ahead on the data report', async () => {
    const path = `/admin/tenants/${clientKey}/report`;
    const token = (extra: Record<string, unknown>) =>
      jwt.encodeSymmetric({ iss: clientKey, iat: nowS(), exp: nowS() + 60, qsh: jwt.createQueryStringHash(jwt.fromMethodAndUrl('GET', path), false, h.service.baseUrl), ...extra }, secretOf());
    expect((await fetch(`${h.service.url}${path}`, { headers: { authorization: `JWT ${token({ nbf: nowS() + 3600 })}` } })).status).toBe(401);
    expect((await fetch(`${h.service.url}${path}`, { headers: { authorization: `JWT ${token({})}` } })).status).toBe(200);
  });
});

describe('item 2: a signed install cannot be replayed, and only product hosts are accepted', () => {
  it('answers a genuine install once; its replay with another secret and base URL is refused and changes nothing', async () => {
    const token = lifecycleToken('replay-site');
    expect((await postInstalled(token, installBody('replay-site'))).status).toBe(204);
    const before = await h.service.tenants.get('replay-site');
    const replay = await postInstalled(token, installBody('replay-site', { sharedSecret: 'attacker-chosen-secret-0123456789', baseUrl: 'https://attacker.atlassian.net/wiki' }));
    expect(replay.status).toBe(401);
    expect(await h.service.tenants.get('replay-site')).toEqual(before);
    expect(logs().some((line) => line['detail'] === 'connect:token-replayed')).toBe(true);
    // The very same request again (a retried delivery) changes nothing and is answered as before.
    expect((await postInstalled(token, installBody('replay-site'))).status).toBe(204);
    expect(await h.service.tenants.get('replay-site')).toMatchObject({ sharedSecret: before!.sharedSecret, baseUrl: before!.baseUrl });
    // ...and a changed body sent twice never becomes "seen".
    expect((await postInstalled(token, installBody('replay-site', { sharedSecret: 'attacker-chosen-secret-0123456789' }))).status).toBe(401);
    // A new genuine token (a real reinstall; another iat, so another token) still rotates the secret.
    expect((await postInstalled(lifecycleToken('replay-site', { iat: nowS() - 1 }), installBody('replay-site', { sharedSecret: 'r'.repeat(48) }))).status).toBe(204);
    expect((await h.service.tenants.get('replay-site'))?.sharedSecret).toBe('r'.repeat(48));
  });

  it('a replayed uninstall cannot remove a later reinstall, nor a replayed install undo a rotation', async () => {
    const firstInstall = lifecycleToken('gone-site', { iat: nowS() - 2 });
    expect((await postInstalled(firstInstall, installBody('gone-site'))).status).toBe(204);
    const token = lifecycleToken('gone-site', {}, '/uninstalled');
    const uninstall = (body: Record<string, unknown> = {}) =>
      fetch(`${h.service.url}/uninstalled`, { method: 'POST', headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(installBody('gone-site', { eventType: 'uninstalled', ...body })) });
    expect((await uninstall()).status).toBe(204);
    expect(await h.service.tenants.get('gone-site')).toBeUndefined();
    // The site comes back; the old uninstall, replayed word for word, is answered but applied no more.
    const reinstall = lifecycleToken('gone-site', { iat: nowS() - 1 });
    expect((await postInstalled(reinstall, installBody('gone-site', { sharedSecret: 'n'.repeat(48) }))).status).toBe(204);
    expect((await uninstall()).status).toBe(204);
    expect((await h.service.tenants.get('gone-site'))?.sharedSecret).toBe('n'.repeat(48));
    expect((await uninstall({ description: 'changed' })).status).toBe(401);
    // A replay of the first install (old secret) does not undo the rotation either.
    expect((await postInstalled(firstInstall, installBody('gone-site'))).status).toBe(204);
    expect((await h.service.tenants.get('gone-site'))?.sharedSecret).toBe('n'.repeat(48));
  });

  it('accepts base URLs on Atlassian product hosts (https) and the configured emulator origin only', async () => {
    for (const baseUrl of ['https://evil.example.com/wiki', 'http://acme.atlassian.net/wiki', 'https://atlassian.net.evil.example/wiki', 'http://127.0.0.1:1/wiki']) {
      const key = `host-${Buffer.from(baseUrl).toString('hex').slice(0, 16)}`;
      const response = await postInstalled(lifecycleToken(key), installBody(key, { baseUrl }));
      expect(response.status, baseUrl).toBe(401);
      expect(await h.service.tenants.get(key)).toBeUndefined();
    }
    expect((await postInstalled(lifecycleToken('acme-site'), installBody('acme-site', { baseUrl: 'https://acme.atlassian.net/wiki' }))).status).toBe(204);
  });
});

describe('item 3: an install for another app creates no tenant; malformed Confluence answers are upstream errors', () => {
  let attacker: Server;
  let attackerOrigin = '';
  const received: string[] = [];
  beforeAll(async () => {
    attacker = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      if (req.url === '/atlassian-connect.json') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ key: 'evil-app', baseUrl: h.service.baseUrl, authentication: { type: 'jwt' }, lifecycle: { installed: `${attackerOrigin}/installed` }, scopes: ['READ'] }));
      } else res.writeHead(204).end(); // every "Confluence" call: 204, no body
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => attacker.close(() => resolve())));

  it('the emulator, like Connect, sends lifecycle callbacks only to the app baseUrl: no token reaches the other host', async () => {
    const response = await fetch(`${h.emulatorUrl}/__emulator/apps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ descriptorUrl: `${attackerOrigin}/atlassian-connect.json` }) });
    expect(response.status).toBe(400);
    expect(received).toEqual(['GET /atlassian-connect.json']);
  });

  it('a product-signed token with our aud, posted with our key and a base URL of the attacker\'s choosing, creates no tenant', async () => {
    const response = await postInstalled(lifecycleToken('evil-tenant'), installBody('evil-tenant', { baseUrl: `${attackerOrigin}/wiki` }));
    expect(response.status).toBe(401);
    expect(await h.service.tenants.get('evil-tenant')).toBeUndefined();
  });

  it('a 204 with no body where labels are expected is a clear upstream error (503), never a TypeError (500)', async () => {
    // A site whose base URL answers 204 to everything (as the probe's attacker host did).
    await h.service.tenants.upsert({ clientKey: 'hollow-site', sharedSecret: 'h'.repeat(48), baseUrl: `${attackerOrigin}/wiki`, productType: 'confluence', installedAt: 't', updatedAt: 't' });
    const token = jwt.encodeSymmetric({ iss: 'hollow-site', sub: h.alice, iat: nowS(), exp: nowS() + 60, qsh: 'context-qsh', context: { confluence: { content: { id: '42', version: '1', type: 'page' } } } }, 'h'.repeat(48));
    for (const path of ['/api/labels', '/api/suggestions']) {
      const response = await h.api(path, token);
      expect(response.status, path).toBe(503);
      expect(await code(response)).toBe('confluence-unavailable');
    }
    expect(logs().filter((line) => line['code'] === 'internal')).toEqual([]);
    const gateway = createConfluenceGateway({ appKey: h.appKey, oauthTokenUrl: `${h.emulatorUrl}/oauth2/token`, retry: { attempts: 1 } });
    const tenant = (await h.service.tenants.get('hollow-site'))!;
    await expect(gateway.labels(tenant, { id: '42', type: 'page' })).rejects.toSatisfy((error) => error instanceof AppError && error.code === 'confluence-unavailable');
    await h.service.tenants.delete('hollow-site');
  });
});

describe('item 4: concurrent first requests all succeed, with one job per page version', () => {
  it('16 simultaneous POST /api/suggestions {} on each of two fresh pages: all 2xx, one job each', async () => {
    const before = completedJobs();
    const mark = h.logLines.length;
    const pages = [h.page.id, h.otherPage.id];
    const responses = await Promise.all(pages.flatMap((pageId) => Array.from({ length: 16 }, () => h.api('/api/suggestions', h.token(h.alice, pageId), { method: 'POST', body: '{}' }))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s !== 202 && s !== 200)).toEqual([]);
    for (const pageId of pages) expect((await waitForStatus(h.token(h.alice, pageId), 'ready')).status).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(completedJobs() - before).toBe(2);
    expect(h.logLines.slice(mark).filter((line) => line.includes('"level":"error"'))).toEqual([]);
  }, 30_000);

  it('a burst of forced recomputes from one user is honoured once per cool-down, and never fails', async () => {
    const token = h.token(h.alice, h.page.id);
    const forcedJobs = () => logs().filter((line) => line['event'] === 'job-completed' && String(line['jobId']).includes('-force-')).length;
    const before = forcedJobs();
    const responses = await Promise.all(Array.from({ length: 40 }, () => h.api('/api/suggestions', token, { method: 'POST', body: JSON.stringify({ force: true }) })));
    expect(responses.map((r) => r.status).filter((s) => s !== 202 && s !== 200)).toEqual([]);
    expect((await waitForStatus(token, 'ready')).status).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // One forced recompute for the 40 (the probe saw one token queue 168 in 4 s); the rest were ordinary requests.
    expect(forcedJobs() - before).toBe(1);
  }, 30_000);
});

describe('item 6: bodies are read per route, after authentication; client errors are logged as such', () => {
  it('an unauthenticated chunked POST /api/labels with a malformed chunk is a client error, not an error-level internal 500', async () => {
    const mark = h.logLines.length;
    const status = await rawRequest('POST /api/labels HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked', 'zz\r\n{"labels":\r\n0\r\n\r\n');
    expect(status).toMatch(/^HTTP\/1\.1 4\d\d/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = h.logLines.slice(mark).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line['level'] === 'error')).toEqual([]);
    expect(lines.some((line) => line['msg'] === 'request' && line['status'] === 401)).toBe(true);
  });

  it('an authenticated malformed chunked body is an invalid request at info level', async () => {
    const mark = h.logLines.length;
    const status = await rawRequest(
      `POST /api/labels HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: JWT ${contextToken()}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked`,
      '5\r\n{"lab\r\nzz\r\nels"\r\n0\r\n\r\n',
    );
    expect(status === '' || /^HTTP\/1\.1 4\d\d/.test(status)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = h.logLines.slice(mark).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.filter((line) => line['level'] === 'error')).toEqual([]);
    expect(lines.some((line) => line['code'] === 'invalid-request')).toBe(true);
  });

  it('an unauthenticated large body is refused without being read; lifecycle bodies keep their 64 KB limit', async () => {
    const big = JSON.stringify({ labels: ['x'.repeat(1_000_000)] });
    const response = await fetch(`${h.service.url}/api/labels`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(response.status).toBe(401);
    const lifecycle = await fetch(`${h.service.url}/installed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(70_000) }) });
    expect(lifecycle.status).toBe(400);
    expect(await code(lifecycle)).toBe('invalid-request');
    // 16 KB on the API, after authentication.
    const tooBig = await h.api('/api/labels', contextToken(), { method: 'POST', body: JSON.stringify({ labels: ['y'.repeat(20_000)] }) });
    expect(tooBig.status).toBe(400);
  });
});

describe('also flagged: shared secrets encrypted at rest', () => {
  it('the SQLite file never holds a site\'s shared secret in clear', async () => {
    const secret = secretOf();
    expect((await h.service.tenants.get(clientKey))?.sharedSecret).toBe(secret);
    const path = join(h.dataDir, 'labelup.sqlite');
    const bytes = readFileSync(path).toString('latin1') + readFileSync(`${path}-wal`, { flag: 'a+' }).toString('latin1');
    expect(bytes).toContain(clientKey);
    expect(bytes).not.toContain(secret);
  });
});

describe('also flagged: HTTP details', () => {
  it('JSON POSTs need Content-Type application/json', async () => {
    const response = await h.api('/api/suggestions', contextToken(), { method: 'POST', body: '{}', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(400);
    expect(await code(response)).toBe('invalid-request');
    expect((await h.api('/api/suggestions', contextToken(), { method: 'POST', body: '{}', headers: { 'content-type': 'application/json; charset=utf-8' } })).status).toBeLessThan(300);
  });

  it('adopts a client X-Request-Id only when it looks like an id', async () => {
    const uuid = '3f8c1f2e-1b7a-4c55-9a51-6a0d2b7c9e10';
    expect((await fetch(`${h.service.url}/healthz`, { headers: { 'x-request-id': uuid } })).headers.get('x-request-id')).toBe(uuid);
    for (const offered of ['557058:account-id', 'eyJhbGciOi.eyJzdWIi.sig', 'short', 'x'.repeat(65), 'hello world']) {
      const echoed = (await fetch(`${h.service.url}/healthz`, { headers: { 'x-request-id': offered } })).headers.get('x-request-id');
      expect(echoed, offered).not.toBe(offered);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('does not serve the web bundle\'s source maps', async () => {
    const maps = readdirSync(`${DEFAULT_WEB_DIST_DIR}/assets`).filter((name) => name.endsWith('.map'));
    const script = readdirSync(`${DEFAULT_WEB_DIST_DIR}/assets`).find((name) => name.endsWith('.js'));
    expect(script).toBeDefined();
    expect((await fetch(`${h.service.url}/app/assets/${script}`)).status).toBe(200);
    for (const name of [...maps.slice(0, 3), `${script}.map`]) {
      expect((await fetch(`${h.service.url}/app/assets/${name}`)).status, name).toBe(404);
      expect((await fetch(`${h.service.url}/app/assets/${name.replace(/\.map$/, '%2Emap')}`)).status, name).toBe(404);
    }
  });
});

describe('item 7: the worker role answers with the same security headers', () => {
  it('sets HSTS, CSP, nosniff and Referrer-Policy on /healthz, /readyz and 404, and no-store on the 404', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelup-worker-'));
    const worker = await startService(loadConfig({ PORT: '0', SQLITE_PATH: join(dir, 'w.sqlite'), LOG_LEVEL: 'silent' }), { role: 'worker', shutdownTimeoutMs: 500 });
    try {
      for (const path of ['/healthz', '/readyz', '/no-such-route', '/atlassian-connect.json']) {
        const response = await fetch(`${worker.url}${path}`);
        expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=\d{8,}/);
        expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self'");
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
        expect(response.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
      }
      const webMissing = await fetch(`${h.service.url}/no-such-route`);
      expect(webMissing.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(webMissing.headers.get('cache-control')).toBe('no-store');
      const missing = await fetch(`${worker.url}/no-such-route`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('cache-control')).toBe('no-store');
      expect(await code(missing)).toBe('page-not-found');
      expect((await fetch(`${worker.url}/readyz`)).headers.get('cache-control')).toBe('no-store');
    } finally {
      await worker.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
