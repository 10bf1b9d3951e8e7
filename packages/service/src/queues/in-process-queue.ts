/**
 * The embedded job queue: in this process, nothing to install. Same semantics as the BullMQ
 * backend (checked by one contract suite): idempotent ids, bounded concurrency, exponential
 * backoff for retryable failures, `retryAfterMs` waits for rate limits, no retry for unrecoverable
 * failures, graceful close. Durable with a `journal` (the tenant store's database, as `startService`
 * wires it): a job is journaled before `enqueue` resolves and deleted when it ends, and the jobs
 * found in the journal on start run again — so a crash (kill -9) loses no accepted job. The journal
 * holds the same references as the job, never page content.
 */
import {
  RateLimitedJobError,
  UnrecoverableJobError,
  type EnqueueResult,
  type JobJournal,
  type JobProcessor,
  type JobQueue,
  type SuggestJobData,
} from '../core/ports.js';
import { failureCode, type InspectableQueue, type JobEventListener, type QueuedJob } from './job-events.js';
import { suggestJobId, toJobData } from './job-id.js';
import { backoffDelayMs, retryPolicy, type RetryOptions, type RetryPolicy } from './retry-policy.js';

/** Options of `createInProcessQueue`. */
export interface InProcessQueueOptions {
  readonly retry?: RetryOptions;
  readonly onJobEvent?: JobEventListener;
  /** Durable record of accepted jobs; without it jobs live in memory only. */
  readonly journal?: JobJournal;
}

interface Entry {
  readonly id: string;
  readonly data: SuggestJobData;
  state: QueuedJob['state'];
  /** Runs counted against `retry.attempts`. */
  attempts: number;
  /** Rate-limit waits so far. */
  rateLimitWaits: number;
  timer?: NodeJS.Timeout;
}

const DEFAULT_CONCURRENCY = 1;
const DEFAULT_CLOSE_TIMEOUT_MS = 30_000;

class InProcessQueue implements JobQueue, InspectableQueue {
  private readonly entries = new Map<string, Entry>();
  private readonly ready: string[] = [];
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly policy: RetryPolicy;
  private processor?: JobProcessor;
  private concurrency = DEFAULT_CONCURRENCY;
  private closing = false;
  /** Resolves once the journal's jobs are back in the queue. */
  private readonly restored: Promise<void>;
  private restoredDone = false;

  constructor(private readonly options: InProcessQueueOptions) {
    this.policy = retryPolicy(options.retry);
    // A journal that cannot be read leaves the queue working in memory (never an unhandled rejection).
    this.restored = this.restore()
      .catch(() => undefined)
      .finally(() => {
        this.restoredDone = true;
        this.pump();
      });
  }

  /** Jobs journaled before a crash or stop, queued again (invalid rows are dropped). */
  private async restore(): Promise<void> {
    const journal = this.options.journal;
    if (!journal) return;
    for (const job of await journal.listJobs()) {
      let data: SuggestJobData;
      try {
        data = toJobData(job.data);
      } catch {
        await journal.deleteJob(job.id);
        continue;
      }
      if (this.entries.has(job.id)) continue;
      this.entries.set(job.id, { id: job.id, data, state: 'waiting', attempts: 0, rateLimitWaits: 0 });
      this.ready.push(job.id);
      this.emit({ type: 'restored', jobId: job.id });
    }
  }

  async enqueue(data: SuggestJobData): Promise<EnqueueResult> {
    if (this.closing) throw new Error('queue is closed');
    const clean = toJobData(data);
    const id = suggestJobId(clean);
    await this.restored;
    if (this.entries.has(id)) return { jobId: id, created: false };
    const entry: Entry = { id, data: clean, state: 'waiting', attempts: 0, rateLimitWaits: 0 };
    this.entries.set(id, entry);
    try {
      await this.options.journal?.saveJob({ id, data: clean });
    } catch (error) {
      this.entries.delete(id);
      throw error;
    }
    if (this.closing) return { jobId: id, created: true };
    this.ready.push(id);
    this.pump();
    return { jobId: id, created: true };
  }

  process(processor: JobProcessor, options: { concurrency?: number } = {}): void {
    if (this.processor) throw new Error('process() was already called on this queue');
    const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError('concurrency must be a positive integer');
    this.processor = processor;
    this.concurrency = concurrency;
    this.pump();
  }

