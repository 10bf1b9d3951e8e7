/**
 * Debian's Chromium driven by playwright-core (no browser download), and the screenshots saved as
 * test artifacts in `test-results/screenshots/`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where screenshots go (repository root `test-results/screenshots`). */
export const screenshotDir = fileURLToPath(new URL('../../../../test-results/screenshots/', import.meta.url));

/** Launches headless Chromium from `/usr/bin/chromium` with no background network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['LABELUP_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Saves a screenshot of the viewport as `test-results/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * An init script (runs in every frame, the app's iframes included) that records every Label UP!
 * view that appears, in order, in `window.__labelupSeen`: proves a short-lived view such as
 * "pending" was shown even when it is gone by the time the test looks.
 */
export function recordViews(): void {
  const seen: string[] = [];
  (window as unknown as { __labelupSeen: string[] }).__labelupSeen = seen;
  const scan = () => {
    for (const el of Array.from(document.querySelectorAll('[data-testid^="labelup-"]'))) {
      const id = el.getAttribute('data-testid') ?? '';
      if (seen[seen.length - 1] !== id && !seen.includes(id)) seen.push(id);
    }
  };
  new MutationObserver(scan).observe(document, { childList: true, subtree: true });
}
