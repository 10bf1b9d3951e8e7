import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The Connect JavaScript bridge of the emulator, as two browser scripts kept as plain `.js` files in
 * `src/ap/` (read at run time; the same relative path works from `src/` and `dist/`):
 * - `all.js` — loaded by app iframes from `${xdm_e}${cp}/atlassian-connect/all.js`; defines `window.AP`.
 * - `host.js` — loaded by the page view; answers the iframes' `postMessage` calls.
 */
const dir = fileURLToPath(new URL('../../src/ap/', import.meta.url));
const cache = new Map<string, string>();

function read(name: 'all.js' | 'host.js'): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${dir}${name}`, 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Source of `all.js` (the iframe side, `window.AP`). */
export const allJs = (): string => read('all.js');
/** Source of `host.js` (the page-view side). */
export const hostJs = (): string => read('host.js');
/** Where the emulator serves all.js, relative to the site base URL (`/wiki`). */
export const ALL_JS_PATH = '/atlassian-connect/all.js';
/** The message envelope tag shared by both scripts. */
export const AP_PROTOCOL = 'labelup-emulator-ap/1';
