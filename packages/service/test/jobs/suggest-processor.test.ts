/** The suggestion job against the real emulator (in process) with the real engine and client. */
import { addLabels, createProperty, editPage, updateProperty } from '@labelup/emulator';
import { SUPPORTED_LANGUAGES } from '@labelup/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { UnrecoverableJobError, type JobRun, type SuggestJobData } from '../../src/core/ports.js';
import { isStalePending, parseSuggestionProperty, PENDING_TIMEOUT_MS, SUGGESTION_PROPERTY_KEY, type SuggestionProperty } from '@labelup/core';
import { buildSuggestionsView } from '@labelup/core';
import { createSuggestProcessor } from '../../src/jobs/suggest-processor.js';
import { createInProcessQueue } from '../../src/queues/in-process-queue.js';
import type { JobEvent } from '../../src/queues/job-events.js';
import { adf, clientFor, createJobSite, ENGLISH_PAGE, type JobSite } from './job-site.js';

let s: JobSite | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const clock = { now: () => new Date('2026-11-29T12:00:00.000Z') };
const run = (attempt = 1, maxAttempts = 3, rateLimitWaits = 0): JobRun => ({ jobId: 'job-1', attempt, maxAttempts, rateLimitWaits, maxRateLimitWaits: 5 });
const job = (site: JobSite, contentId: string, version = 1): SuggestJobData => ({ clientKey: site.tenant.clientKey, contentId, contentType: 'page', version });

function stored(site: JobSite, pageId: string): SuggestionProperty | undefined {
  return parseSuggestionProperty(site.emulator.state.contents.get(pageId)?.properties.get(SUGGESTION_PROPERTY_KEY)?.value);
}
const processorFor = (site: JobSite) =>
  createSuggestProcessor({ tenants: site.tenants, confluenceFor: clientFor(site), events: site.events, clock, logger: site.logger });

