/** Picks the job queue from the config: BullMQ with REDIS_URL, in-process otherwise. */
import type { JobJournal, JobQueue } from '../core/ports.js';
import type { ServiceConfig } from '../config/config.js';
import { createBullmqQueue } from './bullmq-queue.js';
import { createInProcessQueue } from './in-process-queue.js';
import type { InspectableQueue, JobEventListener } from './job-events.js';
import type { RetryOptions } from './retry-policy.js';

/** Extra options for either backend. */
export interface JobQueueOptions {
  readonly retry?: RetryOptions;
  readonly onJobEvent?: JobEventListener;
  readonly onConnectionError?: (error: Error) => void;
  /** Where the in-process queue journals accepted jobs (the tenant store); BullMQ keeps its own in Redis. */
  readonly journal?: JobJournal;
}

/** Creates the configured job queue. */
export function createJobQueue(config: Pick<ServiceConfig, 'redisUrl'> & Partial<Pick<ServiceConfig, 'workerLockMs'>>, options: JobQueueOptions = {}): JobQueue & InspectableQueue {
  const { journal, ...common } = options;
  return config.redisUrl
    ? createBullmqQueue({ redisUrl: config.redisUrl, ...common, ...(config.workerLockMs ? { lockDurationMs: config.workerLockMs } : {}) })
    : createInProcessQueue({ ...common, ...(journal ? { journal } : {}) });
}
