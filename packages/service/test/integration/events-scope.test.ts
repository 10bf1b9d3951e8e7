import * as jwt from 'atlassian-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents } from './sse.js';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
let clientKey: string;

beforeAll(async () => {
  h = await startHarness({ heartbeatMs: 100 });
  clientKey = await h.install();
});
afterAll(async () => h?.stop());

describe('GET /api/events', () => {
  it('delivers a page\'s events to the dialogs open on that page only, never to other pages or sites', async () => {
    const alice = await openEvents(h.service.url, h.token(h.alice, h.page.id));
    const bobSamePage = await openEvents(h.service.url, h.token(h.bob, h.page.id));
    const bobOtherPage = await openEvents(h.service.url, h.token(h.bob, h.otherPage.id));
    await h.service.bus.publish('suggestions-ready', { clientKey: 'another-site', contentId: h.page.id, version: 1 });
    await h.service.bus.publish('suggestions-failed', { clientKey, contentId: h.page.id, version: 1, code: 'text-too-short' });
    await h.service.bus.publish('suggestions-ready', { clientKey, contentId: h.otherPage.id, version: 1 });

    expect(await alice.waitFor((e) => e.type === 'suggestions-failed')).toEqual({ type: 'suggestions-failed', pageId: h.page.id, version: 1, code: 'text-too-short' });
    await bobSamePage.waitFor((e) => e.type === 'suggestions-failed');
    await bobOtherPage.waitFor((e) => e.type === 'suggestions-ready');
    // Let any stray delivery arrive before asserting absence.
    await alice.waitFor(() => false, 300).catch(() => undefined);
    const nonPing = (events: { type: string }[]) => events.filter((e) => e.type !== 'ping');
    expect(nonPing(alice.events)).toHaveLength(1);
    expect(nonPing(bobSamePage.events)).toHaveLength(1);
    expect(nonPing(bobOtherPage.events)).toEqual([{ type: 'suggestions-ready', pageId: h.otherPage.id, version: 1 }]);
    for (const tap of [alice, bobSamePage, bobOtherPage]) tap.close();
  });

  it('sends heartbeats and maps unknown failure codes to internal', async () => {
    const tap = await openEvents(h.service.url, h.token(h.alice, h.page.id));
    await tap.waitFor(() => tap.events.filter((e) => e.type === 'ping').length >= 3, 2_000);
    await h.service.bus.publish('suggestions-failed', { clientKey, contentId: h.page.id, version: 2, code: 'weird-code' });
    expect(await tap.waitFor((e) => e.type === 'suggestions-failed')).toMatchObject({ code: 'internal' });
    tap.close();
  });

  it('ends the stream when its token expires', async () => {
    const app = h.emulator.state.apps.get(h.appKey)!;
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: clientKey, sub: h.alice, iat: now, exp: now + 1, qsh: 'context-qsh', context: { confluence: { content: { id: h.page.id, version: '1', type: 'page' } } } };
    const tap = await openEvents(h.service.url, jwt.encodeSymmetric(claims, app.sharedSecret));
    const started = Date.now();
    await tap.ended;
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('refuses a stream without a valid token', async () => {
    const response = await fetch(`${h.service.url}/api/events`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});
