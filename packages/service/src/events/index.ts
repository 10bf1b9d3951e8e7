/** Event buses: in-process (default) and Redis pub/sub. */
export { createInProcessEventBus } from './in-process-event-bus.js';
export { validateEvent, parseEvent, type ValidEvent } from './event-validation.js';
