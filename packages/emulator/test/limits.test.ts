import { describe, expect, it } from 'vitest';
import { createEmulator } from '../src/index.js';
import { addTestApp, appJwt, call, setup } from './helpers.js';

const put = (emu: ReturnType<typeof setup>['emu'], path: string, body: unknown) => call(emu, 'PUT', `/__emulator/${path}`, { body });

describe('rate limits', () => {
  it('sends X-RateLimit-* headers and 429 with Retry-After when an app quota is spent; the window resets', async () => {
    const { emu, clock, page } = setup();
    const app = addTestApp(emu, ['READ']);
    expect((await put(emu, 'quotas', { quotas: [{ subject: app.key, limit: 2, windowSeconds: 10 }] })).status).toBe(200);
    const path = `/wiki/api/v2/pages/${page.id}`;
    const go = () => call(emu, 'GET', path, { auth: appJwt(app, 'GET', path, clock.ms) });
    const first = await go();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(first.headers.get('x-ratelimit-reset')).toBe(new Date(clock.ms + 10_000).toISOString());
    expect((await go()).headers.get('x-ratelimit-nearlimit')).toBe('true');
    clock.ms += 3_000;
    const limited = await go();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.headers.get('ratelimit-reason')).toBe('confluence-quota-based');
    expect(await limited.json()).toMatchObject({ errors: [{ status: 429, code: 'TOO_MANY_REQUESTS' }] });
    clock.ms += 7_000;
    expect((await go()).status).toBe(200);
  });

  it('limits Basic-auth users by e-mail and leaves other callers alone', async () => {
    const { emu, page, asAdmin, asBob } = setup();
    await put(emu, 'quotas', { quotas: [{ subject: 'bob@example.com', limit: 1 }] });
    const path = `/wiki/rest/api/content/${page.id}`;
    expect((await call(emu, 'GET', path, { auth: asBob })).status).toBe(200);
    const limited = await call(emu, 'GET', path, { auth: asBob });
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ statusCode: 429 });
    const admin = await call(emu, 'GET', path, { auth: asAdmin });
    expect(admin.status).toBe(200);
    expect(admin.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('refuses invalid quota settings', async () => {
    const { emu } = setup();
    expect((await put(emu, 'quotas', { quotas: [{ subject: 'x', limit: -1 }] })).status).toBe(400);
  });
});

describe('fault injection', () => {
  it('answers 503 with Retry-After and 500 without, for the given number of times', async () => {
    const { emu, page, asAdmin } = setup();
    await put(emu, 'faults', {
      faults: [
        { method: 'GET', path: '/wiki/api/v2/pages/*', status: 503, retryAfterSeconds: 2, times: 1 },
        { path: '/wiki/rest/api/content/*', status: 500 },
      ],
    });
    const a = await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin });
    expect([a.status, a.headers.get('retry-after')]).toEqual([503, '2']);
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin })).status).toBe(200);
    const b = await call(emu, 'GET', `/wiki/rest/api/content/${page.id}`, { auth: asAdmin });
    expect([b.status, b.headers.get('retry-after')]).toEqual([500, null]);
    expect(((await (await call(emu, 'GET', '/__emulator/faults')).json()) as { faults: unknown[] }).faults).toHaveLength(1);
    expect((await call(emu, 'DELETE', '/__emulator/faults')).status).toBe(204);
    expect((await call(emu, 'GET', `/wiki/rest/api/content/${page.id}`, { auth: asAdmin })).status).toBe(200);
  });

  it('adds latency', async () => {
    const { emu, page, asAdmin } = setup();
    await put(emu, 'faults', { faults: [{ path: '/wiki/*', latencyMs: 120 }] });
    const start = performance.now();
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, { auth: asAdmin })).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(110);
  });

  it('drops the connection: in process the request rejects, on a port fetch fails', async () => {
    const emu = createEmulator();
    await put(emu, 'faults', { faults: [{ path: '/wiki/*', drop: true }] });
    await expect(Promise.resolve(emu.app.request('http://x/wiki/api/v2/spaces'))).rejects.toThrow(/dropped/);
    const origin = await emu.listen(0);
    try {
      await expect(fetch(`${origin}/wiki/api/v2/spaces`)).rejects.toThrow();
    } finally {
      await emu.close();
    }
  });

  it('refuses a fault without an effect', async () => {
    const { emu } = setup();
    expect((await put(emu, 'faults', { faults: [{ path: '/wiki/*' }] })).status).toBe(400);
  });
});
