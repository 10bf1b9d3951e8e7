import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SuggestionsView } from '@labelup/core';
import { openEvents } from './sse.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
  await h.install();
});
afterAll(async () => h?.stop());

const setFaults = (faults: object[]) =>
  fetch(`${h.emulatorUrl}/__emulator/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults }) });

describe('Confluence storms', () => {
  it('ends in suggestions through a 429 storm with Retry-After and a 5xx storm', async () => {
    const token = h.token(h.alice, h.page.id);
    const events = await openEvents(h.service.url, token);
    expect((await setFaults([
      { path: '/wiki/*', status: 429, retryAfterSeconds: 1, times: 3 },
      { path: '/wiki/*', status: 503, times: 3 },
      { path: '/wiki/*', status: 500, times: 2 },
    ])).status).toBe(200);
    const requested = await h.api('/api/suggestions', token, { method: 'POST', body: '{}' });
    expect(requested.status).toBe(202);
    await events.waitFor((e) => e.type === 'suggestions-ready', 20_000);
    events.close();
    const view = (await (await h.api('/api/suggestions', token)).json()) as SuggestionsView;
    expect(view.status).toBe('ready');
    expect(view.suggestions!.length).toBeGreaterThan(0);
    expect((await (await fetch(`${h.emulatorUrl}/__emulator/faults`)).json())).toEqual({ faults: [] });
  }, 30_000);
});
