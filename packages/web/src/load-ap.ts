/**
 * Loads Confluence's `all.js` (which defines `window.AP`) into the iframe. Real Confluence Cloud
 * serves it from Atlassian's CDN; any other host (the emulator) serves it at
 * `${xdm_e}${cp}/atlassian-connect/all.js`, from the `xdm_e` and `cp` query parameters Connect adds
 * to the iframe URL.
 */
import type { ApGlobal } from './ap.js';

/** Atlassian's CDN copy of the Connect JavaScript API. */
export const atlassianAllJs = 'https://connect-cdn.atl-paas.net/all.js';

/** The URL of `all.js` for an iframe URL's query, or undefined when `xdm_e` is missing or not http(s). */
export function allJsUrl(search: string): string | undefined {
  const params = new URLSearchParams(search);
  const xdm = params.get('xdm_e');
  if (!xdm) return undefined;
  let origin: URL;
  try {
    origin = new URL(xdm);
  } catch {
    return undefined;
  }
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:') return undefined;
  if (origin.hostname.endsWith('.atlassian.net')) return atlassianAllJs;
  const cp = (params.get('cp') ?? '').replace(/\/+$/, '');
  if (cp && !/^\/[\w\-/]*$/.test(cp)) return undefined;
  return `${origin.origin}${cp}/atlassian-connect/all.js`;
}

/** Injects the `all.js` script and resolves with `window.AP`, or rejects after `timeoutMs`. */
export function loadAp(search: string, timeoutMs = 15_000): Promise<ApGlobal> {
  const existing = (window as { AP?: ApGlobal }).AP;
  if (existing) return Promise.resolve(existing);
  const url = allJsUrl(search);
  if (!url) return Promise.reject(new Error('No Confluence host in the iframe URL (xdm_e).'));
  return new Promise<ApGlobal>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Timed out loading ${url}`)), timeoutMs);
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.dataset['options'] = 'sizeToParent:false';
    script.onload = () => {
      clearTimeout(timer);
      const ap = (window as { AP?: ApGlobal }).AP;
      if (ap) resolve(ap);
      else reject(new Error(`${url} did not define AP`));
    };
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error(`Could not load ${url}`));
    };
    document.head.appendChild(script);
  });
}
