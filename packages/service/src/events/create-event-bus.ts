/** Picks the event bus from the config: Redis pub/sub with REDIS_URL, in-process otherwise. */
import type { EventBus } from '../core/ports.js';
import type { ServiceConfig } from '../config/config.js';
import { createInProcessEventBus } from './in-process-event-bus.js';
import { connectRedisEventBus } from './redis-event-bus.js';

/**
 * Creates the configured event bus. With REDIS_URL, web and worker may be separate processes, so
 * events go through Redis even when one process runs both roles.
 */
export async function createEventBus(
  config: Pick<ServiceConfig, 'redisUrl'>,
  options: { onConnectionError?: (error: Error) => void } = {},
): Promise<EventBus> {
  return config.redisUrl ? connectRedisEventBus({ redisUrl: config.redisUrl, ...options }) : createInProcessEventBus();
}
