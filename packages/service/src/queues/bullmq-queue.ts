/**
 * The job queue on BullMQ (Redis, `REDIS_URL`): jobs survive restarts and are shared by several
 * worker processes. Same semantics as the in-process queue (one contract suite):
 * - job id = `suggestJobId(data)`, so BullMQ itself collapses duplicates while a job is pending;
 *   entries are removed when the job ends (only references are ever stored);
 * - RetryableJobError and unknown errors: retried with the exponential backoff of `retry`;
 * - RateLimitedJobError: the job is moved to delayed for `retryAfterMs` (BullMQ's DelayedError),
 *   without spending an attempt;
 * - UnrecoverableJobError: BullMQ's UnrecoverableError, no retry;
 * - close: the worker stops taking jobs and waits for active ones; after `timeoutMs` their
 *   AbortSignal fires and they are moved back to waiting.
 */
import { DelayedError, Queue, UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { RateLimitedJobError, UnrecoverableJobError, type EnqueueResult, type JobProcessor, type JobQueue, type SuggestJobData } from '../core/ports.js';
import { failureCode, type InspectableQueue, type JobEvent, type JobEventListener, type QueuedJob } from './job-events.js';
import { suggestJobId, toJobData } from './job-id.js';
import { closeRedis, connectRedis, withTimeout } from './redis-connection.js';
import { backoffDelayMs, retryPolicy, type RetryOptions } from './retry-policy.js';

/** Options of `createBullmqQueue`. */
export interface BullmqQueueOptions {
  /** `redis://` URL. */
  readonly redisUrl: string;
  /** Queue name. Default `labelup-suggest`. */
  readonly queueName?: string;
  /** Redis key prefix. Default `labelup`. */
  readonly prefix?: string;
  readonly retry?: RetryOptions;
  readonly onJobEvent?: JobEventListener;
  /** How long `enqueue`/`pendingJobs` wait for Redis before failing (Redis down). Default 5 000 ms. */
  readonly commandTimeoutMs?: number;
  /**
   * How long an active job stays locked to its worker; a worker that dies (kill -9) leaves its job
   * locked this long, then the stalled-job check (run as often) puts it back to waiting for another
   * worker. Default 30 000 ms (BullMQ's default).
   */
  readonly lockDurationMs?: number;
  /** Connection errors (Redis down); default ignored — BullMQ reconnects. */
  readonly onConnectionError?: (error: Error) => void;
}

/** An unrecoverable failure that keeps our failure code for the `failed` event. */
class CodedUnrecoverableError extends UnrecoverableError {
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

const JOB_NAME = 'suggest';

/** Starts that were neither failures nor this run: rate-limit waits (and returns on close, stalls). */
const rateLimitWaits = (job: Job): number => Math.max(0, (job.attemptsStarted ?? 1) - 1 - job.attemptsMade);

/** Creates the BullMQ queue (the worker starts on `process`). */
export function createBullmqQueue(options: BullmqQueueOptions): JobQueue & InspectableQueue {
  const policy = retryPolicy(options.retry);
  const name = options.queueName ?? 'labelup-suggest';
  const prefix = options.prefix ?? 'labelup';
  const commandTimeoutMs = options.commandTimeoutMs ?? 5_000;
  const emit = (event: JobEvent) => {
    try {
      options.onJobEvent?.(event);
    } catch {
      // A listener's failure must not break the queue.
    }
  };
  const connections: Redis[] = [connectRedis(options.redisUrl, options.onConnectionError)];
  const queue = new Queue<SuggestJobData>(name, {
    connection: connections[0] as Redis,
    prefix,
    defaultJobOptions: {
      attempts: policy.attempts,
      backoff: { type: 'labelup' },
      removeOnComplete: true,
      removeOnFail: true,
    },
  });
  queue.on('error', () => undefined);
  let worker: Worker<SuggestJobData> | undefined;
  const running = new Map<string, AbortController>();
  let closing = false;

  const runJob = async (job: Job<SuggestJobData>, processor: JobProcessor, token: string | undefined): Promise<void> => {
    const controller = new AbortController();
    const jobId = job.id as string;
    running.set(jobId, controller);
    let data: SuggestJobData;
    try {
      data = toJobData(job.data);
    } catch (error) {
      running.delete(jobId);
      throw new CodedUnrecoverableError(`invalid job data: ${(error as Error).message}`, 'internal');
    }
    try {
      await processor(data, controller.signal, {
        jobId,
        attempt: job.attemptsMade + 1,
        maxAttempts: policy.attempts,
        rateLimitWaits: rateLimitWaits(job),
        maxRateLimitWaits: policy.maxRateLimitWaits,
      });
    } catch (error) {
      if (controller.signal.aborted) {
        await job.moveToWait(token);
        emit({ type: 'returned', jobId, attempt: job.attemptsMade + 1 });
        throw new WaitingError();
      }
      if (error instanceof RateLimitedJobError && rateLimitWaits(job) >= policy.maxRateLimitWaits) {
        throw new CodedUnrecoverableError('rate limited too often', 'rate-limited');
      }
      if (error instanceof RateLimitedJobError) {
        const delayMs = Math.max(0, error.retryAfterMs);
        await job.moveToDelayed(Date.now() + delayMs, token);
        emit({ type: 'retry-scheduled', jobId, attempt: job.attemptsMade + 1, delayMs, reason: 'rate-limited' });
        throw new DelayedError();
      }
      if (error instanceof UnrecoverableJobError) throw new CodedUnrecoverableError(error.message, error.code);
      throw error;
    } finally {
      running.delete(jobId);
    }
  };

  return {
    async enqueue(data: SuggestJobData): Promise<EnqueueResult> {
      if (closing) throw new Error('queue is closed');
      const clean = toJobData(data);
      const jobId = suggestJobId(clean);
      return withTimeout(
        (async () => {
          // BullMQ's add() is itself idempotent on jobId (it returns the existing job); the check
          // before it only tells the caller whether this request created the job.
          const existing = await queue.getJob(jobId);
          if (existing) return { jobId, created: false };
          await queue.add(JOB_NAME, clean, { jobId });
          return { jobId, created: true };
        })(),
        commandTimeoutMs,
        'enqueue',
      );
    },

    process(processor: JobProcessor, processOptions: { concurrency?: number } = {}): void {
      if (worker) throw new Error('process() was already called on this queue');
      const concurrency = processOptions.concurrency ?? 1;
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
      const connection = connectRedis(options.redisUrl, options.onConnectionError);
      connections.push(connection);
      worker = new Worker<SuggestJobData>(name, (job, token) => runJob(job, processor, token), {
        connection,
        prefix,
        concurrency,
        lockDuration: options.lockDurationMs ?? 30_000,
        stalledInterval: options.lockDurationMs ?? 30_000,
        // A job whose worker died is taken over; only one that stalls on every attempt gives up.
        maxStalledCount: policy.attempts,
        settings: { backoffStrategy: (attemptsMade: number) => backoffDelayMs(policy, attemptsMade) },
      });
      worker.on('error', () => undefined);
      worker.on('completed', (job) => {
        emit({ type: 'completed', jobId: job.id as string, attempt: job.attemptsMade, durationMs: (job.finishedOn ?? Date.now()) - (job.processedOn ?? Date.now()) });
      });
      worker.on('failed', (job, error) => {
        if (!job) return;
        const final = error instanceof UnrecoverableError || job.attemptsMade >= policy.attempts;
        if (final) emit({ type: 'failed', jobId: job.id as string, attempt: job.attemptsMade, code: failureCode(error) });
        else emit({ type: 'retry-scheduled', jobId: job.id as string, attempt: job.attemptsMade, delayMs: backoffDelayMs(policy, job.attemptsMade), reason: 'retryable' });
      });
    },

    async pendingJobs(): Promise<readonly QueuedJob[]> {
      const states = [
        ['waiting', 'wait'],
        ['delayed', 'delayed'],
        ['active', 'active'],
      ] as const;
      const read = async () => {
        const out: QueuedJob[] = [];
        for (const [state, type] of states) {
          for (const job of await queue.getJobs([type])) {
            if (job) out.push({ id: job.id as string, state, data: { ...(job.data as object) } });
          }
        }
        return out;
      };
      return withTimeout(read(), commandTimeoutMs, 'pendingJobs');
    },

    async close(closeOptions: { timeoutMs?: number } = {}): Promise<void> {
      if (closing) return;
      closing = true;
      if (worker) {
        const closed = worker.close();
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), closeOptions.timeoutMs ?? 30_000);
        });
        const outcome = await Promise.race([closed.then(() => 'done' as const), timedOut]);
        clearTimeout(timer);
        if (outcome === 'timeout') for (const controller of running.values()) controller.abort(new Error('queue closing'));
        await withTimeout(closed, commandTimeoutMs, 'close').catch(() => undefined);
      }
      await withTimeout(queue.close(), commandTimeoutMs, 'close').catch(() => undefined);
      await Promise.all(connections.map(closeRedis));
    },
  };
}
