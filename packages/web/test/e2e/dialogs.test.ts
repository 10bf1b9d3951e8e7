/**
 * End to end: Debian's Chromium drives the emulator's page view with the real Label UP! service and
 * the built dialogs — an editor gets suggestions and applies Our Pick, uses the large dialog, a
 * viewer sees no button, an outdated page, a too-short page and an unsupported language each show
 * their view, and a German user gets both dialogs and the unsupported-language view in German.
 * Each view is saved in test-results/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, recordViews, screenshot } from './browser.js';
import { inlineDialog, labelUpButton, largeDialog, pageLabels, seenViews } from './confluence-page.js';
import { startStack, type Stack } from './stack.js';
import { strongPageOrNone } from './strong-page.js';
import { goodJob, ourPick } from '../../src/picks.js';

const editor = 'priya.raman@example.com';
const viewer = 'jonas.weber@example.com';
// Jonas's profile locale is de_DE (AP.user.getLocale: "de-DE"); he can edit the PROD space.
const germanEditor = 'jonas.weber@example.com';
const pages = {
  dashboard: '131101', // ENG "Cursor pagination" (English, rich structure)
  // English ENG pages with rich structure; the Our Pick test uses the first with a strong suggestion.
  ourPickCandidates: ['131101', '131080', '131087', '131108', '131115', '131122', '131129', '131136', '131143', '131157'],
  large: '131094', // ENG "Webhooks v2"
  outdated: '131087', // ENG "PostgreSQL replica lag"
  viewer: '131080', // ENG, read-only for the viewer
  keyboard: '131122', // ENG "Onboarding"
  short: '131178', // ENG "Todo": "WIP."
  unsupported: '131374', // INTL, Japanese
  german: '131234', // PROD "Produktanforderungen: DATEV-Rechnungsexport" (German)
};
const flowMs = 60_000;

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordViews);
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

/** Opens a page as a user and clicks Label UP!. */
async function openDialog(email: string, contentId: string): Promise<void> {
  await stack.actAs(email);
  await page.goto(stack.pageUrl(contentId));
  await labelUpButton(page, stack.appKey).click();
}

