import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { expect, it } from 'vitest';
import { connectRedisEventBus } from '../../src/events/redis-event-bus.js';
import { backendUrl } from './backend-env.js';
import { eventBusContract } from './event-bus.contract.js';

const { url, skipReason } = backendUrl('LABELUP_TEST_REDIS_URL');

// Publisher and subscriber are separate buses (separate connections), as in a worker and a web process.
eventBusContract(
  'redis',
  async () => {
    const channel = `labelup-test:${randomBytes(4).toString('hex')}`;
    const [publisher, subscriber] = await Promise.all([
      connectRedisEventBus({ redisUrl: url as string, channel }),
      connectRedisEventBus({ redisUrl: url as string, channel }),
    ]);
    return { publisher, subscriber };
  },
  skipReason ? { skipReason } : {},
);

it.skipIf(Boolean(skipReason))('ignores malformed messages on the channel', async () => {
  const channel = `labelup-test:${randomBytes(4).toString('hex')}`;
  const bus = await connectRedisEventBus({ redisUrl: url as string, channel });
  const got: unknown[] = [];
  bus.subscribe((type, payload) => got.push({ type, payload }));
  const raw = new Redis(url as string);
  await raw.publish(channel, 'not json');
  await raw.publish(channel, JSON.stringify({ type: 'suggestions-ready', payload: { clientKey: 'k' } }));
  await raw.publish(channel, JSON.stringify({ type: 'suggestions-ready', payload: { clientKey: 'k', contentId: '1', version: 1 } }));
  await new Promise((r) => setTimeout(r, 200));
  expect(got).toEqual([{ type: 'suggestions-ready', payload: { clientKey: 'k', contentId: '1', version: 1 } }]);
  await raw.quit();
  await bus.close();
});

it('fails fast instead of hanging when Redis is unreachable', async () => {
  const started = Date.now();
  await expect(connectRedisEventBus({ redisUrl: 'redis://127.0.0.1:1', commandTimeoutMs: 300 })).rejects.toThrow(/did not answer/);
  expect(Date.now() - started).toBeLessThan(3_000);
});
