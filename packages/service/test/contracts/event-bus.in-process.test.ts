import { createInProcessEventBus } from '../../src/events/in-process-event-bus.js';
import { eventBusContract } from './event-bus.contract.js';

eventBusContract('in-process', async () => {
  const bus = createInProcessEventBus();
  return { publisher: bus, subscriber: bus };
});
