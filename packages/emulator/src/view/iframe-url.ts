import { createQueryStringHash, encodeSymmetric, fromMethodAndUrl, SymmetricAlgorithm } from 'atlassian-jwt';
import { CONTEXT_TOKEN_SECONDS } from '../connect/context-token.js';
import { currentVersion, type Content, type InstalledApp, type Site } from '../state/index.js';
import type { AppModule } from './web-items.js';

/** Connect version reported in `cv` (the host library version; any stable string works for apps). */
export const CONNECT_VERSION = '1001.0.0';

/** The context an app iframe runs in; also what `AP.context.getContext()` answers. */
export interface IframeContext {
  confluence?: { content: { id: string; version: string; type: string }; space: { id: string; key: string } };
  license?: { active: boolean };
}

/** The `context` claim / getContext answer for an app looking at a content. */
export function iframeContext(site: Site, app: InstalledApp, content?: Content): IframeContext {
  const out: IframeContext = {};
  if (content) {
    out.confluence = {
      content: { id: content.id, version: String(currentVersion(content).number), type: content.type },
      space: { id: content.spaceId, key: site.spaces.get(content.spaceId)?.key ?? '' },
    };
  }
  if (app.enableLicensing) out.license = { active: app.license === 'active' };
  return out;
}

/** Confluence context URL variables (`{page.id}`, `{content.version}`, `{space.key}`, …) for a content. */
function urlVariables(site: Site, content?: Content): Record<string, string> {
  if (!content) return {};
  const space = site.spaces.get(content.spaceId);
  const v = String(currentVersion(content).number);
  const vars: Record<string, string> = {
    'content.id': content.id, 'content.version': v, 'content.type': content.type, 'content.plugin': '',
    'space.id': content.spaceId, 'space.key': space?.key ?? '',
  };
  const prefix = content.type === 'page' ? 'page' : 'blogpost';
  Object.assign(vars, { [`${prefix}.id`]: content.id, [`${prefix}.version`]: v, [`${prefix}.type`]: content.type });
  return vars;
}

/** Input of {@link iframeUrl}. */
export interface IframeUrlInput {
  site: Site;
  module: AppModule;
  /** The viewing user (JWT `sub`). */
  accountId: string;
  content?: Content;
}

/**
 * The `src` of an app iframe, as the Connect host builds it: `app.baseUrl + module.url` with context URL
 * variables substituted, plus the standard iframe parameters `xdm_e` (host origin), `xdm_c` (channel),
 * `cp` (context path `/wiki`), `cv` and `lic` (`active` | `none`; `none` also when the app does not
 * enable licensing). A **non-cacheable** module additionally gets `jwt`: an HS256 token with the real
 * `qsh` of this URL and the context claim. A **cacheable** module gets no `jwt` — the URL must stay the
 * same for every user and page so browsers can cache it; the app asks `AP.context.getToken()` instead
 * (Connect's `cacheable` rule). INFERRED deviation: real Connect also omits `xdm_e`/`cp` on cacheable
 * URLs (its CDN all.js reads them from the iframe name); the emulator keeps them, because an app must find
 * the emulator's all.js at `${xdm_e}${cp}/atlassian-connect/all.js`.
 */
export function iframeUrl(input: IframeUrlInput): string {
  const { site, module, content } = input;
  const { app } = module;
  const vars = urlVariables(site, content);
  const path = module.url.replace(/\{([a-z.]+)\}/gi, (_, name: string) => encodeURIComponent(vars[name] ?? ''));
  const url = new URL(app.baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`));
  const host = new URL(site.baseUrl);
  url.searchParams.set('xdm_e', host.origin);
  url.searchParams.set('xdm_c', `channel-${app.key}__${module.key}`);
  url.searchParams.set('cp', host.pathname.replace(/\/+$/, ''));
  url.searchParams.set('cv', CONNECT_VERSION);
  url.searchParams.set('lic', app.enableLicensing && app.license === 'active' ? 'active' : 'none');
  if (!module.cacheable) {
    const iat = Math.floor(site.now() / 1000);
    const qsh = createQueryStringHash(fromMethodAndUrl('GET', url.pathname + url.search), false, app.baseUrl);
    const claims = { iss: app.clientKey, sub: input.accountId, iat, exp: iat + CONTEXT_TOKEN_SECONDS, qsh, context: iframeContext(site, app, content) };
    url.searchParams.set('jwt', encodeSymmetric(claims, app.sharedSecret, SymmetricAlgorithm.HS256));
  }
  return url.toString();
}
