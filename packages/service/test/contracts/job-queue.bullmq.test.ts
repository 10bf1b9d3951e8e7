import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createBullmqQueue } from '../../src/queues/bullmq-queue.js';
import { QueueUnavailableError } from '../../src/queues/redis-connection.js';
import type { JobEvent } from '../../src/queues/job-events.js';
import { backendUrl } from './backend-env.js';
import { jobQueueContract } from './job-queue.contract.js';

const { url, skipReason } = backendUrl('LABELUP_TEST_REDIS_URL');

/** Every value stored under `prefix` (hashes, lists, sets, streams, strings) as one string. */
async function dump(redis: Redis, prefix: string): Promise<string> {
  const keys = await redis.keys(`${prefix}:*`);
  const parts: string[] = [];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, '-1')));
    else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
    else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
    else if (type === 'string') parts.push(String(await redis.get(key)));
  }
  return parts.join('\n');
}

jobQueueContract(
  'bullmq',
  async ({ retry, onJobEvent }) => {
    // A fresh prefix per test: each starts with an empty queue.
    const prefix = `labelup-test-${randomBytes(4).toString('hex')}`;
    const redis = new Redis(url as string);
    return {
      queue: createBullmqQueue({ redisUrl: url as string, prefix, retry, onJobEvent }),
      rawStorage: () => dump(redis, prefix),
      remainingAfterClose: async () => {
        const reader = createBullmqQueue({ redisUrl: url as string, prefix });
        const jobs = await reader.pendingJobs();
        await reader.close();
        return jobs;
      },
      cleanup: async () => {
        const keys = await redis.keys(`${prefix}:*`);
        if (keys.length > 0) await redis.del(...keys);
        await redis.quit();
      },
    };
  },
  skipReason ? { skipReason } : {},
);

describe('bullmq queue without Redis', () => {
  it('fails fast instead of hanging when Redis is unreachable, and still closes', async () => {
    const queue = createBullmqQueue({ redisUrl: 'redis://127.0.0.1:1', commandTimeoutMs: 300 });
    const started = Date.now();
    await expect(queue.enqueue({ clientKey: 'k', contentId: '1', contentType: 'page', version: 1 })).rejects.toBeInstanceOf(QueueUnavailableError);
    await expect(queue.pendingJobs()).rejects.toThrow(/did not answer/);
    await queue.close();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe.skipIf(Boolean(skipReason))('bullmq queue with foreign entries', () => {
  it('gives up at once on a job whose data is not a valid reference', async () => {
    const prefix = `labelup-test-${randomBytes(4).toString('hex')}`;
    const events: JobEvent[] = [];
    const queue = createBullmqQueue({ redisUrl: url as string, prefix, onJobEvent: (e) => events.push(e) });
    const raw = new Queue('labelup-suggest', { connection: { url: url as string }, prefix });
    let runs = 0;
    queue.process(async () => {
      runs += 1;
    });
    await raw.add('suggest', { clientKey: 'k', contentId: 'not-a-number', contentType: 'page', version: 1 }, { jobId: 'foreign-1', attempts: 5 });
    for (let i = 0; i < 100 && !events.some((e) => e.type === 'failed'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(events).toContainEqual({ type: 'failed', jobId: 'foreign-1', attempt: 1, code: 'internal' });
    expect(runs).toBe(0);
    await raw.close();
    await queue.close();
  });
});
