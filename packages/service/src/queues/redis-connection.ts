/** ioredis connections as BullMQ wants them (workers need `maxRetriesPerRequest: null`). */
import { Redis } from 'ioredis';

/** A new ioredis connection to `url`; errors are reported to `onError` instead of crashing. */
export function connectRedis(url: string, onError: (error: Error) => void = () => undefined): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
  redis.on('error', onError);
  return redis;
}

/** Closes a connection, waiting for pending replies; falls back to a hard disconnect. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'end') return;
  try {
    await redis.quit();
  } catch {
    redis.disconnect();
  }
}
