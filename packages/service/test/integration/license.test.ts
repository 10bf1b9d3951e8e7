import * as jwt from 'atlassian-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ licensing: true });
  await h.install();
});
afterAll(async () => h?.stop());

const setLicense = (active: boolean) =>
  fetch(`${h.emulatorUrl}/__emulator/apps/${h.appKey}/license`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ active }) });

describe('licensing on', () => {
  it('declares licensing in the descriptor', async () => {
    const descriptor = (await (await fetch(`${h.service.url}/atlassian-connect.json`)).json()) as { enableLicensing: boolean };
    expect(descriptor.enableLicensing).toBe(true);
  });

  it('serves an active license and refuses an inactive one with license-inactive', async () => {
    expect((await h.api('/api/labels', h.token(h.alice, h.page.id))).status).toBe(200);
    expect((await setLicense(false)).status).toBe(200);
    const response = await h.api('/api/suggestions', h.token(h.alice, h.page.id), { method: 'POST', body: '{}' });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('license-inactive');
    expect(await h.service.queue.pendingJobs()).toEqual([]);
    await setLicense(true);
    expect((await h.api('/api/labels', h.token(h.alice, h.page.id))).status).toBe(200);
  });

  it('refuses a token without license information with license-missing', async () => {
    const app = h.emulator.state.apps.get(h.appKey)!;
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: app.clientKey, sub: h.alice, iat: now, exp: now + 60, qsh: 'context-qsh', context: { confluence: { content: { id: h.page.id, version: '1', type: 'page' } } } };
    const response = await h.api('/api/labels', jwt.encodeSymmetric(claims, app.sharedSecret));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('license-missing');
  });
});
