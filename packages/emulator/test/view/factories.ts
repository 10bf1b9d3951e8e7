import { Hono } from 'hono';
import { addBlogPost, addLabels, addPage, addSpace, addUser, createSite, editPage, putApp, type AdfNode, type InstalledApp, type Site } from '../../src/state/index.js';
import { viewRoutes } from '../../src/view/index.js';

/** A small ADF document with one paragraph. */
export const doc = (...texts: string[]): AdfNode => ({ type: 'doc', version: 1, content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

/** Label UP!'s descriptor modules (button with its four conditions, dashboard dialog). */
export const labelUpModules = (overrides: { cacheable?: boolean } = {}): Record<string, unknown> => ({
  webItems: [
    {
      key: 'labelup-button',
      location: 'system.content.button',
      name: { value: 'Label UP!' },
      tooltip: { value: 'Suggest labels' },
      url: '/app/index.html?target=inlinedialog&page={page.id}',
      cacheable: overrides.cacheable ?? true,
      target: { type: 'inlinedialog' },
      conditions: [
        { condition: 'user_is_logged_in' },
        { or: [{ condition: 'has_page' }, { condition: 'has_blog_post' }] },
        { condition: 'latest_version' },
        { condition: 'has_page_permission', params: { permission: 'EDIT' } },
      ],
    },
  ],
  dialogs: [{ key: 'labelup-dashboard', url: '/app/index.html?target=dialog', cacheable: true, options: { chrome: false, size: 'x-large' } }],
});

/** An installed app record; `baseUrl` is where its iframes load from. */
export function installTestApp(site: Site, overrides: Partial<InstalledApp> & { modules?: Record<string, unknown> } = {}): InstalledApp {
  const { modules, ...rest } = overrides;
  const bot = addUser(site, { displayName: 'Label UP! (app)', accountType: 'app', email: `app-${site.apps.size}@connect.example` });
  const app: InstalledApp = {
    key: 'com.example.labelup',
    name: 'Label UP!',
    baseUrl: 'https://app.example.com',
    descriptor: { key: 'com.example.labelup', modules: modules ?? labelUpModules() },
    clientKey: 'client-key-1',
    sharedSecret: 'shared-secret-that-is-long-enough-0123456789',
    oauthClientId: 'oauth-1',
    scopes: ['READ', 'WRITE'],
    accountId: bot.accountId,
    enableLicensing: true,
    license: 'active',
    installedAt: '2026-01-01T00:00:00.000Z',
    ...rest,
  };
  putApp(site, app);
  return app;
}

/**
 * A site for view tests: admin + editor (edit everywhere), viewer (read-only in DOC), space DOC with a
 * home page, a child page with two versions and labels, a blog post; Label UP! installed.
 */
export function viewFixture(options: { cacheable?: boolean } = {}) {
  const site = createSite({ baseUrl: 'http://confluence.test/wiki', now: () => Date.parse('2026-05-01T12:00:00Z') });
  const admin = addUser(site, { email: 'admin@example.com', displayName: 'Ada Admin', apiToken: 'demo-token' });
  const editor = addUser(site, { email: 'ed@example.com', displayName: 'Ed Itor', locale: 'de_DE' });
  const viewer = addUser(site, { email: 'vi@example.com', displayName: 'Vi Ewer' });
  const space = addSpace(site, { key: 'DOC', name: 'Docs', permissions: { view: '*', edit: [admin.accountId, editor.accountId] } });
  const home = addPage(site, { spaceId: space.id, title: 'Docs home', adf: doc('Welcome') });
  const page = addPage(site, { spaceId: space.id, parentId: home.id, title: 'Runbook <one>', adf: doc('first version') });
  editPage(site, page.id, { adf: doc('second version'), authorId: editor.accountId });
  addLabels(site, page, ['runbook', 'ops']);
  const blog = addBlogPost(site, { spaceId: space.id, title: 'News & notes', adf: doc('a blog post') });
  const app = installTestApp(site, { modules: labelUpModules(options) });
  const routes = viewRoutes({ site });
  const http = new Hono().route('/', routes);
  return { site, admin, editor, viewer, space, home, page, blog, app, http };
}
