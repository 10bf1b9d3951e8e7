import { describe, expect, it } from 'vitest';
import { addSpace, addUser, createEmulator } from '../src/index.js';
import { parseMainArgs } from '../src/cli-args.js';
import { call, doc, setup } from './helpers.js';

describe('control API', () => {
  it('resets the site and re-runs the seed', async () => {
    let seeded = 0;
    const emu = createEmulator({
      seed: (site) => {
        seeded += 1;
        addUser(site, { email: 'admin@example.com', apiToken: 'demo-token' });
        addSpace(site, { key: 'DEMO' });
      },
    });
    addSpace(emu.state, { key: 'EXTRA' });
    await call(emu, 'PUT', '/__emulator/faults', { body: { faults: [{ path: '/wiki/*', status: 500 }] } });
    expect((await call(emu, 'POST', '/__emulator/reset')).status).toBe(204);
    expect(seeded).toBe(2);
    expect([...emu.state.spaces.values()].map((s) => s.key)).toEqual(['DEMO']);
    expect(emu.faults.list()).toEqual([]);
  });

  it('chooses the acting user of the page view by account id or e-mail', async () => {
    const { emu, bob } = setup();
    const res = await call(emu, 'PUT', '/__emulator/acting-user', { body: { email: 'BOB@example.com' } });
    expect(await res.json()).toMatchObject({ accountId: bob.accountId });
    expect(emu.state.actingUserId).toBe(bob.accountId);
    expect(await (await call(emu, 'GET', '/__emulator/acting-user')).json()).toMatchObject({ email: 'bob@example.com' });
    expect((await call(emu, 'PUT', '/__emulator/acting-user', { body: { accountId: 'nobody' } })).status).toBe(404);
    expect((await call(emu, 'PUT', '/__emulator/acting-user', { body: { who: 1 } })).status).toBe(400);
  });

  it('saves a new page version (the page changed under the app)', async () => {
    const { emu, page, asAdmin } = setup();
    const res = await call(emu, 'POST', `/__emulator/content/${page.id}/versions`, { body: { adf: doc('changed'), message: 'edit' } });
    expect(await res.json()).toEqual({ id: page.id, version: 2 });
    const v = (await (await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=storage`, { auth: asAdmin })).json()) as { version: { number: number }; body: { storage: { value: string } } };
    expect([v.version.number, v.body.storage.value]).toEqual([2, '<p>changed</p>']);
    expect((await call(emu, 'POST', '/__emulator/content/999/versions', { body: {} })).status).toBe(404);
  });

  it('answers unknown control routes, bad JSON and unknown keys clearly', async () => {
    const { emu } = setup();
    expect((await call(emu, 'GET', '/__emulator/nothing')).status).toBe(404);
    const bad = await emu.app.request('http://x/__emulator/faults', { method: 'PUT', body: '{not json' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Body must be JSON' });
    expect((await call(emu, 'GET', '/__emulator/install-keys/not-the-kid')).status).toBe(404);
    const pem = await call(emu, 'GET', `/__emulator/install-keys/${emu.keys().kid}`);
    expect(await pem.text()).toContain('BEGIN PUBLIC KEY');
    expect((await call(emu, 'PUT', '/__emulator/apps/none/license', { body: { active: true } })).status).toBe(404);
  });
});

describe('parseMainArgs', () => {
  it('reads --port, --host and --no-seed', () => {
    expect(parseMainArgs(['--port', '9000', '--no-seed'])).toEqual({ port: 9000, host: '127.0.0.1', seed: false, forgeApps: [] });
    expect(parseMainArgs([])).toEqual({ port: 8090, host: '127.0.0.1', seed: true, forgeApps: [] });
    expect(parseMainArgs(['--forge-app', 'a', '--forge-app', 'b']).forgeApps).toEqual(['a', 'b']);
  });
  it.each([[['--port']], [['--port', 'x']], [['--port', '70000']], [['--verbose']]])('refuses %j', (argv) => {
    expect(() => parseMainArgs(argv)).toThrow();
  });
});
