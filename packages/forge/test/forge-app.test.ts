/**
 * The Forge app's resolvers and consumer, run with the REAL @forge/api, @forge/resolver and
 * @forge/events against a real emulator, through the stand-in host (forge-host-stand-in.ts).
 * The Connect side of the compatibility tests is the Connect service's own job processor.
 */
import { appJwtAuth, createConfluenceClient } from '@labelup/confluence-client';
import { parseSuggestionProperty, SUGGESTION_PROPERTY_KEY, type AddLabelsResult, type ResolverAnswer, type SuggestionProperty, type SuggestionsView } from '@labelup/core';
import { editPage, type AdfNode } from '@labelup/emulator';
import { SUPPORTED_LANGUAGES } from '@labelup/engine';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSuggestProcessor } from '../../service/src/jobs/suggest-processor.js';
import type { Tenant } from '../../service/src/core/ports.js';
import { createInProcessEventBus } from '../../service/src/events/in-process-event-bus.js';
import { createConsumerHandler, createResolverHandler } from '../src/index.js';
import { createForgeLogger } from '../src/forge-logger.js';
import { adfText, CONNECT_APP_KEY, SITE_BASE_URL, startForgeHost, type ForgeHostStandIn, type InvokeOptions } from './forge-host-stand-in.js';

const ENGLISH = adfText([
  'Kubernetes deployment guide for the payments service.',
  'Deploy the payments service with Helm charts to the Kubernetes cluster. Configure ingress, secrets and autoscaling.',
  'The deployment pipeline builds container images, runs integration tests and promotes releases to production.',
]);

let host: ForgeHostStandIn;
let logs: string[];
let resolver: ReturnType<typeof createResolverHandler>;
let consumer: ReturnType<typeof createConsumerHandler>;
beforeEach(() => {
  host = startForgeHost();
  logs = [];
  resolver = createResolverHandler({ logger: createForgeLogger((line) => logs.push(line)) });
  consumer = createConsumerHandler({ logger: createForgeLogger((line) => logs.push(line)) });
});
afterEach(() => host.close());

const call = async <T>(key: string, payload: unknown, options: InvokeOptions) => (await host.invoke(resolver, key, payload, options)) as ResolverAnswer<T>;
const value = <T>(answer: ResolverAnswer<T>): T => {
  if (!answer.ok) throw new Error(`resolver failed: ${answer.status} ${answer.error.code} ${answer.error.message}`);
  return answer.value;
};
const stored = (pageId: string): SuggestionProperty | undefined => parseSuggestionProperty(host.emulator.state.contents.get(pageId)?.properties.get(SUGGESTION_PROPERTY_KEY)?.value);
/** What a property says, without what names its page or its time. */
const comparable = (p: SuggestionProperty | undefined) => (p ? { ...p, page: { version: p.page.version }, createdAt: 'at', updatedAt: 'at' } : undefined);

/** The Connect service's job processor on the same emulator, acting as the same app key. */
async function runConnectJob(pageId: string, version = 1): Promise<void> {
  const site = host.emulator.state;
  const app = [...site.apps.values()].find((a) => a.key === CONNECT_APP_KEY);
  if (!app) throw new Error('app not installed');
  const tenant: Tenant = { clientKey: app.clientKey, sharedSecret: app.sharedSecret, baseUrl: SITE_BASE_URL, productType: 'confluence', installedAt: app.installedAt, updatedAt: app.installedAt };
  const inProcess = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => host.emulator.app.request(input instanceof Request ? input.url : String(input), init)) as typeof fetch;
  const processor = createSuggestProcessor({
    tenants: { get: async (key: string) => (key === tenant.clientKey ? tenant : undefined), upsert: async () => undefined, delete: async () => false, listClientKeys: async () => [], claim: async () => true, close: async () => undefined },
    confluenceFor: (t) => createConfluenceClient({ baseUrl: t.baseUrl, auth: appJwtAuth({ appKey: CONNECT_APP_KEY, clientKey: t.clientKey, sharedSecret: t.sharedSecret }), fetch: inProcess }),
    events: createInProcessEventBus(),
    clock: { now: () => new Date() },
  });
  await processor({ clientKey: tenant.clientKey, contentId: pageId, contentType: 'page', version }, new AbortController().signal, { jobId: 'connect', attempt: 1, maxAttempts: 3, rateLimitWaits: 0, maxRateLimitWaits: 3 });
}

