/**
 * Page-object helpers over the emulator's page view and the app's iframes in it.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The Label UP! button among the page buttons (Connect web item at `system.content.button`). */
export function labelUpButton(page: Page, appKey: string): Locator {
  return page.locator(`[data-testid="web-item"][data-app-key="${appKey}"]`);
}

/** The inline dialog's iframe. */
export function inlineDialog(page: Page): FrameLocator {
  return page.frameLocator('iframe[src*="target=inlinedialog"]');
}

/** The large dialog's iframe. */
export function largeDialog(page: Page): FrameLocator {
  return page.frameLocator('iframe[src*="target=dialog"]');
}

/** The labels shown on the page view, in order. */
export async function pageLabels(page: Page): Promise<string[]> {
  return page.locator('[data-testid="labels"] [data-label]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}

/** The Label UP! views recorded in the frame whose URL contains `target=<target>` (see `recordViews`). */
export async function seenViews(page: Page, target: 'inlinedialog' | 'dialog'): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().includes(`target=${target}`));
  if (!frame) return [];
  return frame.evaluate(() => [...((window as unknown as { __labelupSeen?: string[] }).__labelupSeen ?? [])]);
}
