import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { ForgeInstallation } from './types.js';

/** Where the emulator serves Custom UI files: `/__forge/resources/{installationId}/{resourceKey}/{file}`. */
export const RESOURCE_PREFIX = '/__forge/resources';
/** The iframe-side bridge (`window.__bridge`), injected into every resource's HTML. */
export const IFRAME_BRIDGE_PATH = '/__forge/bridge.js';
/** The `sandbox` of Custom UI iframes (https://developer.atlassian.com/platform/forge/custom-ui/iframe). */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-modals allow-downloads allow-pointer-lock';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json',
};

/**
 * The origin Custom UI is served from: another origin than the page view, as Atlassian serves it from its
 * CDN, so the iframe cannot reach into the host page. On loopback the emulator swaps `127.0.0.1` and
 * `localhost` (both reach the same server); elsewhere it falls back to the page's own origin.
 */
export function resourceOrigin(pageOrigin: string): string {
  const url = new URL(pageOrigin);
  if (url.hostname === '127.0.0.1') url.hostname = 'localhost';
  else if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  return url.origin;
}

/**
 * The Content-Security-Policy of a Custom UI resource: Forge's strict default (scripts and styles from
 * the resource itself, nothing inline unless `permissions.content` allows it; network only to itself and
 * `permissions.external.fetch.client`), framed only by the page view.
 */
export function resourceCsp(installation: ForgeInstallation, frameAncestor: string): string {
  const { scripts, styles } = installation.app.contentPermissions;
  const quoted = (list: string[]) => list.filter((s) => /^unsafe-(inline|eval|hashes)$/.test(s)).map((s) => `'${s}'`);
  const connect = installation.app.externalFetchClient.filter((a) => /^https?:\/\/[^\s;']+$/.test(a));
  return [
    "default-src 'none'",
    ["script-src 'self'", ...quoted(scripts)].join(' '),
    ["style-src 'self'", ...quoted(styles)].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...connect].join(' '),
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestor}`,
  ].join('; ');
}

/** A resource file: its bytes and content type, or undefined (missing, a folder, or outside the resource). */
export function readResource(installation: ForgeInstallation, resourceKey: string, file: string): { body: Buffer; type: string } | undefined {
  const root = installation.app.resources.get(resourceKey);
  if (!root) return undefined;
  const path = resolve(join(root, file === '' ? 'index.html' : file));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (!existsSync(path) || !statSync(path).isFile()) return undefined;
  const body = readFileSync(path);
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) return { body: injectBridge(body.toString('utf8')), type };
  return { body, type };
}

/**
 * Puts the bridge script first in `<head>`, before the app's own scripts, as Atlassian's host does:
 * `@forge/bridge` reads `window.__bridge` when its modules load.
 */
function injectBridge(htmlText: string): Buffer {
  const tag = `<script src="${IFRAME_BRIDGE_PATH}"></script>`;
  const head = /<head[^>]*>/i.exec(htmlText);
  const out = head ? htmlText.slice(0, head.index + head[0].length) + tag + htmlText.slice(head.index + head[0].length) : tag + htmlText;
  return Buffer.from(out, 'utf8');
}
