import { Hono, type Context } from 'hono';
import type { ForgeHost } from '../forge/host.js';
import { canView, currentVersion, findUserByEmail, versionOf, type Content, type Site } from '../state/index.js';
import { actingUser } from './acting-user.js';
import { handleEdit } from './edit-route.js';
import { errorPage } from './error-page.js';
import { renderIndex } from './index-view.js';
import { renderPageView } from './page-view.js';
import { contentPath } from './paths.js';

const htmlResponse = (c: Context, body: { value: string }): Response => c.html(body.value);

/** Renders a content at `?version=n` (default current) after the access checks Confluence makes. */
function viewContent(c: Context, site: Site, forge: ForgeHost | undefined, spaceKey: string, id: string, type: Content['type']): Response {
  const me = actingUser(site);
  const here = c.req.path;
  if (!me) return errorPage(site, 401, 'Log in to continue', 'This site is not public. Choose a user in the top bar to log in.', here);
  const content = site.contents.get(id);
  // No access looks exactly like no page, as in Confluence.
  if (!content || content.type !== type || content.status !== 'current' || !canView(site, me.accountId, content)) {
    return errorPage(site, 404, 'Page not found', 'The page may have been removed, renamed, or you may not have permission to view it.', here);
  }
  const key = site.spaces.get(content.spaceId)?.key;
  const rawVersion = c.req.query('version');
  if (key !== spaceKey) return c.redirect(contentPath(site, content) + (rawVersion ? `?version=${encodeURIComponent(rawVersion)}` : ''), 302);
  let version = currentVersion(content);
  if (rawVersion !== undefined) {
    const n = Number(rawVersion);
    const found = Number.isInteger(n) ? versionOf(content, n) : undefined;
    if (!found) return errorPage(site, 404, 'Version not found', `This ${type === 'page' ? 'page' : 'blog post'} has no version ${rawVersion}.`, here);
    version = found;
  }
  return htmlResponse(c, renderPageView(site, content, version, forge));
}

/**
 * Confluence's browser-facing routes: the index `/wiki/`, the page view
 * `/wiki/spaces/{key}/pages/{id}[/{title}]` and blog view `/wiki/spaces/{key}/blog/[{yyyy}/{mm}/{dd}/]{id}[/{title}]`
 * (both with `?version=n`), the space overview `/wiki/spaces/{key}[/overview]` (redirects to the home page),
 * the legacy `/wiki/pages/viewpage.action?pageId=`, the edit action, and the
 * header's user switcher (`POST /wiki/__emulator/act-as`, form `accountId` or `email`, `returnTo`).
 */
export function pageRoutes(site: Site, forge?: ForgeHost): Hono {
  const app = new Hono();
  app.get('/wiki', (c) => c.redirect('/wiki/', 302));
  app.get('/wiki/', (c) => htmlResponse(c, renderIndex(site)));
  app.get('/wiki/spaces/:spaceKey/pages/:id{[0-9]+}/:title?', (c) => viewContent(c, site, forge, c.req.param('spaceKey'), c.req.param('id'), 'page'));
  app.get('/wiki/spaces/:spaceKey/blog/:y{[0-9]{4}}/:m{[0-9]{2}}/:d{[0-9]{2}}/:id{[0-9]+}/:title?', (c) =>
    viewContent(c, site, forge, c.req.param('spaceKey'), c.req.param('id'), 'blogpost'),
  );
  app.get('/wiki/spaces/:spaceKey/blog/:id{[0-9]+}/:title?', (c) => viewContent(c, site, forge, c.req.param('spaceKey'), c.req.param('id'), 'blogpost'));
  app.get('/wiki/spaces/:spaceKey{[A-Za-z0-9]+}/:overview{overview}?', (c) => {
    const space = [...site.spaces.values()].find((s) => s.key === c.req.param('spaceKey'));
    const home = space?.homepageId ? site.contents.get(space.homepageId) : undefined;
    const me = actingUser(site);
    if (!space || !home || !me || !canView(site, me.accountId, home)) return errorPage(site, me ? 404 : 401, me ? 'Space not found' : 'Log in to continue', me ? 'The space may not exist, or you may not have permission to view it.' : 'Choose a user in the top bar to log in.');
    return c.redirect(contentPath(site, home), 302);
  });
  app.get('/wiki/pages/viewpage.action', (c) => {
    const content = site.contents.get(c.req.query('pageId') ?? '');
    if (!content) return errorPage(site, 404, 'Page not found', 'No page with this id.');
    return c.redirect(contentPath(site, content), 302);
  });
  app.post('/wiki/pages/:id{[0-9]+}/edit', (c) => handleEdit(c, site));
  app.post('/wiki/__emulator/act-as', async (c) => {
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const accountId = typeof form['accountId'] === 'string' ? form['accountId'] : '';
    const email = typeof form['email'] === 'string' ? form['email'] : '';
    const returnTo = typeof form['returnTo'] === 'string' && /^\/wiki\//.test(form['returnTo']) ? form['returnTo'] : '/wiki/';
    if (accountId === '' && email === '') site.actingUserId = undefined;
    else {
      const user = accountId ? site.users.get(accountId) : findUserByEmail(site, email);
      if (!user) return errorPage(site, 400, 'Unknown user', 'There is no such user on this site.');
      site.actingUserId = user.accountId;
    }
    return c.redirect(returnTo, 303);
  });
  return app;
}
