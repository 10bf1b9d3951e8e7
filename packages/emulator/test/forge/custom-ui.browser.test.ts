/// <reference lib="dom" />
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPage, addSpace, addUser, createEmulator, setSpacePermissions, type Emulator } from '../../src/index.js';
import { contentPath } from '../../src/view/index.js';
import { doc } from '../helpers.js';
import { buildFixtureUi } from './build-ui.js';
import { FIXTURE_APP_DIR } from './fixture.js';

// A real browser: the emulator's page view on 127.0.0.1, the Custom UI on localhost (another origin).
let browser: Browser;
let emu: Emulator;
let origin: string;
const site = () => emu.state;
let editor: ReturnType<typeof addUser>;
let page: ReturnType<typeof addPage>;

beforeAll(async () => {
  await buildFixtureUi();
  emu = createEmulator();
  editor = addUser(emu.state, { email: 'editor@example.com', displayName: 'Eddie Editor', locale: 'de-DE' });
  const space = addSpace(emu.state, { key: 'ENG', name: 'Engineering' });
  setSpacePermissions(space, { view: '*', edit: [editor.accountId] });
  page = addPage(emu.state, { spaceId: space.id, title: 'Runbook', adf: doc('Restart the service'), authorId: editor.accountId });
  await emu.installForgeApp(FIXTURE_APP_DIR);
  origin = await emu.listen(0);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await emu?.close();
});

async function appFrame(p: Page, selector: string): Promise<Frame> {
  const handle = await p.waitForSelector(`${selector} iframe`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForSelector('body[data-ready="yes"]');
  return frame;
}

describe('Forge Custom UI in a browser (page view + @forge/bridge + resolver)', () => {
  it('clicking the byline item opens the Custom UI, which shows its context and the resolver answer; modal, submit and flag work', async () => {
    site().actingUserId = editor.accountId;
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    try {
      await p.goto(origin + contentPath(site(), page));
      await p.click('[data-testid="forge-byline-item"]');
      const inline = await appFrame(p, '[data-testid="forge-inline-dialog"]');
      expect(await inline.textContent('#error')).toBe('');
      expect(await inline.textContent('#answer')).toBe(`resolver says ${editor.accountId}`);
      expect(await inline.textContent('#context')).toBe(`confluence:contentBylineItem ${page.id} de-DE fixture-byline`);
      const attrs = await p.$eval('[data-testid="forge-inline-dialog"] iframe', (el) => ({ sandbox: el.getAttribute('sandbox'), src: (el as HTMLIFrameElement).src }));
      expect(attrs.sandbox).toBe('allow-scripts allow-same-origin allow-forms allow-modals allow-downloads allow-pointer-lock');
      expect(new URL(attrs.src).origin).not.toBe(origin); // Custom UI on its own origin
      // The iframe cannot reach into the page view (cross-origin), as on Atlassian.
      expect(await inline.evaluate(() => { try { return window.parent.document.title; } catch { return 'blocked'; } })).toBe('blocked');

      await inline.click('#flag');
      const flag = await p.waitForSelector('[data-testid="forge-flag"]');
      expect(await flag.textContent()).toBe('Labels added<b>2</b> labels');

      await inline.click('#open-modal');
      const modal = await appFrame(p, '[data-testid="forge-modal"]');
      expect(await modal.textContent('#answer')).toBe('modal context {"from":"inline"}');
      await modal.click('#submit');
      await p.waitForSelector('[data-testid="forge-modal"]', { state: 'detached' });
      await inline.waitForFunction(() => document.getElementById('closed')?.textContent !== '');
      expect(JSON.parse((await inline.textContent('#closed')) ?? '')).toEqual({ picked: ['alpha', 'beta'] });
      expect(errors).toEqual([]);
    } finally {
      await p.close();
    }
  });

  it('an anonymous visitor sees no byline item', async () => {
    site().actingUserId = undefined;
    const p = await browser.newPage();
    try {
      await p.goto(origin + contentPath(site(), page));
      expect(await p.$('[data-testid="forge-byline-item"]')).toBeNull();
    } finally {
      await p.close();
    }
  });
});
