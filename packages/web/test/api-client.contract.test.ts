/**
 * The dialogs' typed API client against the real service (and the emulator behind it): every route
 * of the contract, the event stream telling the dialog its suggestions are ready, and errors mapped to
 * the codes the UI translates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../core/src/contract.js';
import { createApiClient, defaultApiBase } from '../src/api-client.js';
import { ApiError } from '../src/api-error.js';
import { startStack, type Stack } from './e2e/stack.js';

const editor = 'priya.raman@example.com';
const viewer = 'jonas.weber@example.com';
const pageId = '131136'; // ENG "ADR: OpenTelemetry", English

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ bundle: false });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
});

const clientFor = (email: string, contentId = pageId, tokens: string[] = []) =>
  createApiClient({
    baseUrl: defaultApiBase(`${stack.serviceUrl}/app/index.html?target=inlinedialog`),
    getToken: async () => {
      const token = stack.contextToken(email, contentId);
      tokens.push(token);
      return token;
    },
  });

describe('api client against the service', () => {
  it('requests suggestions, is told by the event stream when they are ready, reads and adds labels', async () => {
    const tokens: string[] = [];
    const api = clientFor(editor, pageId, tokens);
    const events: ServerEvent[] = [];
    const controller = new AbortController();
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const ready = new Promise<void>((resolve) => {
      void api.events((event) => {
        events.push(event);
        if (event.type === 'suggestions-ready') resolve();
      }, { signal: controller.signal, onConnection: (isOpen) => isOpen && opened() });
    });
    await open; // subscribed before asking, so the ready event cannot be missed
    const first = await api.getSuggestions();
    expect(first.page.id).toBe(pageId);
    expect(['none', 'pending', 'ready']).toContain(first.status);
    const requested = await api.requestSuggestions({});
    expect(['pending', 'ready']).toContain(requested.status);
    if (requested.status === 'pending') await ready;
    controller.abort();
    const view = await api.getSuggestions();
    expect(view.status).toBe('ready');
    expect(view.suggestions?.length ?? 0).toBeGreaterThan(0);
    if (requested.status === 'pending') expect(events.map((e) => e.type)).toContain('suggestions-ready');

    const label = view.suggestions?.[0]?.label ?? '';
    const added = await api.addLabels({ labels: [label] });
    expect(added.added).toEqual([label]);
    expect((await api.getLabels()).labels).toContain(label);
    // A fresh token for every request (the event stream took one too).
    expect(tokens.length).toBeGreaterThanOrEqual(6);
  });

  it('maps refusals to the codes the dialogs translate', async () => {
    const viewerApi = clientFor(viewer, '131080');
    await expect(viewerApi.addLabels({ labels: ['x'] })).rejects.toMatchObject({ name: 'ApiError', code: 'permission-denied' });
    const forged = createApiClient({ baseUrl: `${stack.serviceUrl}/api/`, getToken: async () => 'not-a-jwt' });
    const error = await forged.getSuggestions().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('not-authenticated');
    const unreachable = createApiClient({ baseUrl: 'http://127.0.0.1:9/api/', getToken: async () => 't' });
    await expect(unreachable.getLabels()).rejects.toMatchObject({ code: 'network' });
  });
});
