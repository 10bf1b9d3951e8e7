import { describe, expect, it } from 'vitest';
import { addPage, addUser, setSpacePermissions } from '../src/index.js';
import { basic, call, setup } from './helpers.js';

describe('permission matrix over REST', () => {
  it.each([
    // [space view, space edit, page view restriction, page edit restriction, can read, can label]
    ['everyone', 'everyone', 'none', 'none', 200, 200],
    ['everyone', 'nobody', 'none', 'none', 200, 403],
    ['nobody', 'nobody', 'none', 'none', 404, 404],
    ['everyone', 'everyone', 'other', 'none', 404, 404],
    ['everyone', 'everyone', 'none', 'other', 200, 403],
    ['everyone', 'everyone', 'carol', 'carol', 200, 200],
  ] as const)('space view %s / edit %s, page view %s / edit %s → read %d, label %d', async (view, edit, pageView, pageEdit, read, label) => {
    const { emu, space, admin } = setup();
    const carol = addUser(emu.state, { email: 'carol@example.com', apiToken: 'c' });
    const who = (x: string): string[] | '*' => (x === 'everyone' ? '*' : x === 'nobody' ? [admin.accountId] : [carol.accountId]);
    setSpacePermissions(space, { view: who(view), edit: who(edit) });
    const restriction = (x: string) => (x === 'none' ? undefined : x === 'other' ? [admin.accountId] : [carol.accountId]);
    const page = addPage(emu.state, { spaceId: space.id, title: 'M', restrictions: { ...(restriction(pageView) ? { view: restriction(pageView) } : {}), ...(restriction(pageEdit) ? { edit: restriction(pageEdit) } : {}) } });
    const auth = basic('carol@example.com', 'c');
    expect((await call(emu, 'GET', `/wiki/api/v2/pages/${page.id}`, { auth })).status).toBe(read);
    expect((await call(emu, 'POST', `/wiki/rest/api/content/${page.id}/label`, { auth, body: [{ name: 'x' }] })).status).toBe(label);
  });
});
