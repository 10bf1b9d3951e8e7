/** Job queues: in-process (default) and BullMQ on Redis. */
export { createJobQueue, type JobQueueOptions } from './create-job-queue.js';
export { createInProcessQueue, type InProcessQueueOptions } from './in-process-queue.js';
export { createBullmqQueue, type BullmqQueueOptions } from './bullmq-queue.js';
export { QueueUnavailableError } from './redis-connection.js';
export { suggestJobId, toJobData } from './job-id.js';
export { retryPolicy, backoffDelayMs, type RetryOptions, type RetryPolicy } from './retry-policy.js';
export { failureCode, type JobEvent, type JobEventListener, type QueuedJob, type InspectableQueue } from './job-events.js';
export { describeQueuedJobs, type QueuedJobReference } from './describe-queued-jobs.js';
