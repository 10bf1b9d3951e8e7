import { FORGE_HOST_ENDPOINTS } from '../forge/browser-routes.js';
import { visibleBylineItems } from '../forge/context.js';
import type { ForgeHost } from '../forge/host.js';
import { currentVersion, labelsOf, userLocaleTag, type Content, type ContentVersion, type Site } from '../state/index.js';
import { actingUser } from './acting-user.js';
import { html, jsonForScript, type SafeHtml } from './html.js';
import { iframeContext } from './iframe-url.js';
import { layout } from './layout.js';
import { contentPath } from './paths.js';
import { renderAdf } from './render-adf.js';
import { webItemsAt } from './web-items.js';

/** The Connect location of the buttons next to the page title. */
export const CONTENT_BUTTON_LOCATION = 'system.content.button';

/** Paths of the host-side endpoints the page view's script calls (served by `host-routes.ts`). */
export const HOST_ENDPOINTS = { iframe: '/wiki/__emulator/host/iframe', token: '/wiki/__emulator/host/token', script: '/wiki/__emulator/host.js' } as const;

function ancestors(site: Site, content: Content): Content[] {
  const out: Content[] = [];
  let parentId = content.parentId;
  while (parentId !== undefined && out.length < 50) {
    const parent = site.contents.get(parentId);
    if (!parent) break;
    out.unshift(parent);
    parentId = parent.parentId;
  }
  return out;
}

/**
 * The page view of a page or blog post at a version: breadcrumbs, title, byline, the installed apps'
 * `system.content.button` web items whose conditions hold, the rendered ADF body, labels, an
 * old-version banner, and a minimal edit form (the emulator's stand-in for the editor).
 */
export function renderPageView(site: Site, content: Content, version: ContentVersion, forge?: ForgeHost): SafeHtml {
  const me = actingUser(site);
  const latest = currentVersion(content);
  const isLatest = version.number === latest.number;
  const space = site.spaces.get(content.spaceId);
  const author = site.users.get(version.authorId)?.displayName ?? 'Unknown user';
  const buttons = webItemsAt(CONTENT_BUTTON_LOCATION, { site, ...(me ? { accountId: me.accountId } : {}), content, viewedVersion: version.number });
  const forgeItems = forge ? visibleBylineItems(site, forge.installations.values(), content, me?.accountId) : [];
  const labels = labelsOf(site, content, me?.accountId);
  const here = contentPath(site, content);
  const config = {
    contentId: content.id,
    contentType: content.type,
    version: version.number,
    endpoints: HOST_ENDPOINTS,
    forge: { endpoints: FORGE_HOST_ENDPOINTS },
    /** `AP.user.getLocale()`: the acting user's profile locale as a BCP 47 tag. */
    locale: userLocaleTag(me),
    contexts: Object.fromEntries([...site.apps.values()].map((a) => [a.key, iframeContext(site, a, content)])),
  };
  const body = html`
<nav class="breadcrumbs"><a href="/wiki/">Spaces</a> / <a href="${space?.homepageId ? contentPath(site, site.contents.get(space.homepageId) ?? content) : '/wiki/'}">${space?.name ?? ''}</a>${ancestors(site, content).map(
    (a) => html` / <a href="${contentPath(site, a)}">${currentVersion(a).title}</a>`,
  )}</nav>
${isLatest ? '' : html`<div class="old-version" data-testid="old-version">You are viewing an old version of this ${content.type === 'page' ? 'page' : 'blog post'} (v. ${version.number}). <a href="${here}">View the current version</a>.</div>`}
<div class="page-header"><h1 class="title" data-testid="title">${version.title}</h1>
<div class="content-buttons" id="content-buttons">${buttons.map(
    (b) => html`<button type="button" class="app-button" data-testid="web-item" data-app-key="${b.app.key}" data-module-key="${b.key}" data-target="${b.target}" title="${b.tooltip}">${b.name || b.app.name || b.key}</button>`,
  )}</div></div>
<div class="byline">${content.type === 'blogpost' ? 'Blog post' : 'Page'} by ${author} · ${version.createdAt.slice(0, 10)} · v. ${version.number}${isLatest ? '' : html` of ${latest.number}`}
${content.versions.length > 1 ? html` · versions: ${content.versions.map((v) => html`<a href="${here}?version=${v.number}">${v.number}</a> `)}` : ''}
${forgeItems.length > 0 ? html`<span class="forge-byline-items">${forgeItems.map(
    ({ installation, item }) => html`<button type="button" class="forge-byline-item" data-testid="forge-byline-item" data-forge-app="${installation.installationId}" data-module-key="${item.key}" title="${item.tooltip ?? ''}">${item.title}</button>`,
  )}</span>` : ''}</div>
<article class="page-body" data-testid="page-body">${renderAdf(version.adf, { displayName: (id) => site.users.get(id)?.displayName })}</article>
<section class="labels" data-testid="labels"><strong>Labels:</strong> ${labels.length === 0 ? html`<span class="muted">No labels</span>` : labels.map((l) => html`<span class="label label-${l.prefix}" data-label="${l.name}">${l.prefix === 'global' ? '' : `${l.prefix}:`}${l.name}</span>`)}</section>
${isLatest && me ? html`<details class="edit-box"><summary class="muted">Edit (emulator)</summary><form method="post" action="/wiki/pages/${content.id}/edit">
<input type="hidden" name="mode" value="append"><textarea name="text" aria-label="Paragraph to append" placeholder="Paragraph to append"></textarea><button class="primary" type="submit">Append and publish</button></form></details>` : ''}`;
  const tail = html`<script type="application/json" id="emulator-host-config">${jsonForScript(config)}</script><script src="${HOST_ENDPOINTS.script}"></script>${forgeItems.length > 0 ? html`<script src="${FORGE_HOST_ENDPOINTS.script}"></script>` : ''}`;
  return layout({ site, title: version.title, body, tail, returnTo: isLatest ? here : `${here}?version=${version.number}` });
}