describe('Label UP! dialogs in Confluence', () => {
  it('an editor opens the dialog: pending, then the basic dashboard the suggestions call for', async () => {
    // Slow Confluence down a little so that the pending view stays long enough to be photographed.
    // Every read of the page itself (version and body) takes 1.2 s longer.
    stack.emulator.faults.set([{ method: 'GET', path: `/wiki/api/v2/pages/${pages.dashboard}`, latencyMs: 1200 }]);
    await openDialog(editor, pages.dashboard);
    const dialog = inlineDialog(page);
    await dialog.getByTestId('labelup-pending').waitFor({ timeout: 15_000 });
    await screenshot(page, 'inline-pending');
    const dashboard = dialog.locator('[data-testid="labelup-our-pick"], [data-testid="labelup-good-job"], [data-testid="labelup-no-strong"]');
    await dashboard.waitFor({ timeout: 30_000 });
    stack.emulator.faults.set([]);

    // The view shown is the one the service's answer calls for (Our Pick, Good job! or nothing strong).
    const view = await stack.suggestionsView(editor, pages.dashboard);
    expect(view.status).toBe('ready');
    const pick = ourPick(view.suggestions ?? [], view.labels).map((s) => s.label);
    const expected = pick.length > 0 ? 'labelup-our-pick' : goodJob([...(view.suggestions ?? []), ...(view.onPage ?? [])], view.labels) ? 'labelup-good-job' : 'labelup-no-strong';
    expect(await dashboard.getAttribute('data-testid')).toBe(expected);
    if (pick.length > 0) expect(await ourPickLabels(page)).toEqual(pick);
    expect((await seenViews(page, 'inlinedialog')).indexOf('labelup-pending')).toBeLessThan((await seenViews(page, 'inlinedialog')).indexOf(expected));
    await screenshot(page, 'inline-dashboard');

    // Refresh re-reads; Recompute (forced refresh) makes the suggestions again: pending, then the dashboard.
    await dialog.getByRole('button', { name: 'Refresh' }).click();
    await dashboard.waitFor();
    const frame = page.frames().find((f) => f.url().includes('target=inlinedialog'));
    await frame?.evaluate(() => void ((window as unknown as { __labelupSeen: string[] }).__labelupSeen.length = 0));
    await dialog.getByRole('button', { name: 'Recompute' }).click();
    await expect.poll(() => seenViews(page, 'inlinedialog'), { timeout: 15_000 }).toContain('labelup-pending');
    await dashboard.waitFor({ timeout: 30_000 });
    const recomputed = await stack.suggestionsView(editor, pages.dashboard);
    expect(recomputed.status).toBe('ready');
    expect(recomputed.updatedAt).toBeDefined();
    expect(recomputed.updatedAt).not.toBe(view.updatedAt);
  }, flowMs);

  it('an editor applies Our Pick and sees the labels on the page', async ({ skip }) => {
    const pageId = strongPageOrNone(stack.emulator.state, pages.ourPickCandidates);
    if (!pageId.id) return skip(pageId.reason);
    await openDialog(editor, pageId.id);
    const dialog = inlineDialog(page);
    await dialog.getByTestId('labelup-our-pick').waitFor({ timeout: 30_000 });
    await screenshot(page, 'inline-our-pick');
    const picked = await ourPickLabels(page);
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.length).toBeLessThanOrEqual(5);
    const before = await pageLabels(page);
    for (const label of picked) expect(before).not.toContain(label);

    await dialog.getByRole('button', { name: 'I want these' }).click();
    // The dialog reloads the page through AP.navigator.reload(); the new labels show.
    await expect.poll(() => pageLabels(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(picked));
    await screenshot(page, 'page-with-labels');
  }, flowMs);

  it('the large dialog: pick, remove, reset, the 20-label warning, add', async () => {
    await openDialog(editor, pages.large);
    const inline = inlineDialog(page);
    await inline.getByRole('button', { name: 'More labels' }).click({ timeout: 30_000 });
    const dialog = largeDialog(page);
    const count = dialog.getByTestId('labelup-pick-count');
    await dialog.getByRole('heading', { name: 'Suggested labels' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('iframe[src*="target=inlinedialog"]').isVisible()).toBe(false);
    const initial = await pickedLabels(page);
    await screenshot(page, 'large-dialog');

    // Pick: the first suggestion not yet picked.
    const suggested = dialog.locator('[data-testid="labelup-suggested"] li[data-label]');
    const all = await suggested.evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
    const extra = all.find((l) => !initial.includes(l));
    expect(extra, 'a suggestion beyond Our Pick').toBeDefined();
    await dialog.getByRole('button', { name: new RegExp(`^Pick ${extra}, relevance \\d+%$`) }).click();
    await expect.poll(() => pickedLabels(page)).toEqual([...initial, extra]);

    // Why: the evidence on demand.
    await dialog.getByRole('button', { name: `Why ${extra}?` }).click();
    await expect(dialog.getByText(/Appears (once|\d+ times) on the page\./).first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'large-dialog-why');

    // Remove, then reset.
    await dialog.getByRole('button', { name: `Remove ${extra} from your pick` }).click();
    await expect.poll(() => pickedLabels(page)).toEqual(initial);
    const first = initial[0] ?? extra ?? '';
    if (initial.length > 0) {
      await dialog.getByRole('button', { name: `Remove ${first} from your pick` }).click();
      await expect.poll(() => pickedLabels(page)).toEqual(initial.slice(1));
    }
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => pickedLabels(page)).toEqual(initial);

    // Over 20: pick every suggestion; the warning appears only above 20 and Add is disabled.
    for (const label of all) {
      const button = dialog.getByRole('button', { name: new RegExp(`^Pick ${label}, relevance`) });
      if (await button.count()) await button.click();
    }
    const total = new Set([...initial, ...all]).size;
    await expect.poll(() => count.textContent()).toBe(`${total} of 20 labels picked`);
    const warning = dialog.getByTestId('labelup-too-many');
    if (total > 20) {
      await warning.waitFor();
      expect(await dialog.getByTestId('labelup-add').isDisabled()).toBe(true);
      await screenshot(page, 'large-dialog-over-20');
      for (const label of [...all].reverse().slice(0, total - 20)) await dialog.getByRole('button', { name: `Remove ${label} from your pick` }).click();
    }
    expect(await warning.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => pickedLabels(page)).toEqual(initial);

    // Add the pick (plus the extra one); the page reloads with the labels.
    await dialog.getByRole('button', { name: new RegExp(`^Pick ${extra}, relevance`) }).click();
    const toAdd = await pickedLabels(page);
    await dialog.getByTestId('labelup-add').click();
    await expect.poll(() => pageLabels(page), { timeout: 20_000 }).toEqual(expect.arrayContaining(toAdd));
  }, flowMs);

  it('the dialogs work by keyboard and are labelled for screen readers', async () => {
    await openDialog(editor, pages.keyboard);
    const inline = inlineDialog(page);
    // The inline dialog is a labelled main region whose heading has focus; status changes are announced.
    await inline.locator('main[aria-labelledby="labelup-title"]').waitFor({ timeout: 30_000 });
    await inline.getByRole('button', { name: 'More labels' }).waitFor({ timeout: 30_000 });
    expect(await inline.locator('#labelup-status').getAttribute('aria-live')).toBe('polite');
    await inline.getByRole('button', { name: 'More labels' }).press('Enter');
    const dialog = largeDialog(page);
    await dialog.getByRole('heading', { name: 'Suggested labels' }).waitFor({ timeout: 30_000 });
    expect(await dialog.locator(':focus').getAttribute('id')).toBe('labelup-large-title');
    const before = await pickedLabels(page);
    // Tab from the heading into the dialog, then pick the first suggestion not picked yet with Enter.
    const next = dialog.getByRole('button', { name: /^Pick .+, relevance \d+%$/ }).first();
    const name = (await next.getAttribute('aria-label')) ?? '';
    await next.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pickedLabels(page)).toHaveLength(before.length + 1);
    expect(name).toMatch(/^Pick /);
    // The "Why?" disclosure says whether it is open.
    const why = dialog.getByRole('button', { name: /^Why .+\?$/ }).first();
    expect(await why.getAttribute('aria-expanded')).toBe('false');
    await why.press('Enter');
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    // Escape closes the large dialog.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe[src*="target=dialog"]').count(), { timeout: 10_000 }).toBe(0);
  }, flowMs);

  it('follows a dark colour scheme with the Atlaskit dark theme', async () => {
    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    try {
      await stack.actAs(editor);
      await darkPage.goto(stack.pageUrl(pages.keyboard));
      await labelUpButton(darkPage, stack.appKey).click();
      const inline = inlineDialog(darkPage);
      await inline.getByRole('button', { name: 'More labels' }).waitFor({ timeout: 30_000 });
      expect(await inline.locator('html').getAttribute('data-color-mode')).toBe('dark');
      const background = await inline.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
      const [r = 255, g = 255, bl = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + bl).toBeLessThan(3 * 80);
      await screenshot(darkPage, 'inline-dark');
    } finally {
      await dark.close();
    }
  }, flowMs);

  it('opened outside Confluence, a dialog says where it runs instead of failing silently', async () => {
    await page.goto(`${stack.serviceUrl}/app/index.html?target=inlinedialog`);
    const message = page.getByTestId('labelup-no-host');
    await message.waitFor({ timeout: 15_000 });
    expect(await message.textContent()).toContain('Label UP! runs inside Confluence. Open it from a page.');
  }, flowMs);

  it('an inactive license shows its message', async () => {
    await stack.setLicense(false);
    try {
      await openDialog(editor, pages.keyboard);
      const view = inlineDialog(page).getByTestId('labelup-error-license-inactive');
      await view.waitFor({ timeout: 20_000 });
      expect(await view.textContent()).toContain("Label UP!'s license on this site is not active.");
      await screenshot(page, 'inline-license-inactive');
    } finally {
      await stack.setLicense(true);
    }
  }, flowMs);

  it('a viewer without edit permission sees no button', async () => {
    await stack.actAs(viewer);
    await page.goto(stack.pageUrl(pages.viewer));
    await page.getByTestId('title').waitFor();
    expect(await labelUpButton(page, stack.appKey).count()).toBe(0);
    await screenshot(page, 'viewer-no-button');
    // The same page for an editor does have it: the test would notice a page without buttons at all.
    await stack.actAs(editor);
    await page.reload();
    expect(await labelUpButton(page, stack.appKey).count()).toBe(1);
  }, flowMs);

  it('a page edited by someone else after it was opened shows the outdated view', async () => {
    await stack.actAs(editor);
    await page.goto(stack.pageUrl(pages.outdated));
    await labelUpButton(page, stack.appKey).waitFor();
    await stack.editAs(pages.outdated, 'camille.dubois@example.com');
    await labelUpButton(page, stack.appKey).click();
    const dialog = inlineDialog(page);
    await dialog.getByTestId('labelup-outdated').waitFor({ timeout: 20_000 });
    expect(await dialog.getByText("You're not viewing the current latest version of the page.", { exact: false }).count()).toBe(1);
    await screenshot(page, 'inline-outdated');
  }, flowMs);

  it('a very short page shows its message', async () => {
    await openDialog(editor, pages.short);
    const dialog = inlineDialog(page);
    await dialog.getByTestId('labelup-failed-text-too-short').waitFor({ timeout: 30_000 });
    expect(await dialog.getByText('This page is too short to suggest labels.', { exact: false }).count()).toBe(1);
    await screenshot(page, 'inline-too-short');
  }, flowMs);

  it('a page whose language cannot be detected says so', async () => {
    // English, German and French in turn: no single language to work in.
    const en = 'The deployment pipeline builds every commit, runs the unit tests and publishes the container image to the registry. Releases are promoted from staging to production after the smoke tests pass.';
    const de = 'Die Rechnungsexport-Funktion erzeugt monatlich eine Datei für die Buchhaltung. Kunden können das Format wählen und die Daten werden automatisch an das Finanzsystem übertragen.';
    const fr = 'Le service client répond aux demandes dans un délai de deux jours ouvrés. Les équipes régionales partagent une base de connaissances commune et mettent à jour les procédures chaque mois.';
    const id = stack.addPage('ENG', 'Notes', [en, de, fr, en, de, fr], editor);
    await openDialog(editor, id);
    // The service either fails the job (language-undetermined) or makes language-neutral suggestions
    // with language `und`; the dialog says so in both cases.
    const message = inlineDialog(page).locator('[data-testid="labelup-failed-language-undetermined"], [data-testid="labelup-language-unknown"]');
    await message.waitFor({ timeout: 30_000 });
    const view = await stack.suggestionsView(editor, id);
    const expected = view.status === 'failed' ? 'labelup-failed-language-undetermined' : 'labelup-language-unknown';
    expect(view.status === 'failed' ? view.failure?.code : view.language).toBe(view.status === 'failed' ? 'language-undetermined' : 'und');
    expect(await message.getAttribute('data-testid')).toBe(expected);
    expect(await message.textContent()).toContain("We couldn't detect the language of this page");
    await screenshot(page, 'inline-language-undetermined');
  }, flowMs);

  it('an unsupported language shows its message with the supported languages', async () => {
    await openDialog(editor, pages.unsupported);
    const dialog = inlineDialog(page);
    const view = dialog.getByTestId('labelup-failed-language-unsupported');
    await view.waitFor({ timeout: 30_000 });
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('The language of this page (Japanese) is not supported yet.');
    expect(text).toMatch(/Supported languages: .*English/);
    await screenshot(page, 'inline-unsupported-language');
  }, flowMs);
  it('a German user sees the dialogs in German', async () => {
    await openDialog(germanEditor, pages.german);
    const inline = inlineDialog(page);
    const dashboard = inline.locator('[data-testid="labelup-our-pick"], [data-testid="labelup-good-job"], [data-testid="labelup-no-strong"]');
    await dashboard.waitFor({ timeout: 30_000 });
    expect(await inline.locator('html').getAttribute('lang')).toBe('de-DE');
    const shown = await dashboard.getAttribute('data-testid');
    const german: Record<string, string> = { 'labelup-our-pick': 'Diese übernehmen', 'labelup-good-job': 'Gut gemacht!', 'labelup-no-strong': 'Kein Vorschlag sticht' };
    expect(await dashboard.textContent()).toContain(german[shown ?? ''] ?? '?');
    expect(await inline.getByRole('button', { name: 'Aktualisieren', exact: true }).count()).toBe(1);
    expect(await inline.getByRole('button', { name: 'Neu berechnen', exact: true }).count()).toBe(1);
    expect(await inline.getByText('Refresh', { exact: true }).count()).toBe(0);
    await screenshot(page, 'inline-dashboard-de');

    await inline.getByRole('button', { name: 'Weitere Labels' }).first().click();
    const dialog = largeDialog(page);
    await dialog.getByRole('heading', { name: 'Vorgeschlagene Labels' }).waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('heading', { name: 'Bereits auf der Seite' }).count()).toBe(1);
    expect(await dialog.getByTestId('labelup-pick-count').textContent()).toMatch(/^\d+ von 20 Labels ausgewählt$/);
    // Relevance as German formats percentages: "Relevanz 85 %" (a no-break space before the sign).
    const names = await dialog.locator('[data-testid="labelup-suggested"] li[data-label] button[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^(.+ auswählen, Relevanz \d+\u00a0%|.+ ist in Ihrer Auswahl|Warum .+\?)$/);
    expect(names.some((n) => /auswählen, Relevanz \d+\u00a0%$/.test(n))).toBe(true);
    expect(await dialog.getByTestId('labelup-add').textContent()).toBe('Hinzufügen');
    // Why? in German: where the label occurs, or the kind of page it names.
    await dialog.getByRole('button', { name: /^Warum .+\?$/ }).nth(1).click();
    await dialog.getByText(/Kommt (einmal|\d+-mal) auf der Seite vor\.|Der Titel sagt|Ihre Abschnittsüberschriften/).first().waitFor({ timeout: 5_000 });
    await screenshot(page, 'large-dialog-de');
  }, flowMs);
  it('a German user reads an unsupported language in German, the language names too', async () => {
    // The Japanese demo page is in INTL, which Jonas may only view: the same text as a PROD page.
    const japanese = stack.emulator.state.contents.get(pages.unsupported);
    const adf = japanese?.versions[japanese.versions.length - 1]?.adf;
    const paragraphs: string[] = [];
    const collect = (node: { type: string; text?: string; content?: unknown[] } | undefined): void => {
      if (!node) return;
      if (node.type === 'paragraph') paragraphs.push((node.content as { text?: string }[] | undefined)?.map((c) => c.text ?? '').join('') ?? '');
      else for (const child of node.content ?? []) collect(child as typeof node);
    };
    collect(adf as never);
    const id = stack.addPage('PROD', '日本語のページ', paragraphs.filter((p) => p.trim() !== ''), germanEditor);
    await openDialog(germanEditor, id);
    const view = inlineDialog(page).getByTestId('labelup-failed-language-unsupported');
    await view.waitFor({ timeout: 30_000 });
    const text = (await view.textContent()) ?? '';
    expect(text).toContain('Die Sprache dieser Seite (Japanisch) wird noch nicht unterstützt.');
    expect(text).toMatch(/Unterstützte Sprachen: .*Deutsch, Englisch, .* und .*\./);
    expect(await inlineDialog(page).getByRole('button', { name: 'Erneut versuchen' }).count()).toBe(1);
    await screenshot(page, 'inline-unsupported-language-de');
  }, flowMs);
});

async function ourPickLabels(p: Page): Promise<string[]> {
  return inlineDialog(p).getByRole('list', { name: 'Labels we suggest for this page' }).locator('li').allTextContents();
}

async function pickedLabels(p: Page): Promise<string[]> {
  return largeDialog(p).locator('[data-testid="labelup-pick-list"] li[data-label]').evaluateAll((els) => els.map((e) => e.getAttribute('data-label') ?? ''));
}
