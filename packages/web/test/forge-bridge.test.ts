/**
 * The dialogs' Forge host adapter with the REAL @forge/bridge: a stand-in for Atlassian's
 * `globalThis.__bridge` hands `invoke` calls to the Forge app's real resolvers (packages/forge),
 * which run on the stand-in Forge host over a real emulator; `openModal`, `reload`, `showFlag` and
 * `getContext` are recorded. The pending → ready path is the bounded, backed-off re-read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../core/src/contract.js';
import { createConsumerHandler, createResolverHandler } from '../../forge/src/index.js';
import { createForgeLogger } from '../../forge/src/forge-logger.js';
import { adfText, startForgeHost, type ForgeHostStandIn, type SiteUser } from '../../forge/test/forge-host-stand-in.js';
import { ApiError } from '../src/api-error.js';
import { forgeApiClient, forgeHost, forgeTarget, type ForgeBridge } from '../src/forge-host.js';

let host: ForgeHostStandIn;
let bridge: ForgeBridge;
const calls: { command: string; payload: unknown }[] = [];
let pageId = '';
let user: SiteUser;
let modalContext: unknown;

beforeAll(async () => {
  host = startForgeHost();
  user = host.editor;
  pageId = host.addPage('Kubernetes deployment', adfText([
    'Kubernetes deployment guide for the payments service.',
    'Deploy the payments service with Helm charts to the Kubernetes cluster. Configure ingress, secrets and autoscaling.',
    'The deployment pipeline builds container images, runs integration tests and promotes releases to production.',
  ]));
  const resolver = createResolverHandler({ logger: createForgeLogger(() => undefined) });
  (globalThis as { __bridge?: unknown }).__bridge = {
    callBridge: async (command: string, payload: { functionKey?: string; payload?: unknown } | undefined) => {
      calls.push({ command, payload });
      if (command === 'invoke') return host.invoke(resolver, payload?.functionKey ?? '', payload?.payload, { as: user, pageId, version: 1 });
      if (command === 'getContext') return { moduleKey: 'labelup-byline', extension: { type: 'confluence:contentBylineItem', content: { id: pageId, type: 'page' }, ...(modalContext ? { modal: modalContext } : {}) } };
      if (command === 'openModal') return true;
      return undefined;
    },
  };
  const { realForgeBridge } = await import('../src/forge-bridge.js');
  bridge = realForgeBridge();
});
afterAll(() => {
  host?.close();
  delete (globalThis as { __bridge?: unknown }).__bridge;
});

describe('Forge host adapter over the real @forge/bridge', () => {
  it('tells the inline dialog from the large dialog by the Modal context', async () => {
    expect(await forgeTarget(bridge)).toBe('inlinedialog');
    forgeHost(bridge).openLargeDialog();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const open = calls.find((c) => c.command === 'openModal');
    expect(open?.payload).toMatchObject({ size: 'xlarge', context: { target: 'dialog' } });
    modalContext = (open?.payload as { context: unknown }).context;
    expect(await forgeTarget(bridge)).toBe('dialog');
    modalContext = undefined;
  });

  it('requests suggestions, hears pending → ready from the backed-off re-read, and adds labels', async () => {
    const api = forgeApiClient(bridge, { backoffS: [0.01, 0.02], watchMs: 5_000 });
    const events: ServerEvent[] = [];
    const controller = new AbortController();
    const following = api.events((event) => events.push(event), { signal: controller.signal });
    expect((await api.requestSuggestions({})).status).toBe('pending');
    await host.deliverEvents(createConsumerHandler({ logger: createForgeLogger(() => undefined) }));
    for (let i = 0; i < 100 && events.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([{ type: 'suggestions-ready', pageId, version: 1 }]);
    const view = await api.getSuggestions();
    expect(view.status).toBe('ready');
    const pick = (view.suggestions ?? []).slice(0, 2).map((s) => s.label);
    expect(await api.addLabels({ labels: pick })).toEqual({ added: pick, labels: pick });
    expect((await api.getLabels()).labels).toEqual(pick);
    controller.abort();
    await following;
  });

  it('stops re-reading a page that stays pending once the watch bound is reached', async () => {
    const stuck = host.addPage('Release notes', adfText(['Release notes for the payments service: new Helm charts, faster deployments and fixed ingress rules.']));
    const before = pageId;
    pageId = stuck;
    try {
      let t = 0;
      const api = forgeApiClient(bridge, { backoffS: [0.005], watchMs: 100, now: () => t });
      const events: ServerEvent[] = [];
      const controller = new AbortController();
      const following = api.events((event) => events.push(event), { signal: controller.signal });
      expect((await api.requestSuggestions({})).status).toBe('pending');
      const reads = () => calls.filter((c) => c.command === 'invoke' && (c.payload as { functionKey?: string }).functionKey === 'getSuggestions').length;
      const start = reads();
      for (let i = 0; i < 5; i += 1) {
        t += 25;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const atBound = reads();
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(atBound - start).toBeGreaterThan(0);
      expect(reads()).toBe(atBound);
      expect(events).toEqual([]);
      controller.abort();
      await following;
    } finally {
      pageId = before;
    }
  });

  it('turns a refused resolver answer into the ApiError the dialogs translate', async () => {
    const api = forgeApiClient(bridge);
    user = host.viewer;
    try {
      await expect(api.addLabels({ labels: ['payments'] })).rejects.toMatchObject({ code: 'permission-denied', status: 403 });
      await expect(api.addLabels({ labels: ['two words'] })).rejects.toBeInstanceOf(ApiError);
    } finally {
      user = host.editor;
    }
  });

  it('reloads the page and shows flags through the bridge', async () => {
    const h = forgeHost(bridge);
    h.reloadPage();
    h.flag('Labels added', '2 labels', 'success');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls.map((c) => c.command)).toEqual(expect.arrayContaining(['reload', 'showFlag']));
  });
});
