import { createInProcessQueue } from '../../src/queues/in-process-queue.js';
import { jobQueueContract } from './job-queue.contract.js';

jobQueueContract('in-process', async ({ retry, onJobEvent }) => ({ queue: createInProcessQueue({ retry, onJobEvent }) }));
