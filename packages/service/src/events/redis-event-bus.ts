/**
 * The event bus over Redis pub/sub, for web and worker in separate processes: the worker publishes
 * "suggestions ready/failed", every web process receives it and forwards it to the open dialogs of
 * that page. Events carry ids and codes only. Pub/sub is fire-and-forget: a web process that is
 * down misses events, and the dialog's status poll covers that.
 */
import type { Redis } from 'ioredis';
import type { EventBus, SuggestionEvents } from '../core/ports.js';
import { closeRedis, connectRedis, withTimeout } from '../queues/redis-connection.js';
import { parseEvent, validateEvent } from './event-validation.js';

type Listener = Parameters<EventBus['subscribe']>[0];

/** Options of `connectRedisEventBus`. */
export interface RedisEventBusOptions {
  readonly redisUrl: string;
  /** Pub/sub channel. Default `labelup:events`. */
  readonly channel?: string;
  readonly onConnectionError?: (error: Error) => void;
  /** How long connecting and publishing wait for Redis before failing. Default 5 000 ms. */
  readonly commandTimeoutMs?: number;
}

/** Connects (publisher + subscriber connections) and resolves once subscribed. */
export async function connectRedisEventBus(options: RedisEventBusOptions): Promise<EventBus> {
  const channel = options.channel ?? 'labelup:events';
  const commandTimeoutMs = options.commandTimeoutMs ?? 5_000;
  const publisher: Redis = connectRedis(options.redisUrl, options.onConnectionError);
  const subscriber: Redis = connectRedis(options.redisUrl, options.onConnectionError);
  const listeners = new Set<Listener>();
  subscriber.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    const event = parseEvent(message);
    if (!event) return; // not ours or malformed: ignored, never crashes the process
    for (const listener of [...listeners]) {
      try {
        listener(event.type, event.payload);
      } catch {
        // One subscriber's failure must not affect the others.
      }
    }
  });
  try {
    await withTimeout(subscriber.subscribe(channel), commandTimeoutMs, 'event bus subscribe');
  } catch (error) {
    await Promise.all([closeRedis(publisher), closeRedis(subscriber)]);
    throw error;
  }
  let closed = false;
  return {
    async publish<K extends keyof SuggestionEvents>(type: K, payload: SuggestionEvents[K]) {
      if (closed) throw new Error('event bus is closed');
      const event = validateEvent(type, payload);
      await withTimeout(publisher.publish(channel, JSON.stringify(event)), commandTimeoutMs, 'event bus publish');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      await Promise.all([closeRedis(publisher), closeRedis(subscriber)]);
    },
  };
}
