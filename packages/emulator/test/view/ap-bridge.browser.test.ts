/// <reference lib="dom" />
import { serve, type ServerType } from '@hono/node-server';
import { decodeSymmetric, SymmetricAlgorithm } from 'atlassian-jwt';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPath, HOST_ENDPOINTS, viewRoutes } from '../../src/view/index.js';
import { viewFixture } from './factories.js';
import { startTestApp } from './test-app-server.js';

// A real browser: the page view from the emulator on one origin, the test app's iframes on another.
let browser: Browser;
let emulatorOrigin: string;
let emulatorServer: ServerType;
let testApp: { origin: string; close: () => Promise<void> };
let tokenRequests = 0;
const f = viewFixture();

beforeAll(async () => {
  testApp = await startTestApp();
  f.app.baseUrl = testApp.origin;
  let clock = Date.parse('2026-05-01T12:00:00Z');
  f.site.now = () => (clock += 1000); // every token gets a later iat, so fresh tokens differ
  const http = new Hono();
  http.use(HOST_ENDPOINTS.token, async (_c, next) => {
    tokenRequests += 1;
    await next();
  });
  http.route('/', viewRoutes({ site: f.site }));
  emulatorOrigin = await new Promise<string>((resolve) => {
    emulatorServer = serve({ fetch: http.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`));
  });
  f.site.baseUrl = `${emulatorOrigin}/wiki`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (emulatorServer ? emulatorServer.close(() => done()) : done()));
  await testApp?.close();
});

async function appFrame(page: Page, selector: string): Promise<Frame> {
  const handle = await page.waitForSelector(`${selector} iframe`);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`no frame in ${selector}`);
  await frame.waitForSelector('body[data-ready="yes"]');
  return frame;
}

const textOf = async (frame: Frame, id: string): Promise<string> => {
  await frame.waitForFunction((el) => (document.getElementById(el)?.textContent ?? '') !== '', id);
  return (await frame.textContent(`#${id}`)) ?? '';
};

describe('AP bridge in a browser (page view + all.js + host.js)', () => {
  it('opens the inline dialog, answers getToken/getContext/getLocale, opens and closes a dialog by key, shows a flag, resizes and hides', async () => {
    f.site.actingUserId = f.editor.accountId;
    const page = await browser.newPage();
    try {
      await page.goto(emulatorOrigin + contentPath(f.site, f.page));
      await page.click('[data-testid="web-item"]');
      const inline = await appFrame(page, '[data-testid="inline-dialog"]');
      expect(await inline.textContent('#mode')).toBe('inlinedialog');
      expect(new URL(inline.url()).searchParams.get('jwt')).toBeNull(); // cacheable: token only via getToken

      expect(JSON.parse(await textOf(inline, 'context'))).toEqual({
        confluence: { content: { id: f.page.id, version: '2', type: 'page' }, space: { id: f.space.id, key: 'DOC' } },
        license: { active: true },
      });
      expect(await textOf(inline, 'locale')).toBe('de-DE'); // AP.user.getLocale: the profile's de_DE as a BCP 47 tag

      await inline.click('#get-token');
      const [token, token2] = [await textOf(inline, 'token'), await textOf(inline, 'token2')];
      const claims = decodeSymmetric(token, f.app.sharedSecret, SymmetricAlgorithm.HS256);
      expect(claims).toMatchObject({ iss: f.app.clientKey, sub: f.editor.accountId, qsh: 'context-qsh', context: { confluence: { content: { id: f.page.id, version: '2', type: 'page' } } } });
      expect(token2).not.toBe(token); // minted fresh for every call
      expect(tokenRequests).toBe(2);

      // Auto-resize fitted the height to the content and kept the module width.
      await page.waitForFunction(() => {
        const style = document.querySelector<HTMLIFrameElement>('[data-testid="inline-dialog"] iframe')?.style;
        return style?.width === '400px' && style.height !== '' && style.height !== '300px';
      });
      await inline.click('#resize');
      await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('[data-testid="inline-dialog"] iframe')?.style.height === '333px');

      await inline.click('#flag');
      const flag = await page.waitForSelector('[data-testid="flag"]');
      expect(await flag.textContent()).toBe('Labels added<b>3</b> labels'); // body shown as text, not HTML

      await inline.click('#open-dialog');
      const dialog = await appFrame(page, '[data-testid="dialog"]');
      expect(await dialog.textContent('#mode')).toBe('dialog');
      expect(JSON.parse(await textOf(dialog, 'custom'))).toEqual({ pageId: 42 });
      const box = await page.$eval('[data-testid="dialog"]', (el) => ({ width: (el as HTMLElement).style.width, header: el.querySelector('header') !== null }));
      expect(box).toEqual({ width: '968px', header: false }); // x-large, chrome: false
      await dialog.click('#close');
      await page.waitForSelector('[data-testid="dialog"]', { state: 'detached' });
      expect(JSON.parse(await textOf(inline, 'closed'))).toEqual({ picked: ['redis'] });

      await inline.click('#hide');
      await page.waitForSelector('[data-testid="inline-dialog"]', { state: 'detached' });
    } finally {
      await page.close();
    }
  }, 60_000); // one browser journey of ~4 s alone; generous because the test machine's 2 cores are shared

  it('opens a dialog-target web item with chrome, closes it with Escape, and reloads the page on AP.navigator.reload', async () => {
    f.site.actingUserId = f.editor.accountId;
    const modules = f.app.descriptor['modules'] as { webItems: Record<string, unknown>[] };
    modules.webItems.push({ key: 'big', location: 'system.content.button', name: { value: 'Big' }, url: '/app/index.html?target=dialog', cacheable: true, target: { type: 'dialog', options: { size: 'small', header: { value: 'Big dialog' } } } });
    const page = await browser.newPage();
    try {
      await page.goto(emulatorOrigin + contentPath(f.site, f.page));
      await page.click('[data-module-key="big"]');
      await appFrame(page, '[data-testid="dialog"]');
      expect(await page.textContent('[data-testid="dialog"] header span')).toBe('Big dialog');
      expect(await page.$eval('[data-testid="dialog"]', (el) => (el as HTMLElement).style.width)).toBe('400px');
      await page.keyboard.press('Escape'); // focus is on the host page (key events inside an iframe stay there)
      await page.waitForSelector('[data-testid="dialog"]', { state: 'detached' });

      await page.click('[data-module-key="labelup-button"]');
      const inline = await appFrame(page, '[data-testid="inline-dialog"]');
      await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
      // The call is made on the next tick so that evaluate() returns before the reload destroys the
      // iframe's execution context (otherwise evaluate() itself can fail, racing the navigation).
      const loaded = page.waitForEvent('load');
      await inline.evaluate(() => void setTimeout(() => (window as unknown as { AP: { navigator: { reload(): void } } }).AP.navigator.reload(), 0));
      await loaded;
      expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBeUndefined();
    } finally {
      modules.webItems.pop();
      await page.close();
    }
  }, 60_000);

  it('ignores AP messages that do not come from an app iframe it opened', async () => {
    f.site.actingUserId = f.editor.accountId;
    const page = await browser.newPage();
    try {
      await page.goto(emulatorOrigin + contentPath(f.site, f.page));
      const before = tokenRequests;
      const answered = await page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            window.addEventListener('message', (e) => {
              if ((e.data as { kind?: string })?.kind === 'response') resolve(true);
            });
            window.postMessage({ protocol: 'labelup-emulator-ap/1', kind: 'request', id: '1', method: 'context.getToken', args: [] }, '*');
            setTimeout(() => resolve(false), 300);
          }),
      );
      expect(answered).toBe(false);
      expect(tokenRequests).toBe(before);
    } finally {
      await page.close();
    }
  });

  it('shows no button to a viewer without edit permission', async () => {
    f.site.actingUserId = f.viewer.accountId;
    const page = await browser.newPage();
    try {
      await page.goto(emulatorOrigin + contentPath(f.site, f.page));
      expect(await page.textContent('[data-testid="title"]')).toBe('Runbook <one>');
      expect(await page.$$('[data-testid="web-item"]')).toHaveLength(0);
    } finally {
      await page.close();
    }
  });
});
