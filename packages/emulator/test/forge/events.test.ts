import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addApp } from '../../src/index.js';
import { ForgeError } from '../../src/forge/errors.js';
import { QUEUE_LIMITS } from '../../src/forge/queue.js';
import { FIXTURE_APP_DIR, FIXTURE_APP_ID, forgeSite, warmUpManifestValidator } from './fixture.js';

const CONNECT_FIXTURE_DIR = FIXTURE_APP_DIR.replace(/app\/$/, 'connect-app/');

describe('Forge host: queues, triggers, timeouts, Connect upgrade', () => {
  let s = forgeSite();
  beforeAll(warmUpManifestValidator);
  afterEach(() => {
    s.emu.reset();
    s = forgeSite();
  });

  it('a Queue.push from a resolver runs the consumer, which writes a content property as the app', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const { jobId } = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'enqueue', payload: { pageId: s.page.id } })) as { jobId: string };
    await s.emu.forge.idle();
    const property = s.emu.state.contents.get(s.page.id)?.properties.get('fixture');
    expect(property?.value).toEqual({ by: s.editor.accountId, jobId, queue: 'fixture-queue' });
    const installation = s.emu.forge.find(FIXTURE_APP_ID);
    expect(property?.version.by).toBe(installation?.accountId);
  });

  it(`refuses more than ${QUEUE_LIMITS.eventsPerMinute} events a minute per installation (RateLimitError in @forge/events)`, async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const answer = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'enqueueMany', payload: { pageId: s.page.id, count: 550, batch: 50 } })) as Record<string, unknown>;
    expect(answer).toMatchObject({ pushed: 500, error: 'RateLimitError' });
    await s.emu.forge.idle();
  });

  it('enforces the push limits on the server side too: 51 events 400, over 200 KB 413, delay over 900 s 400', async () => {
    const { installation } = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const push = (payload: unknown[]) => s.emu.forge.queues.handle(installation, 'publish/x', JSON.stringify({ queueName: 'fixture-queue', jobId: 'j1', payload }));
    expect((await push(Array.from({ length: 51 }, () => ({ body: {} })))).status).toBe(400);
    expect((await push([{ body: { big: 'x'.repeat(201 * 1024) } }])).status).toBe(413);
    expect((await push([{ body: {}, delayInSeconds: 901 }])).status).toBe(400);
    expect((await push([])).status).toBe(400);
  });

  it('a product event runs the trigger with the content, which writes as the app', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    expect(await s.emu.forge.emitProductEvent('avi:confluence:updated:page', s.page.id)).toBe(1);
    expect(await s.emu.forge.emitProductEvent('avi:confluence:created:page', s.page.id)).toBe(0);
    expect(s.emu.state.contents.get(s.page.id)?.properties.get('fixture-updates')?.value).toEqual({ count: 1, eventType: 'avi:confluence:updated:page' });
  });

  it('a page edit sends avi:confluence:updated:page to the trigger without holding up the response', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const res = await s.emu.app.request(`http://confluence.test/__emulator/content/${s.page.id}/versions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'edit' }) });
    expect(res.status).toBe(201);
    await s.emu.forge.idle();
    expect(s.emu.state.contents.get(s.page.id)?.properties.get('fixture-updates')?.value).toEqual({ count: 1, eventType: 'avi:confluence:updated:page' });
  });

  it('retries a failing consumer 4 times (5 runs in all), then counts the event failed', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { installation } = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const fixtureQueueOf = (jobId: string) => s.emu.forge.queues.handle(installation, 'stats/x', JSON.stringify({ queueName: 'fixture-queue', jobId }));
    // A page id that does not exist: the consumer's property write answers 404 and the consumer throws.
    const push = await s.emu.forge.queues.handle(installation, 'publish/x', JSON.stringify({ queueName: 'fixture-queue', jobId: 'job-1', payload: [{ body: { pageId: '999999', by: 'x' } }] }));
    expect(push.status).toBe(201);
    expect(await (await fixtureQueueOf('job-1')).json()).toEqual({ success: 0, inProgress: 1, failed: 0 });
    await s.emu.forge.idle();
    expect(await (await fixtureQueueOf('job-1')).json()).toEqual({ success: 0, inProgress: 0, failed: 1 });
    expect(logged.mock.calls.filter(([m]) => String(m).includes('consumer fixture-consumer failed: property write failed: 404'))).toHaveLength(5);
    logged.mockRestore();
  }, 20_000);

  it('fails a resolver that runs past its timeout with a 504 ForgeError', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR, { timeouts: { resolver: 0.2 } });
    const slow = s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'slow' });
    await expect(slow).rejects.toBeInstanceOf(ForgeError);
    await expect(slow).rejects.toMatchObject({ status: 504 });
  });

  it('upgrades an installed Connect app in place: same client key and bot user, Connect modules gone, installationId added', async () => {
    const connect = addApp(s.emu.state, { key: 'fixture-connect', scopes: ['READ', 'WRITE'] });
    connect.descriptor = { modules: { webItems: [{ key: 'old-button', location: 'system.content.button', url: '/x', name: { value: 'Old' } }] } };
    const { installation, upgradedConnectKey } = await s.emu.installForgeApp(CONNECT_FIXTURE_DIR);
    expect(upgradedConnectKey).toBe('fixture-connect');
    expect(installation.clientKey).toBe(connect.clientKey);
    expect(installation.accountId).toBe(connect.accountId);
    expect(installation.installationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.emu.state.apps.get('fixture-connect')?.descriptor['modules']).toEqual({});
  });
});
