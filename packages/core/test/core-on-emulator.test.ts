/**
 * The core's job and dialog operations against the real emulator (in process) through the real
 * Confluence client — with Basic auth, so nothing of either platform is involved: the core runs on
 * any ConfluenceClient.
 */
import { basicAuth, createConfluenceClient, type ConfluenceClient } from '@labelup/confluence-client';
import { addPage, addSpace, addUser, createEmulator, type AdfNode } from '@labelup/emulator';
import { describe, expect, it } from 'vitest';
import type { SuggestionsView } from '../src/contract.js';
import { createSuggestJob } from '../src/jobs/suggest-processor.js';
import { createDialogOperations } from '../src/operations/dialog-operations.js';
import type { PageGateway, PageRef } from '../src/pages/page-gateway.js';
import { markPending, readStoredSuggestions } from '../src/pages/property-operations.js';
import type { SuggestJobData, SuggestionEvents } from '../src/ports.js';
import { parseSuggestionProperty, SUGGESTION_PROPERTY_KEY } from '../src/suggestion-property.js';

const BASE_URL = 'https://core-test.atlassian.net/wiki';
const text = (...paragraphs: string[]): AdfNode => ({ type: 'doc', version: 1, content: paragraphs.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) });
const PAGE = text(
  'Kubernetes deployment guide for the payments service.',
  'Deploy the payments service with Helm charts to the Kubernetes cluster. Configure ingress, secrets and autoscaling.',
  'The deployment pipeline builds container images, runs integration tests and promotes releases to production.',
);

function site() {
  const emulator = createEmulator({ baseUrl: BASE_URL });
  const user = addUser(emulator.state, { email: 'grace@example.com', displayName: 'Grace Hopper', apiToken: 'grace-token' });
  const space = addSpace(emulator.state, { key: 'ENG' });
  const inProcess = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => emulator.app.request(input instanceof Request ? input.url : String(input), init)) as typeof fetch;
  const client = createConfluenceClient({ baseUrl: BASE_URL, auth: basicAuth('grace@example.com', 'grace-token'), fetch: inProcess, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
  const page = (title: string, body: AdfNode): PageRef => ({ id: addPage(emulator.state, { spaceId: space.id, title, adf: body, authorId: user.accountId }).id, type: 'page' });
  const stored = (id: string) => parseSuggestionProperty(emulator.state.contents.get(id)?.properties.get(SUGGESTION_PROPERTY_KEY)?.value);
  return { emulator, client, page, stored, accountId: user.accountId };
}

/** A gateway over one client (the platform adapters add auth, caching and error mapping). */
const gatewayOver = (client: ConfluenceClient): PageGateway<string> => ({
  latestVersion: (_s, page) => client.getLatestVersion(page),
  labels: async (_s, page) => (await client.getLabels(page)).map((l) => l.name),
  readSuggestions: (_s, page) => readStoredSuggestions(client, page),
  markPending: (_s, page, version, options) => markPending(client, page, version, options),
  addLabelsAsUser: async (_s, _user, page, labels) => (await client.addLabels(page, labels)).map((l) => l.name),
});

describe('core on any Confluence client', () => {
  it('requests, runs the job, and reads ready suggestions back; a second request queues nothing', async () => {
    const s = site();
    const page = s.page('Kubernetes deployment', PAGE);
    const queued: SuggestJobData[] = [];
    const ops = createDialogOperations<string>({ gateway: gatewayOver(s.client), siteKey: (key) => key, enqueue: async (d) => void queued.push(d), claimForce: async () => true });
    expect((await ops.getSuggestions('site-1', { ...page, version: 1 })).status).toBe('none');
    const first = await ops.requestSuggestions('site-1', { ...page, version: 1 }, {});
    expect(first).toMatchObject({ queued: true, view: { status: 'pending' } });
    expect(queued).toEqual([{ clientKey: 'site-1', contentId: page.id, contentType: 'page', version: 1 }]);
    expect(s.stored(page.id)?.status).toBe('pending');

    const events: (keyof SuggestionEvents)[] = [];
    const job = createSuggestJob({ confluenceFor: async () => s.client, events: { publish: async (type) => void events.push(type) }, clock: { now: () => new Date() } });
    await job(queued[0] as SuggestJobData, new AbortController().signal, { jobId: 'j', attempt: 1, maxAttempts: 3, rateLimitWaits: 0, maxRateLimitWaits: 3 });
    expect(events).toEqual(['suggestions-ready']);
    const view: SuggestionsView = await ops.getSuggestions('site-1', { ...page, version: 1 });
    expect(view.status).toBe('ready');
    expect(view.suggestions?.some((x) => x.label.includes('kubernetes'))).toBe(true);
    expect((await ops.requestSuggestions('site-1', { ...page, version: 1 }, {})).queued).toBe(false);
    expect(queued).toHaveLength(1);
  });

  it('says outdated for an older version and queues nothing', async () => {
    const s = site();
    const page = s.page('Kubernetes deployment', PAGE);
    const queued: SuggestJobData[] = [];
    const ops = createDialogOperations<string>({ gateway: gatewayOver(s.client), siteKey: (key) => key, enqueue: async (d) => void queued.push(d), claimForce: async () => true });
    const answer = await ops.requestSuggestions('site-1', { ...page, version: 0 }, {});
    expect(answer).toMatchObject({ queued: false, view: { status: 'outdated' } });
    expect(queued).toEqual([]);
  });

  it('a site the job cannot reach ends the job as app-uninstalled', async () => {
    const events: string[] = [];
    const job = createSuggestJob({ confluenceFor: async () => undefined, events: { publish: async (type) => void events.push(type) }, clock: { now: () => new Date() } });
    await expect(job({ clientKey: 'gone', contentId: '1', contentType: 'page', version: 1 }, new AbortController().signal, { jobId: 'j', attempt: 1, maxAttempts: 1, rateLimitWaits: 0, maxRateLimitWaits: 0 })).rejects.toMatchObject({ name: 'UnrecoverableJobError', code: 'app-uninstalled' });
    expect(events).toEqual(['suggestions-failed']);
  });

  it('adds labels and reports only the new ones as added', async () => {
    const s = site();
    const page = s.page('Kubernetes deployment', PAGE);
    const ops = createDialogOperations<string>({ gateway: gatewayOver(s.client), siteKey: (key) => key, enqueue: async () => undefined, claimForce: async () => true });
    await ops.addLabels('site-1', s.accountId, page, ['kubernetes']);
    expect(await ops.addLabels('site-1', s.accountId, page, ['kubernetes', 'helm'])).toEqual({ added: ['helm'], labels: ['kubernetes', 'helm'] });
  });
});
