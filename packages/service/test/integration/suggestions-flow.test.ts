import { labelsOf } from '@labelup/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddLabelsResult, SuggestionsView } from '@labelup/core';
import { openEvents } from './sse.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let clientKey: string;
const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
const pageLabels = (id: string) => labelsOf(h.emulator.state, h.emulator.state.contents.get(id)!).map((l) => l.name);

beforeAll(async () => {
  h = await startHarness();
  clientKey = await h.install();
});
afterAll(async () => h?.stop());

describe('install → request → pending → ready → add labels → uninstall', () => {
  it('goes from none to ready, pushes the ready event, and adds picked labels as the user', async () => {
    const token = h.token(h.alice, h.page.id);
    const before = await json<SuggestionsView>(await h.api('/api/suggestions', token));
    expect(before.status).toBe('none');
    expect(before.page).toEqual({ id: h.page.id, version: 1, latestVersion: 1 });

    const events = await openEvents(h.service.url, token);
    const requested = await h.api('/api/suggestions', token, { method: 'POST', body: '{}' });
    expect(requested.status).toBe(202);
    expect((await json<SuggestionsView>(requested)).status).toBe('pending');
    const again = await h.api('/api/suggestions', token, { method: 'POST', body: '{}' });
    expect(['pending', 'ready']).toContain((await json<SuggestionsView>(again)).status);

    const ready = await events.waitFor((e) => e.type === 'suggestions-ready');
    expect(ready).toEqual({ type: 'suggestions-ready', pageId: h.page.id, version: 1 });
    events.close();

    const view = await json<SuggestionsView>(await h.api('/api/suggestions', token));
    expect(view.status).toBe('ready');
    const labels = view.suggestions!.map((s) => s.label);
    expect(labels).toContain('kubernetes');
    for (const s of view.suggestions!) expect(s.relevance).toBeGreaterThanOrEqual(0);

    const pick = labels.slice(0, 3);
    const added = await json<AddLabelsResult>(await h.api('/api/labels', token, { method: 'POST', body: JSON.stringify({ labels: pick }) }));
    expect(added.added).toEqual(pick);
    expect(added.labels).toEqual(expect.arrayContaining(pick));
    expect(pageLabels(h.page.id)).toEqual(expect.arrayContaining(pick));

    const after = await json<SuggestionsView>(await h.api('/api/suggestions', token));
    expect(after.labels).toEqual(expect.arrayContaining(pick));
    for (const label of pick) expect(after.suggestions!.map((s) => s.label)).not.toContain(label);
  });

  it('refuses invalid label bodies with invalid-request', async () => {
    const token = h.token(h.alice, h.page.id);
    for (const body of ['{"labels":[]}', '{"labels":["two words"]}', '{"labels":["a:b"]}', '{"labels":"x"}', 'not json', JSON.stringify({ labels: Array.from({ length: 21 }, (_, i) => `l${i}`) })]) {
      const response = await h.api('/api/labels', token, { method: 'POST', body });
      expect(response.status, body).toBe(400);
    }
  });

  it('says outdated to a viewer of an older version, and does not enqueue', async () => {
    const oldToken = h.token(h.bob, h.otherPage.id);
    await fetch(`${h.emulatorUrl}/__emulator/content/${h.otherPage.id}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const view = await json<SuggestionsView>(await h.api('/api/suggestions', oldToken, { method: 'POST', body: '{}' }));
    expect(view).toMatchObject({ status: 'outdated', page: { id: h.otherPage.id, version: 1, latestVersion: 2 } });
    expect((await h.service.queue.pendingJobs()).filter((j) => j.data['contentId'] === h.otherPage.id)).toEqual([]);
  });

  it('keeps working after a reinstall rotates the shared secret', async () => {
    const oldToken = h.token(h.alice, h.page.id);
    const oldSecret = (await h.service.tenants.get(clientKey))!.sharedSecret;
    expect(await h.install()).toBe(clientKey);
    const tenant = await h.service.tenants.get(clientKey);
    expect(tenant!.sharedSecret).not.toBe(oldSecret);
    expect((await h.api('/api/labels', oldToken)).status).toBe(401);
    const fresh = await h.api('/api/suggestions', h.token(h.alice, h.page.id));
    expect(fresh.status).toBe(200);
    expect((await json<SuggestionsView>(fresh)).status).toBe('ready');
  });

  it('forgets the site on uninstall', async () => {
    const token = h.token(h.alice, h.page.id);
    const response = await fetch(`${h.emulatorUrl}/__emulator/apps/${h.appKey}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await h.service.tenants.get(clientKey)).toBeUndefined();
    expect(await h.service.tenants.listClientKeys()).toEqual([]);
    expect((await h.api('/api/suggestions', token)).status).toBe(401);
  });
});
