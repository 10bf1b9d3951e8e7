/** Picks the job queue from the config: BullMQ with REDIS_URL, in-process otherwise. */
import type { JobQueue } from '../core/ports.js';
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
}

/** Creates the configured job queue. */
export function createJobQueue(config: Pick<ServiceConfig, 'redisUrl'>, options: JobQueueOptions = {}): JobQueue & InspectableQueue {
  return config.redisUrl ? createBullmqQueue({ redisUrl: config.redisUrl, ...options }) : createInProcessQueue(options);
}
