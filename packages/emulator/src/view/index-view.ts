import { canView, canViewSpace, currentVersion, type Site } from '../state/index.js';
import { actingUser } from './acting-user.js';
import { html, type SafeHtml } from './html.js';
import { layout } from './layout.js';
import { contentPath } from './paths.js';

/** The index `/wiki/`: every space the acting user can see, with its pages and blog posts and their labels. */
export function renderIndex(site: Site): SafeHtml {
  const me = actingUser(site);
  const spaces = me ? [...site.spaces.values()].filter((s) => canViewSpace(site, me.accountId, s)) : [];
  const apps = [...site.apps.values()];
  const body = html`<h1>Spaces</h1>
${me ? '' : html`<p data-testid="log-in">You are not logged in. Choose a user in the top bar to see the spaces.</p>`}
${apps.length > 0 ? html`<p class="muted">Installed apps: ${apps.map((a) => a.name ?? a.key).join(', ')}</p>` : ''}
${spaces.map((s) => {
    const contents = [...site.contents.values()].filter((c) => c.spaceId === s.id && c.status === 'current' && me && canView(site, me.accountId, c));
    return html`<section data-testid="space" data-space-key="${s.key}"><h2>${s.name} <span class="muted">(${s.key})</span></h2>
<ul class="page-list">${contents.map((c) => {
      const v = currentVersion(c);
      return html`<li><a href="${contentPath(site, c)}">${v.title}</a>${c.type === 'blogpost' ? html` <span class="muted">(blog)</span>` : ''}</li>`;
    })}</ul></section>`;
  })}`;
  return layout({ site, title: 'Spaces', body, returnTo: '/wiki/' });
}
