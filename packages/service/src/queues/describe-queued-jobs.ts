/** The queue's part of the data report: the pending jobs of one site, as the references they are. */
import type { InspectableQueue } from './job-events.js';

/** One pending job of a site. */
export interface QueuedJobReference {
  readonly jobId: string;
  readonly state: 'waiting' | 'delayed' | 'active';
  readonly contentId: string;
  readonly contentType: string;
  readonly version: number;
}

/** Pending jobs whose data names `clientKey` (held until the job ends). */
export async function describeQueuedJobs(queue: InspectableQueue, clientKey: string): Promise<readonly QueuedJobReference[]> {
  return (await queue.pendingJobs())
    .filter((job) => job.data.clientKey === clientKey)
    .map((job) => ({
      jobId: job.id,
      state: job.state,
      contentId: String(job.data.contentId),
      contentType: String(job.data.contentType),
      version: Number(job.data.version),
    }));
}
