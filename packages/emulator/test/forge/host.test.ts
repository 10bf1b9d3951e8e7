import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addPage, labelsOf } from '../../src/index.js';
import { doc } from '../helpers.js';
import { ForgeError } from '../../src/forge/errors.js';
import { FIXTURE_APP_DIR, FIXTURE_APP_ID, forgeSite, warmUpManifestValidator } from './fixture.js';

type Answer = { status: number; body: unknown };

describe('Forge host: install and resolvers', () => {
  let s = forgeSite();
  beforeAll(warmUpManifestValidator);
  afterEach(() => {
    s.emu.reset();
    s = forgeSite();
  });

  it('installs an app from its manifest directory with functions, byline item, consumer, trigger and scopes', async () => {
    const { installation } = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    expect(installation.app.appId).toBe(FIXTURE_APP_ID);
    expect(installation.installationId).toMatch(/^[0-9a-f-]{36}$/);
    expect([...installation.app.functions.keys()]).toEqual(['resolver', 'consume', 'on-update']);
    expect(installation.app.functions.get('resolver')).toMatchObject({ exportName: 'handler', memoryMB: 256 });
    expect(installation.app.functions.get('consume')?.timeoutSeconds).toBe(60);
    expect(installation.app.bylineItems.map((b) => b.key)).toEqual(['fixture-byline']);
    expect(installation.app.consumers).toEqual([{ key: 'fixture-consumer', queue: 'fixture-queue', function: 'consume' }]);
    expect(installation.app.scopes).toContain('write:label:confluence');
    expect(s.emu.state.users.get(installation.accountId)?.accountType).toBe('app');
    const again = await s.emu.installForgeApp(FIXTURE_APP_DIR);
    expect(again.installation.installationId).toBe(installation.installationId);
  });

  it('refuses a directory without a valid manifest, with the validator message', async () => {
    await expect(s.emu.installForgeApp('/nonexistent/app')).rejects.toThrow(/No manifest.yml/);
  });

  it('runs the resolver as the invoking user with the context @forge/resolver builds', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const who = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'whoami' })) as Record<string, unknown>;
    expect(who['accountId']).toBe(s.editor.accountId);
    expect(who['moduleKey']).toBe('fixture-byline');
    expect(who['extension']).toMatchObject({ type: 'confluence:contentBylineItem', content: { id: s.page.id, type: 'page', version: 1 }, space: { key: 'ENG' } });
  });

  it('asUser: an editor adds a label, a viewer is refused by Confluence (403), nothing added', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const ok = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'addLabelAsUser', payload: { pageId: s.page.id, label: 'runbook' } })) as Answer;
    expect(ok.status).toBe(200);
    const refused = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.viewer.accountId, functionKey: 'addLabelAsUser', payload: { pageId: s.page.id, label: 'viewer-label' } })) as Answer;
    expect(refused.status).toBe(403);
    expect(labelsOf(s.emu.state, s.emu.state.contents.get(s.page.id)!).map((l) => l.name)).toEqual(['runbook']);
  });

  it('asUser sees what the user sees: a page restricted to the editor is a 404 for the viewer; asApp reads it', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const secret = addPage(s.emu.state, { spaceId: s.page.spaceId, title: 'Secret', adf: doc('hush'), authorId: s.editor.accountId });
    secret.restrictions.view = [s.editor.accountId];
    const read = (accountId: string, functionKey: string) => s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId, functionKey, payload: { pageId: secret.id } }) as Promise<Answer>;
    expect((await read(s.viewer.accountId, 'readPage')).status).toBe(404);
    expect((await read(s.editor.accountId, 'readPage')).status).toBe(200);
    expect((await read(s.viewer.accountId, 'readPageAsApp')).status).toBe(200);
  });

  it('refuses a request outside the manifest scopes with 401 "scope does not match"', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const answer = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'listSpaces' })) as Answer;
    expect(answer).toEqual({ status: 401, body: { code: 401, message: 'Unauthorized; scope does not match' } });
  });

  it('applies the emulator rate limits to the app: the second request in the window is a 429', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    s.emu.quotas.set([{ subject: FIXTURE_APP_ID, limit: 1, windowSeconds: 60 }]);
    const read = () => s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'readPageAsApp', payload: { pageId: s.page.id } }) as Promise<Answer>;
    expect((await read()).status).toBe(200);
    expect((await read()).status).toBe(429);
  });

  it('applies fault injection to product requests', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    s.emu.faults.set([{ path: '/wiki/api/v2/pages/*', status: 503, times: 1 }]);
    const answer = (await s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'readPage', payload: { pageId: s.page.id } })) as Answer;
    expect(answer.status).toBe(503);
  });

  it('turns a thrown resolver error into a 500 ForgeError with the app message', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    const failing = s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, accountId: s.editor.accountId, functionKey: 'fail' });
    await expect(failing).rejects.toBeInstanceOf(ForgeError);
    await expect(failing).rejects.toThrow('resolver failed on purpose');
  });

  it('hides the byline item from an anonymous user: no invocation without a user', async () => {
    await s.emu.installForgeApp(FIXTURE_APP_DIR);
    await expect(s.emu.forge.invoke({ app: FIXTURE_APP_ID, contentId: s.page.id, functionKey: 'whoami' })).rejects.toThrow(/not shown/);
  });
});
