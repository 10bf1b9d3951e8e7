/** Event buses: in-process (default) and Redis pub/sub. */
export { createEventBus } from './create-event-bus.js';
export { createInProcessEventBus } from './in-process-event-bus.js';
export { connectRedisEventBus, type RedisEventBusOptions } from './redis-event-bus.js';
export { validateEvent, parseEvent, type ValidEvent } from './event-validation.js';
