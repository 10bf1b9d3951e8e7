/**
 * Web and worker as separate processes would run them: the "web" side enqueues on its own BullMQ
 * queue and listens on its own Redis event bus; the "worker" side processes with its own queue and
 * publishes on its own bus. Real Redis, real emulator (in process), real engine.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import type { EventBus, JobQueue, SuggestionEvents } from '../../src/core/ports.js';
import { parseSuggestionProperty, SUGGESTION_PROPERTY_KEY } from '@labelup/core';
import { connectRedisEventBus } from '../../src/events/redis-event-bus.js';
import { createSuggestProcessor } from '../../src/jobs/suggest-processor.js';
import { createBullmqQueue } from '../../src/queues/bullmq-queue.js';
import { backendUrl } from '../contracts/backend-env.js';
import { clientFor, createJobSite, ENGLISH_PAGE, type JobSite } from './job-site.js';

const { url, skipReason } = backendUrl('LABELUP_TEST_REDIS_URL');
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it.skipIf(Boolean(skipReason))('a job enqueued by the web side is processed by the worker side and the web side hears about it', async () => {
  const redisUrl = url as string;
  const prefix = `labelup-jobs-${randomBytes(4).toString('hex')}`;
  const channel = `${prefix}:events`;
  const site: JobSite = await createJobSite();
  closers.push(() => site.close());
  const open = async <T extends JobQueue | EventBus>(made: T | Promise<T>): Promise<T> => {
    const value = await made;
    closers.push(() => value.close());
    return value;
  };
  const workerBus = await open(connectRedisEventBus({ redisUrl, channel }));
  const webBus = await open(connectRedisEventBus({ redisUrl, channel }));
  const workerQueue = await open(createBullmqQueue({ redisUrl, prefix, retry: { attempts: 3, backoffMs: 10 } }));
  const webQueue = await open(createBullmqQueue({ redisUrl, prefix }));
  workerQueue.process(createSuggestProcessor({ tenants: site.tenants, confluenceFor: clientFor(site), events: workerBus, clock: { now: () => new Date() } }));

  const pageId = site.addPage('Kubernetes deployment', ENGLISH_PAGE);
  const heard = new Promise<SuggestionEvents['suggestions-ready']>((resolve) => {
    webBus.subscribe((type, payload) => {
      if (type === 'suggestions-ready') resolve(payload as SuggestionEvents['suggestions-ready']);
    });
  });
  const request = { clientKey: site.tenant.clientKey, contentId: pageId, contentType: 'page' as const, version: 1 };
  const first = await webQueue.enqueue(request);
  const again = await webQueue.enqueue(request);
  expect(again.jobId).toBe(first.jobId);

  const event = await heard;
  expect(event).toEqual({ clientKey: site.tenant.clientKey, contentId: pageId, version: 1 });
  const property = parseSuggestionProperty(site.emulator.state.contents.get(pageId)?.properties.get(SUGGESTION_PROPERTY_KEY)?.value);
  expect(property?.status).toBe('ready');
  expect(property?.page).toEqual({ id: pageId, version: 1 });
});
