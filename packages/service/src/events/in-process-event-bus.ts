/**
 * The embedded event bus: delivers events to subscribers in this process (web and worker in one
 * process). Delivery is asynchronous (next microtask) like Redis, and a throwing subscriber does
 * not affect the publisher or other subscribers.
 */
import type { EventBus, SuggestionEvents } from '../core/ports.js';
import { validateEvent } from './event-validation.js';

type Listener = Parameters<EventBus['subscribe']>[0];

/** Creates the in-process event bus. */
export function createInProcessEventBus(): EventBus {
  const listeners = new Set<Listener>();
  let closed = false;
  return {
    async publish<K extends keyof SuggestionEvents>(type: K, payload: SuggestionEvents[K]) {
      if (closed) throw new Error('event bus is closed');
      const event = validateEvent(type, payload);
      await Promise.resolve();
      for (const listener of [...listeners]) {
        try {
          listener(event.type, event.payload);
        } catch {
          // One subscriber's failure must not reach the publisher or other subscribers.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };
}