describe('Forge resolvers and consumer (real @forge/* packages, stand-in host, real emulator)', () => {
  it('goes none → pending → ready: one event with references only, and the consumer writes the property the Connect job writes', async () => {
    const forgePage = host.addPage('Kubernetes deployment', ENGLISH);
    const connectPage = host.addPage('Kubernetes deployment', ENGLISH);
    const me = { as: host.editor, pageId: forgePage, version: 1 };

    const requested = value(await call<SuggestionsView>('requestSuggestions', {}, me));
    expect(requested.status).toBe('pending');
    expect(value(await call<SuggestionsView>('getSuggestions', {}, me)).status).toBe('pending');
    // A second request (another dialog) finds the fresh pending property and pushes nothing more.
    await call('requestSuggestions', {}, me);
    expect(host.pushed.map((e) => e.body)).toEqual([{ clientKey: expect.any(String), contentId: forgePage, contentType: 'page', version: 1 }]);
    expect(host.pushed[0]?.queueName).toBe('labelup-suggestions');

    expect(await host.deliverEvents(consumer)).toEqual([undefined]);
    const ready = value(await call<SuggestionsView>('getSuggestions', {}, me));
    expect(ready.status).toBe('ready');
    expect(ready.suggestions?.some((s) => s.label.includes('kubernetes'))).toBe(true);

    await runConnectJob(connectPage);
    expect(stored(forgePage)).toMatchObject({ schemaVersion: 1, status: 'ready', page: { id: forgePage, version: 1 }, language: 'en' });
    expect(comparable(stored(forgePage))).toEqual(comparable(stored(connectPage)));
  });

  it('reads a property the Connect job wrote without recomputing it', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    await runConnectJob(pageId);
    const before = host.emulator.state.contents.get(pageId)?.properties.get(SUGGESTION_PROPERTY_KEY);
    const me = { as: host.editor, pageId, version: 1 };
    const view = value(await call<SuggestionsView>('getSuggestions', {}, me));
    expect(view.status).toBe('ready');
    expect(view.suggestions).toEqual(stored(pageId)?.suggestions);
    expect(value(await call<SuggestionsView>('requestSuggestions', {}, me)).status).toBe('ready');
    expect(host.pushed).toEqual([]);
    expect(host.emulator.state.contents.get(pageId)?.properties.get(SUGGESTION_PROPERTY_KEY)?.version.number).toBe(before?.version.number);
  });

  it('adds labels as the user: an editor adds them, a viewer without edit permission is refused by Confluence', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    const added = value(await call<AddLabelsResult>('addLabels', { labels: ['kubernetes', 'helm'] }, { as: host.editor, pageId }));
    expect(added).toEqual({ added: ['kubernetes', 'helm'], labels: ['kubernetes', 'helm'] });
    expect(host.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/label')).map((r) => r.provider)).toEqual(['user']);

    const refused = await call<AddLabelsResult>('addLabels', { labels: ['payments'] }, { as: host.viewer, pageId });
    expect(refused).toMatchObject({ ok: false, status: 403, error: { code: 'permission-denied' } });
    expect(value(await call<{ labels: string[] }>('getLabels', {}, { as: host.viewer, pageId })).labels).toEqual(['kubernetes', 'helm']);
  });

  it.each<[string, AdfNode, readonly string[] | undefined]>([
    ['text-too-short', adfText(['Hi there']), undefined],
    ['language-unsupported', adfText(['Bu metin, şirketimizde yazılım geliştirme süreçlerini ve bulut hizmetlerinin kullanıma alınmasını anlatan Türkçe bir sayfadır.']), SUPPORTED_LANGUAGES],
  ])('shows the failed view: %s', async (code, body, supported) => {
    const pageId = host.addPage('Notes', body);
    const me = { as: host.editor, pageId, version: 1 };
    await call('requestSuggestions', {}, me);
    await host.deliverEvents(consumer);
    const view = value(await call<SuggestionsView>('getSuggestions', {}, me));
    expect(view).toMatchObject({ status: 'failed', failure: { code } });
    if (supported) expect([...(view.failure?.supportedLanguages ?? [])].sort()).toEqual([...supported].sort());
  });

  it('says outdated for an older version, and queues nothing', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    editPage(host.emulator.state, pageId, { adf: ENGLISH });
    const view = value(await call<SuggestionsView>('requestSuggestions', {}, { as: host.editor, pageId, version: 1 }));
    expect(view).toMatchObject({ status: 'outdated', page: { version: 1, latestVersion: 2 } });
    expect(host.pushed).toEqual([]);
    // Without a version in the context, the latest is assumed (see README).
    expect(value(await call<SuggestionsView>('getSuggestions', {}, { as: host.editor, pageId })).page).toEqual({ id: pageId, version: 2, latestVersion: 2 });
  });

  it('honours a forced recompute once per cool-down, judged by the property itself', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    await runConnectJob(pageId);
    const me = { as: host.editor, pageId, version: 1 };
    // Just written: inside the cool-down, a forced request is an ordinary one.
    expect(value(await call<SuggestionsView>('requestSuggestions', { force: true }, me)).status).toBe('ready');
    expect(host.pushed).toEqual([]);
    const property = host.emulator.state.contents.get(pageId)?.properties.get(SUGGESTION_PROPERTY_KEY);
    if (!property) throw new Error('no property');
    property.value = { ...(property.value as SuggestionProperty), updatedAt: new Date(Date.now() - 60_000).toISOString() };
    expect(value(await call<SuggestionsView>('requestSuggestions', { force: true }, me)).status).toBe('pending');
    expect(host.pushed.map((e) => e.body['force'])).toEqual([true]);
  });

  it('answers bad input with a clear error, never a crash', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    const me = { as: host.editor, pageId };
    expect(await call('addLabels', { labels: ['two words'] }, me)).toMatchObject({ ok: false, status: 400, error: { code: 'invalid-request' } });
    expect(await call('addLabels', { labels: [] }, me)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('requestSuggestions', { force: 'yes' }, me)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('requestSuggestions', { extra: 1 }, me)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('getSuggestions', {}, { as: host.editor, pageId: '../../admin' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await call('getSuggestions', {}, { as: host.editor, pageId: '987654321' })).toMatchObject({ ok: false, status: 404, error: { code: 'page-not-found' } });
    expect(await call('getSuggestions', {}, { ...me, license: { isActive: false } })).toMatchObject({ ok: false, error: { code: 'license-inactive' } });
    expect(await call('getSuggestions', {}, { ...me, environmentType: 'PRODUCTION' })).toMatchObject({ ok: false, error: { code: 'license-missing' } });
    expect(value(await call<SuggestionsView>('getSuggestions', {}, { ...me, environmentType: 'PRODUCTION', license: { isActive: true } })).status).toBe('none');
    expect(await consumer({ body: { contentId: 'DROP TABLE' } })).toBeUndefined();
  });

  it('the consumer asks Forge to retry when Confluence is down, and records failed: internal on the last attempt', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    await call('requestSuggestions', {}, { as: host.editor, pageId, version: 1 });
    // The emulator's fault injection: reading the page body fails with 503 from now on.
    host.emulator.faults.set([{ method: 'GET', path: `/wiki/api/v2/pages/${pageId}`, status: 503 }]);
    const answers = await host.deliverEvents(consumer);
    expect(answers.slice(0, 3)).toEqual([0, 1, 2].map(() => expect.objectContaining({ _retry: true, retryOptions: expect.objectContaining({ retryReason: 'FUNCTION_RETRY_REQUEST' }) })));
    expect(answers.at(-1)).toBeUndefined();
    expect(answers).toHaveLength(4);
    expect(stored(pageId)).toMatchObject({ status: 'failed', failure: { code: 'internal' } });
  });

  it('waits out a Confluence rate limit with Retry-After, then finishes', async () => {
    const pageId = host.addPage('Kubernetes deployment', ENGLISH);
    await call('requestSuggestions', {}, { as: host.editor, pageId, version: 1 });
    host.emulator.faults.set([{ method: 'GET', path: `/wiki/api/v2/pages/${pageId}`, status: 429, retryAfterSeconds: 60, times: 1 }]);
    const answers = await host.deliverEvents(consumer);
    expect(answers[0]).toMatchObject({ _retry: true, retryOptions: { retryAfter: 60, retryReason: 'FUNCTION_UPSTREAM_RATE_LIMITED', retryData: { attempt: 1, rateLimitWaits: 1 } } });
    expect(answers).toHaveLength(2);
    expect(stored(pageId)?.status).toBe('ready');
  });
});
