import type { Site } from '../state/index.js';
import { actingUser } from './acting-user.js';
import { html, raw, type SafeHtml } from './html.js';
import { STYLES } from './styles.js';

/** Input of {@link layout}. */
export interface LayoutInput {
  site: Site;
  title: string;
  body: SafeHtml;
  /** Path to come back to after switching user. */
  returnTo: string;
  /** Extra markup at the end of <body> (the host script and its config). */
  tail?: SafeHtml;
}

/** The page chrome: top bar with the site name, a user switcher (acting user), and the content. */
export function layout(input: LayoutInput): SafeHtml {
  const { site } = input;
  const me = actingUser(site);
  const humans = [...site.users.values()].filter((u) => u.accountType === 'atlassian');
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${input.title} - Confluence</title><style>${raw(STYLES)}</style></head>
<body>
<header class="topbar"><a class="logo" href="/wiki/">Confluence</a><a href="/wiki/">Spaces</a><span class="spacer"></span>
<form method="post" action="/wiki/__emulator/act-as" data-testid="user-switcher"><span class="muted">Acting as</span>
<select name="accountId" aria-label="Acting user"><option value="">(anonymous)</option>${humans.map(
    (u) => html`<option value="${u.accountId}"${raw(u.accountId === me?.accountId ? ' selected' : '')}>${u.displayName} (${u.email})</option>`,
  )}</select><input type="hidden" name="returnTo" value="${input.returnTo}"><button type="submit">Switch</button></form>
</header>
<main>${input.body}</main>
${input.tail}
</body></html>`;
}