  async pendingJobs(): Promise<readonly QueuedJob[]> {
    return [...this.entries.values()].map((e) => ({ id: e.id, state: e.state, data: { ...e.data } }));
  }

  async close(options: { timeoutMs?: number } = {}): Promise<void> {
    this.closing = true;
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    const inFlight = [...this.running.values()];
    if (inFlight.length === 0) return;
    const all = Promise.all(inFlight.map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS);
    });
    const outcome = await Promise.race([all.then(() => 'done' as const), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      // Abort what is still running; aborted jobs go back to the waiting list.
      for (const r of this.running.values()) r.controller.abort(new Error('queue closing'));
      await all;
    }
  }

  private pump(): void {
    const processor = this.processor;
    while (processor && this.restoredDone && !this.closing && this.running.size < this.concurrency && this.ready.length > 0) {
      const entry = this.entries.get(this.ready.shift() as string);
      if (entry) this.run(entry, processor);
    }
  }

  private run(entry: Entry, processor: JobProcessor): void {
    entry.state = 'active';
    entry.attempts += 1;
    const controller = new AbortController();
    const started = performance.now();
    const done = (async () => {
      try {
        await processor(entry.data, controller.signal, {
          jobId: entry.id,
          attempt: entry.attempts,
          maxAttempts: this.policy.attempts,
          rateLimitWaits: entry.rateLimitWaits,
          maxRateLimitWaits: this.policy.maxRateLimitWaits,
        });
        await this.forget(entry.id);
        this.emit({ type: 'completed', jobId: entry.id, attempt: entry.attempts, durationMs: performance.now() - started });
      } catch (error) {
        await this.onFailure(entry, error, controller.signal.aborted);
      } finally {
        this.running.delete(entry.id);
        this.pump();
      }
    })();
    this.running.set(entry.id, { controller, done });
  }

  /** Drops an ended job, from the journal too (a journal failure leaves it to run again after a restart). */
  private async forget(id: string): Promise<void> {
    this.entries.delete(id);
    await this.options.journal?.deleteJob(id).catch(() => undefined);
  }

  private async onFailure(entry: Entry, error: unknown, aborted: boolean): Promise<void> {
    if (aborted) {
      entry.attempts -= 1;
      entry.state = 'waiting';
      this.ready.unshift(entry.id);
      this.emit({ type: 'returned', jobId: entry.id, attempt: entry.attempts + 1 });
    } else if (error instanceof RateLimitedJobError && entry.rateLimitWaits < this.policy.maxRateLimitWaits) {
      entry.attempts -= 1; // waiting for Confluence's Retry-After is not a failed attempt
      entry.rateLimitWaits += 1;
      this.delay(entry, Math.max(0, error.retryAfterMs), 'rate-limited');
    } else if (error instanceof RateLimitedJobError) {
      await this.forget(entry.id);
      this.emit({ type: 'failed', jobId: entry.id, attempt: entry.attempts, code: 'rate-limited' });
    } else if (error instanceof UnrecoverableJobError || entry.attempts >= this.policy.attempts) {
      await this.forget(entry.id);
      this.emit({ type: 'failed', jobId: entry.id, attempt: entry.attempts, code: failureCode(error) });
    } else {
      this.delay(entry, backoffDelayMs(this.policy, entry.attempts), 'retryable');
    }
  }

  private delay(entry: Entry, delayMs: number, reason: 'retryable' | 'rate-limited'): void {
    entry.state = 'delayed';
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      entry.state = 'waiting';
      this.ready.push(entry.id);
      this.pump();
    }, delayMs);
    entry.timer.unref();
    this.emit({ type: 'retry-scheduled', jobId: entry.id, attempt: entry.attempts, delayMs, reason });
  }

  private emit(event: Parameters<JobEventListener>[0]): void {
    try {
      this.options.onJobEvent?.(event);
    } catch {
      // A listener's failure must not break the queue.
    }
  }
}

/** Creates the embedded in-process queue. */
export function createInProcessQueue(options: InProcessQueueOptions = {}): JobQueue & InspectableQueue {
  return new InProcessQueue(options);
}
