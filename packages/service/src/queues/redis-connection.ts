/** ioredis connections as BullMQ wants them (workers need `maxRetriesPerRequest: null`). */
import { Redis } from 'ioredis';

/** A new ioredis connection to `url`; errors are reported to `onError` instead of crashing. */
export function connectRedis(url: string, onError: (error: Error) => void = () => undefined): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
  redis.on('error', onError);
  return redis;
}

/** Closes a connection, waiting up to `timeoutMs` for pending replies; then disconnects hard. */
export async function closeRedis(redis: Redis, timeoutMs = 1_000): Promise<void> {
  if (redis.status === 'end') return;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.quit(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('quit timed out')), timeoutMs);
      }),
    ]);
  } catch {
    redis.disconnect();
  } finally {
    clearTimeout(timer);
  }
}

/** Thrown when Redis does not answer in time: callers answer "try again later" instead of hanging. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
}

/** `promise`, or a QueueUnavailableError after `ms` (ioredis queues commands while reconnecting, forever). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailableError(`${what}: Redis did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