describe('suggest job', () => {
  it('writes ready suggestions for the page version and publishes the event', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    await processorFor(s)(job(s, pageId), new AbortController().signal, run());
    const property = stored(s, pageId);
    expect(property).toMatchObject({ schemaVersion: 1, status: 'ready', page: { id: pageId, version: 1 }, language: 'en', createdAt: '2026-11-29T12:00:00.000Z' });
    expect(property?.suggestions.length).toBeGreaterThan(2);
    expect(property?.suggestions.some((x) => x.label.includes('kubernetes'))).toBe(true);
    for (const suggestion of property?.suggestions ?? []) {
      expect(suggestion.relevance).toBeGreaterThanOrEqual(0);
      expect(suggestion.relevance).toBeLessThanOrEqual(1);
      expect(Object.keys(suggestion.evidence).sort()).toEqual(['count', 'emphasis', 'headingLevels', 'inExpand', 'inTitle', 'panelTypes']);
    }
    const json = JSON.stringify(property);
    expect(json).not.toContain(s.userAccountId);
    expect(json).not.toContain(s.botAccountId);
    expect(s.received).toEqual([{ type: 'suggestions-ready', payload: { clientKey: s.tenant.clientKey, contentId: pageId, version: 1 } }]);
  });

  it('reads the requested version, not the latest', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    editPage(s.emulator.state, pageId, { adf: adf('Gardening notes about tomatoes, compost and watering schedules for the summer vegetable garden beds.') });
    await processorFor(s)(job(s, pageId, 1), new AbortController().signal, run());
    const labels = stored(s, pageId)?.suggestions.map((x) => x.label) ?? [];
    expect(labels.some((l) => l.includes('kubernetes'))).toBe(true);
    expect(labels.some((l) => l.includes('tomato') || l.includes('garden'))).toBe(false);
  });

  it('keeps labels already on the page among the stored suggestions (the dialog hides them)', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    const processor = processorFor(s);
    await processor(job(s, pageId), new AbortController().signal, run());
    const top = stored(s, pageId)?.suggestions[0]?.label as string;
    addLabels(s.emulator.state, s.emulator.state.contents.get(pageId)!, [top]);
    await processor({ ...job(s, pageId), force: true }, new AbortController().signal, run());
    expect(stored(s, pageId)?.suggestions.map((x) => x.label)).toContain(top);
  });

  it('never overwrites a property describing a newer page version', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    editPage(s.emulator.state, pageId, { adf: ENGLISH_PAGE });
    const newer: SuggestionProperty = { schemaVersion: 1, status: 'pending', page: { id: pageId, version: 2 }, suggestions: [], createdAt: 'x', updatedAt: 'x' };
    createProperty(s.emulator.state, s.emulator.state.contents.get(pageId)!, SUGGESTION_PROPERTY_KEY, newer, s.botAccountId);
    await processorFor(s)(job(s, pageId, 1), new AbortController().signal, run());
    expect(stored(s, pageId)).toEqual(newer);
    expect(s.received).toEqual([]);
  });

  it('re-reads and retries when another writer takes the property version (409)', async () => {
    let raced = false;
    let site!: JobSite;
    const pending = (pageId: string): SuggestionProperty => ({ schemaVersion: 1, status: 'pending', page: { id: pageId, version: 1 }, suggestions: [], createdAt: 'first', updatedAt: 'first' });
    s = site = await createJobSite((url, init) => {
      const match = /\/api\/v2\/pages\/(\d+)\/properties\/(\d+)$/.exec(url.pathname);
      if (init?.method === 'PUT' && match && !raced) {
        raced = true; // another process writes first: our PUT's version is now taken
        const content = site.emulator.state.contents.get(match[1]!)!;
        const current = content.properties.get(SUGGESTION_PROPERTY_KEY)!;
        updateProperty(site.emulator.state, content, SUGGESTION_PROPERTY_KEY, pending(match[1]!), current.version.number + 1, site.botAccountId);
      }
    });
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    createProperty(s.emulator.state, s.emulator.state.contents.get(pageId)!, SUGGESTION_PROPERTY_KEY, pending(pageId), s.botAccountId);
    await processorFor(s)(job(s, pageId), new AbortController().signal, run());
    expect(raced).toBe(true);
    const property = s.emulator.state.contents.get(pageId)!.properties.get(SUGGESTION_PROPERTY_KEY)!;
    expect(property.version.number).toBe(3);
    expect(stored(s, pageId)).toMatchObject({ status: 'ready', createdAt: 'first' });
  });

  it.each([
    ['text-too-short', adf('Hi there'), undefined],
    ['language-unsupported', adf('Bu metin, şirketimizde yazılım geliştirme süreçlerini ve bulut hizmetlerinin kullanıma alınmasını anlatan Türkçe bir sayfadır.'), SUPPORTED_LANGUAGES],
  ])('stores a user-visible failure: %s', async (code, body, supported) => {
    s = await createJobSite();
    const pageId = s.addPage('Notes', body);
    await processorFor(s)(job(s, pageId), new AbortController().signal, run());
    const property = stored(s, pageId);
    expect(property).toMatchObject({ status: 'failed', failure: { code }, suggestions: [] });
    if (supported) expect([...(property?.failure?.supportedLanguages ?? [])].sort()).toEqual([...supported].sort());
    expect(s.received).toEqual([{ type: 'suggestions-failed', payload: { clientKey: s.tenant.clientKey, contentId: pageId, version: 1, code } }]);
  });

  it('gives up with page-not-found for a deleted page and app-uninstalled for a forgotten site', async () => {
    s = await createJobSite();
    const processor = processorFor(s);
    const missing = await processor(job(s, '424242'), new AbortController().signal, run()).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UnrecoverableJobError);
    expect(missing).toMatchObject({ code: 'page-not-found' });
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    await s.tenants.delete(s.tenant.clientKey);
    await expect(processor(job(s, pageId), new AbortController().signal, run())).rejects.toMatchObject({ code: 'app-uninstalled' });
    expect(s.received.map((e) => e.type)).toEqual(['suggestions-failed', 'suggestions-failed']);
  });

  it('a page version that reads 404 ends with the property saying failed page-not-found, not pending (issue 12, item 5)', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    const content = s.emulator.state.contents.get(pageId)!;
    const at = clock.now().toISOString();
    createProperty(s.emulator.state, content, SUGGESTION_PROPERTY_KEY, { schemaVersion: 1, status: 'pending', page: { id: pageId, version: 7 }, suggestions: [], createdAt: at, updatedAt: at }, s.botAccountId);
    await expect(processorFor(s)(job(s, pageId, 7), new AbortController().signal, run())).rejects.toMatchObject({ code: 'page-not-found' });
    expect(stored(s, pageId)).toMatchObject({ status: 'failed', page: { version: 7 }, failure: { code: 'page-not-found' } });
    expect(s.received.at(-1)).toMatchObject({ type: 'suggestions-failed', payload: { code: 'page-not-found' } });
  });

  it('when even the failure cannot be written, the pending property times out for readers (issue 12, item 5)', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    const content = s.emulator.state.contents.get(pageId)!;
    const at = clock.now().toISOString();
    createProperty(s.emulator.state, content, SUGGESTION_PROPERTY_KEY, { schemaVersion: 1, status: 'pending', page: { id: pageId, version: 1 }, suggestions: [], createdAt: at, updatedAt: at }, s.botAccountId);
    s.emulator.faults.set([
      { method: 'PUT', path: `/wiki/api/v2/pages/${pageId}/properties/*`, status: 500 },
      { method: 'POST', path: `/wiki/api/v2/pages/${pageId}/properties`, status: 500 },
    ]);
    await expect(processorFor(s)(job(s, pageId), new AbortController().signal, run(3, 3))).rejects.toMatchObject({ name: 'RetryableJobError' });
    const left = stored(s, pageId)!;
    expect(left.status).toBe('pending');
    const nowMs = Date.parse(left.updatedAt);
    expect(isStalePending(left, nowMs + PENDING_TIMEOUT_MS - 1_000)).toBe(false);
    expect(isStalePending(left, nowMs + PENDING_TIMEOUT_MS + 1_000)).toBe(true);
    const view = buildSuggestionsView({ pageId, version: 1, latestVersion: 1, labels: [], stored: { status: 'pending', version: 1, updatedAt: left.updatedAt }, nowMs: nowMs + PENDING_TIMEOUT_MS + 1_000 });
    expect(view.status).toBe('none'); // the dialog requests again instead of waiting forever
  });

  it('classifies Confluence failures: 5xx retryable, 429 rate-limited with Retry-After', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    const processor = processorFor(s);
    s.emulator.faults.set([{ path: '/wiki/api/v2/pages/*', status: 503 }]);
    await expect(processor(job(s, pageId), new AbortController().signal, run(1, 3))).rejects.toMatchObject({ name: 'RetryableJobError' });
    s.emulator.faults.set([{ path: '/wiki/api/v2/pages/*', status: 429, retryAfterSeconds: 30 }]);
    await expect(processor(job(s, pageId), new AbortController().signal, run(1, 3))).rejects.toMatchObject({ name: 'RateLimitedJobError', retryAfterMs: 30_000 });
    expect(stored(s, pageId)).toBeUndefined();
  });

  it('marks the property failed (internal) when the last attempt fails', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    s.emulator.faults.set([{ method: 'GET', path: `/wiki/api/v2/pages/${pageId}`, status: 500 }]);
    await expect(processorFor(s)(job(s, pageId), new AbortController().signal, run(3, 3))).rejects.toMatchObject({ name: 'RetryableJobError' });
    expect(stored(s, pageId)).toMatchObject({ status: 'failed', failure: { code: 'internal' } });
    expect(s.received.at(-1)).toMatchObject({ type: 'suggestions-failed', payload: { code: 'internal' } });
  });

  it('marks the property failed when rate limits outlast the allowed waits', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    s.emulator.faults.set([{ method: 'GET', path: `/wiki/api/v2/pages/${pageId}`, status: 429, retryAfterSeconds: 60 }]);
    await expect(processorFor(s)(job(s, pageId), new AbortController().signal, run(1, 3, 4))).rejects.toMatchObject({ name: 'RateLimitedJobError' });
    expect(stored(s, pageId)).toBeUndefined();
    await expect(processorFor(s)(job(s, pageId), new AbortController().signal, run(1, 3, 5))).rejects.toMatchObject({ name: 'RateLimitedJobError' });
    expect(stored(s, pageId)).toMatchObject({ status: 'failed', failure: { code: 'internal' } });
  });

  it('ends in suggestions through the queue despite a storm of 5xx and 429', async () => {
    s = await createJobSite();
    const pageId = s.addPage('Kubernetes deployment', ENGLISH_PAGE);
    s.emulator.faults.set([
      { path: '/wiki/api/v2/pages/*', status: 503, times: 3 },
      { path: '/wiki/api/v2/pages/*', status: 429, retryAfterSeconds: 0, times: 3 },
      { path: '/wiki/api/v2/spaces/*', status: 502, times: 2 },
    ]);
    const events: JobEvent[] = [];
    const queue = createInProcessQueue({ retry: { attempts: 6, backoffMs: 5, maxBackoffMs: 20 }, onJobEvent: (e) => events.push(e) });
    queue.process(processorFor(s));
    await queue.enqueue(job(s, pageId));
    for (let i = 0; i < 200 && !events.some((e) => e.type === 'completed' || e.type === 'failed'); i++) await new Promise((r) => setTimeout(r, 10));
    await queue.close();
    expect(events.at(-1)?.type).toBe('completed');
    expect(stored(s, pageId)?.status).toBe('ready');
  });

  it('keeps page text, titles and labels out of the logs (privacy canary)', async () => {
    s = await createJobSite();
    const marker = 'zqxmarkerword';
    const pageId = s.addPage(`Title ${marker}`, adf(`The ${marker} appears in this page about Kubernetes deployment, Helm charts and container images for production releases.`, ENGLISH_PAGE.content![1]!.content![0]!.text!));
    await processorFor(s)(job(s, pageId), new AbortController().signal, run());
    expect(stored(s, pageId)?.status).toBe('ready');
    const logs = s.logText();
    expect(logs).toContain('job-ready');
    expect(logs).not.toContain(marker);
    expect(logs).not.toContain(s.tenant.clientKey);
    expect(logs).not.toContain(s.tenant.sharedSecret);
    expect(logs).not.toContain('kubernetes');
  });
});
