import { createQueryStringHash, decodeSymmetric, encodeSymmetric, fromMethodAndUrl, SymmetricAlgorithm } from 'atlassian-jwt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPage, addSpace, addUser, createEmulator, type Emulator } from '../../src/index.js';
import { doc } from '../helpers.js';
import { startDocApp, type DocApp } from './doc-app.js';

let emu: Emulator;
let origin: string;
let docApp: DocApp;
let pageId: string;

beforeEach(async () => {
  emu = createEmulator();
  const user = addUser(emu.state, { email: 'admin@example.com', apiToken: 'demo-token' });
  const space = addSpace(emu.state, { key: 'DOC' });
  pageId = addPage(emu.state, { spaceId: space.id, title: 'Hello', adf: doc('hi'), authorId: user.accountId }).id;
  origin = await emu.listen(0);
  docApp = await startDocApp(() => `${origin}/__emulator/install-keys`);
});
afterEach(async () => {
  await docApp.close();
  await emu.close();
});

const install = () =>
  fetch(`${origin}/__emulator/apps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ descriptorUrl: `${docApp.origin}/atlassian-connect.json` }) });

/** A REST call made by the app from its installation payload only. */
function appCall(payload: Record<string, unknown>, path: string): Promise<Response> {
  const iat = Math.floor(Date.now() / 1000);
  const qsh = createQueryStringHash(fromMethodAndUrl('GET', path));
  // As atlassian-connect-express sends it: iss = app key, aud = [clientKey], qsh relative to the product base URL.
  const token = encodeSymmetric({ iss: payload.key, iat, exp: iat + 180, qsh, aud: [payload.clientKey] }, payload.sharedSecret as string);
  return fetch(`${payload.baseUrl as string}${path}`, { headers: { authorization: `JWT ${token}` } });
}

describe('signed install (real ports)', () => {
  it('installs: the app verifies the RS256 lifecycle JWT with the published PEM and gets a shared secret that works', async () => {
    const res = await install();
    expect(res.status).toBe(201);
    const answer = (await res.json()) as { key: string; clientKey: string };
    expect(docApp.failures).toEqual([]);
    expect(docApp.events).toHaveLength(1);
    const payload = docApp.events[0] as Record<string, unknown>;
    expect(payload).toMatchObject({ key: 'doc-app', clientKey: answer.clientKey, eventType: 'installed', productType: 'confluence', baseUrl: `${origin}/wiki` });
    expect(typeof payload.sharedSecret).toBe('string');
    expect(typeof payload.oauthClientId).toBe('string');
    const rest = await appCall(payload, `/rest/api/content/${pageId}?expand=body.atlas_doc_format`);
    expect(rest.status).toBe(200);
    expect(((await rest.json()) as { title: string }).title).toBe('Hello');
  });

  it('resolves lifecycle URLs relative to the app baseUrl, as Connect does, and refuses absolute ones (issue 12, item 3)', async () => {
    const other = await startDocApp(() => `${origin}/__emulator/install-keys`);
    try {
      // A descriptor naming someone else's baseUrl-scoped callback on another host gets no token sent anywhere.
      docApp.descriptor.lifecycle = { installed: `${other.origin}/installed` };
      const refused = await install();
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/lifecycle\.installed: must be a URL relative to baseUrl/);
      docApp.descriptor.lifecycle = { installed: '//evil.example/installed' };
      expect((await install()).status).toBe(400);
      expect(other.events).toEqual([]);
      expect(docApp.events).toEqual([]);
      docApp.descriptor.lifecycle = { installed: 'installed' };
      expect((await install()).status).toBe(201);
      expect(docApp.events).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('rotates the shared secret on reinstall and keeps the client key', async () => {
    await install();
    await install();
    expect(docApp.failures).toEqual([]);
    const [first, second] = docApp.events as [Record<string, unknown>, Record<string, unknown>];
    expect(second.clientKey).toBe(first.clientKey);
    expect(second.sharedSecret).not.toBe(first.sharedSecret);
    expect((await appCall(first, `/rest/api/content/${pageId}`)).status).toBe(403);
    expect((await appCall(second, `/rest/api/content/${pageId}`)).status).toBe(200);
  });

  it('uninstalls with a signed uninstalled event; the secret stops working', async () => {
    await install();
    const del = await fetch(`${origin}/__emulator/apps/doc-app`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(docApp.failures).toEqual([]);
    expect(docApp.events.map((e) => e.eventType)).toEqual(['installed', 'uninstalled']);
    expect((await appCall(docApp.events[0] as Record<string, unknown>, `/rest/api/content/${pageId}`)).status).toBe(403);
    expect(del.headers.get('x-emulator-uninstalled-callback')).toBe('204');
    expect((await fetch(`${origin}/__emulator/apps/doc-app`, { method: 'DELETE' })).status).toBe(404);
  });

  it('removes the app even when the uninstalled callback cannot be reached', async () => {
    await install();
    await docApp.close();
    const del = await fetch(`${origin}/__emulator/apps/doc-app`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    expect(del.headers.get('x-emulator-uninstalled-callback')).toContain('failed');
    expect(emu.state.apps.size).toBe(0);
    docApp = await startDocApp(() => `${origin}/__emulator/install-keys`);
  });

  it('does not complete the install when the installed callback fails', async () => {
    docApp.installedStatus = 500;
    const res = await install();
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: string }).error).toContain('answered 500');
    expect(await (await fetch(`${origin}/__emulator/apps`)).json()).toEqual([]);
  });

  it('refuses an invalid descriptor and an unreachable one with clear errors', async () => {
    docApp.descriptor = { key: 'bad key!', baseUrl: 'ftp://x', authentication: { type: 'none' }, scopes: ['READ', 'FLY'] };
    const res = await install();
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: string };
    for (const field of ['key', 'baseUrl', 'authentication.type', 'scopes']) expect(error).toContain(field);
    const unreachable = await fetch(`${origin}/__emulator/apps`, { method: 'POST', body: JSON.stringify({ descriptorUrl: 'http://127.0.0.1:1/x.json' }) });
    expect(unreachable.status).toBe(502);
    expect((await fetch(`${origin}/__emulator/apps`, { method: 'POST', body: '{}' })).status).toBe(400);
  });

  it('mints context tokens the app can verify with its shared secret', async () => {
    await install();
    const payload = docApp.events[0] as Record<string, unknown>;
    const user = [...emu.state.users.values()].find((u) => u.email === 'admin@example.com');
    const token = emu.mintContextToken({ appKey: 'doc-app', accountId: user?.accountId ?? '', contentId: pageId });
    const claims = decodeSymmetric(token, payload.sharedSecret as string, SymmetricAlgorithm.HS256) as Record<string, unknown>;
    expect(claims).toMatchObject({
      iss: payload.clientKey,
      sub: user?.accountId,
      qsh: 'context-qsh',
      context: { confluence: { content: { id: pageId, version: '1', type: 'page' }, space: { key: 'DOC' } }, license: { active: true } },
    });
    await fetch(`${origin}/__emulator/apps/doc-app/license`, { method: 'PUT', body: JSON.stringify({ active: false }) });
    const unlicensed = decodeSymmetric(emu.mintContextToken({ appKey: 'doc-app', accountId: 'x' }), payload.sharedSecret as string, SymmetricAlgorithm.HS256) as { context: unknown };
    expect(unlicensed.context).toEqual({ license: { active: false } });
    expect(() => emu.mintContextToken({ appKey: 'nope', accountId: 'x' })).toThrow(/not installed/);
  });
});
