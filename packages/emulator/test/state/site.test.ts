import { describe, expect, it } from 'vitest';
import {
  addPage,
  addSpace,
  addUser,
  canEdit,
  canView,
  createSite,
  currentVersion,
  editPage,
  findSpaceByKey,
  findUserByEmail,
  userLocaleTag,
  resetSite,
  updateProperty,
  createProperty,
  versionOf,
} from '../../src/state/index.js';

const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('site factories', () => {
  it('creates pages with numeric string ids and bumps versions on edit', () => {
    const site = createSite();
    const u = addUser(site, { email: 'A@example.com', apiToken: 't' });
    const space = addSpace(site, { key: 'DOC', name: 'Docs' });
    const page = addPage(site, { spaceId: space.id, title: 'Hello', adf: doc('one') });
    expect(page.id).toMatch(/^\d+$/);
    expect(space.homepageId).toBe(page.id);
    expect(currentVersion(page)).toMatchObject({ number: 1, title: 'Hello', storage: '<p>one</p>', authorId: u.accountId });
    editPage(site, page.id, { adf: doc('two & <three>') });
    expect(currentVersion(page)).toMatchObject({ number: 2, title: 'Hello', storage: '<p>two &amp; &lt;three&gt;</p>' });
    expect(versionOf(page, 1)?.storage).toBe('<p>one</p>');
    expect(findUserByEmail(site, 'a@EXAMPLE.com')?.accountId).toBe(u.accountId);
    expect(findSpaceByKey(site, 'DOC')?.id).toBe(space.id);
  });
  it('gives a profile locale as AP.user.getLocale does: a BCP 47 tag, en-US by default', () => {
    const site = createSite();
    expect(userLocaleTag(addUser(site, { locale: 'de_DE' }))).toBe('de-DE');
    expect(userLocaleTag(addUser(site, { locale: 'pt_BR' }))).toBe('pt-BR');
    expect(userLocaleTag(addUser(site, { locale: 'nb-no' }))).toBe('nb-NO');
    expect(userLocaleTag(addUser(site))).toBe('en-US');
    expect(userLocaleTag(addUser(site, { locale: 'not a locale' }))).toBe('en-US');
    expect(userLocaleTag(undefined)).toBe('en-US');
  });
  it('refuses bad input with clear errors', () => {
    const site = createSite();
    expect(() => addSpace(site, { key: 'bad key' })).toThrow(/Invalid space key/);
    addSpace(site, { key: 'A' });
    expect(() => addSpace(site, { key: 'A' })).toThrow(/already exists/);
    expect(() => addPage(site, { spaceId: 'nope', title: 'x' })).toThrow(/No space/);
    expect(() => editPage(site, '1', {})).toThrow(/No content/);
  });
  it('resets in place', () => {
    const site = createSite({ firstId: 10 });
    addUser(site);
    addSpace(site, { key: 'A' });
    resetSite(site);
    expect(site.users.size + site.spaces.size + site.contents.size).toBe(0);
    expect(addSpace(site, { key: 'B' }).id).toBe('10');
  });
});

describe('permissions', () => {
  it('applies space permissions and page restrictions', () => {
    const site = createSite();
    const alice = addUser(site);
    const bob = addUser(site);
    const carol = addUser(site);
    const bot = addUser(site, { accountType: 'app' });
    const space = addSpace(site, { key: 'S', permissions: { view: [alice.accountId, bob.accountId], edit: [alice.accountId] } });
    const page = addPage(site, { spaceId: space.id, title: 'p' });
    expect([canView(site, alice.accountId, page), canEdit(site, alice.accountId, page)]).toEqual([true, true]);
    expect([canView(site, bob.accountId, page), canEdit(site, bob.accountId, page)]).toEqual([true, false]);
    expect([canView(site, carol.accountId, page), canEdit(site, carol.accountId, page)]).toEqual([false, false]);
    expect(canEdit(site, bot.accountId, page)).toBe(true);
    page.restrictions = { view: [bob.accountId] };
    expect(canView(site, alice.accountId, page)).toBe(false);
    expect(canView(site, bob.accountId, page)).toBe(true);
    expect(canView(site, 'unknown', page)).toBe(false);
  });
});

describe('properties', () => {
  it('rejects a stale version and overwrites nothing', () => {
    const site = createSite();
    const space = addSpace(site, { key: 'S' });
    const page = addPage(site, { spaceId: space.id, title: 'p' });
    expect(updateProperty(site, page, 'k', { a: 1 }, 2, 'u', { createIfAbsent: true })).toMatchObject({ ok: false, reason: 'conflict' });
    expect(updateProperty(site, page, 'k', { a: 1 }, 1, 'u', { createIfAbsent: true })).toMatchObject({ ok: true, created: true });
    expect(updateProperty(site, page, 'k', { a: 2 }, 2, 'u')).toMatchObject({ ok: true, created: false });
    expect(updateProperty(site, page, 'k', { a: 3 }, 2, 'u')).toMatchObject({ ok: false, reason: 'conflict' });
    expect(page.properties.get('k')).toMatchObject({ value: { a: 2 }, version: { number: 2 } });
    expect(createProperty(site, page, 'k', 1, 'u')).toMatchObject({ ok: false, reason: 'exists' });
    expect(createProperty(site, page, 'x'.repeat(256), 1, 'u')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(createProperty(site, page, 'big', 'x'.repeat(40000), 'u')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
