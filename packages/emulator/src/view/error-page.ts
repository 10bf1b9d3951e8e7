import type { Site } from '../state/index.js';
import { html } from './html.js';
import { layout } from './layout.js';

/** A Confluence-style error page (HTML), e.g. "Page not found" — also what users without access see. */
export function errorPage(site: Site, status: 400 | 401 | 403 | 404, heading: string, detail: string, returnTo = '/wiki/'): Response {
  const body = html`<h1 data-testid="error">${heading}</h1><p>${detail}</p><p><a href="/wiki/">Go to the spaces list</a></p>`;
  return new Response(layout({ site, title: heading, body, returnTo }).value, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
