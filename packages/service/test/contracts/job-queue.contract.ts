/**
 * One contract suite for every JobQueue backend (in-process, BullMQ on Redis): each backend's test
 * file calls `jobQueueContract` with a factory. Delays are small (tens of ms) to keep it fast.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  RateLimitedJobError,
  RetryableJobError,
  UnrecoverableJobError,
  type JobQueue,
  type JobRun,
  type SuggestJobData,
} from '../../src/core/ports.js';
import type { InspectableQueue, JobEvent, JobEventListener, QueuedJob } from '../../src/queues/job-events.js';
import type { RetryOptions } from '../../src/queues/retry-policy.js';
import { describeQueuedJobs } from '../../src/queues/describe-queued-jobs.js';

/** What a backend's test gives the suite. */
export interface QueueUnderTest {
  readonly queue: JobQueue & InspectableQueue;
  /** Every string the backend persisted (e.g. all Redis values), for the references-only audit. */
  readonly rawStorage?: () => Promise<string>;
  /** The jobs a backend still holds after `close` (durable backends read them with a new connection). */
  readonly remainingAfterClose?: () => Promise<readonly QueuedJob[]>;
  readonly cleanup?: () => Promise<void>;
}

export type QueueFactory = (options: { retry: RetryOptions; onJobEvent: JobEventListener }) => Promise<QueueUnderTest>;

const job = (overrides: Partial<SuggestJobData> = {}): SuggestJobData => ({
  clientKey: 'client-key-1',
  contentId: '1001',
  contentType: 'page',
  version: 3,
  ...overrides,
});

class EventLog {
  readonly events: JobEvent[] = [];
  private waiters: (() => void)[] = [];
  readonly listener: JobEventListener = (event) => {
    this.events.push(event);
    for (const wake of this.waiters.splice(0)) wake();
  };
  /** Resolves when `count` events match; rejects after `timeoutMs`. */
  async waitFor(predicate: (e: JobEvent) => boolean, count = 1, timeoutMs = 8_000): Promise<JobEvent[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const matching = this.events.filter(predicate);
      if (matching.length >= count) return matching;
      if (Date.now() > deadline) throw new Error(`timed out waiting for events; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Registers the suite for one backend. */
export function jobQueueContract(backend: string, factory: QueueFactory, options: { skipReason?: string } = {}): void {
  const suite = options.skipReason ? describe.skip : describe;
  suite(`JobQueue contract: ${backend}`, () => {
    let current: QueueUnderTest | undefined;
    let log: EventLog;
    const open = async (retry: RetryOptions = { attempts: 3, backoffMs: 40, maxBackoffMs: 1_000 }) => {
      log = new EventLog();
      current = await factory({ retry, onJobEvent: log.listener });
      return current.queue;
    };
    afterEach(async () => {
      await current?.queue.close({ timeoutMs: 2_000 });
      await current?.cleanup?.();
      current = undefined;
    });

    it('processes an enqueued job with its reference data', async () => {
      const queue = await open();
      const seen: SuggestJobData[] = [];
      queue.process(async (data) => {
        seen.push(data);
      });
      const { jobId, created } = await queue.enqueue(job());
      expect(created).toBe(true);
      await log.waitFor((e) => e.type === 'completed' && e.jobId === jobId);
      expect(seen).toEqual([job()]);
    });

    it('collapses duplicate requests for one page version into one job; force makes a new one', async () => {
      const queue = await open();
      const first = await queue.enqueue(job());
      const second = await queue.enqueue(job());
      const otherVersion = await queue.enqueue(job({ version: 4 }));
      const otherSite = await queue.enqueue(job({ clientKey: 'client-key-2' }));
      const forced = await queue.enqueue(job({ force: true }));
      expect(second).toEqual({ jobId: first.jobId, created: false });
      expect(new Set([first.jobId, otherVersion.jobId, otherSite.jobId, forced.jobId]).size).toBe(4);
      expect(forced.created).toBe(true);
      let runs = 0;
      queue.process(async () => {
        runs += 1;
      });
      await log.waitFor((e) => e.type === 'completed', 4);
      await sleep(100);
      expect(runs).toBe(4);
    });

    it('holds only references in its entries, even when given more', async () => {
      const queue = await open();
      const marker = 'PAGE-TEXT-MARKER-7d1f';
      const polluted = { ...job(), body: marker, title: marker } as unknown as SuggestJobData;
      await queue.enqueue(polluted);
      const pending = await queue.pendingJobs();
      expect(pending).toHaveLength(1);
      expect(Object.keys(pending[0]?.data ?? {}).sort()).toEqual(['clientKey', 'contentId', 'contentType', 'version']);
      if (current?.rawStorage) expect(await current.rawStorage()).not.toContain(marker);
    });

    it('reports the pending jobs of one site for the data report', async () => {
      const queue = await open();
      const mine = await queue.enqueue(job({ version: 5 }));
      await queue.enqueue(job({ clientKey: 'someone-else' }));
      expect(await describeQueuedJobs(queue, 'client-key-1')).toEqual([{ jobId: mine.jobId, state: 'waiting', contentId: '1001', contentType: 'page', version: 5 }]);
      expect(await describeQueuedJobs(queue, 'unknown')).toEqual([]);
    });

    it('refuses invalid job data with a clear error', async () => {
      const queue = await open();
      await expect(queue.enqueue(job({ version: 0 }))).rejects.toThrow(/version must be a positive integer/);
      await expect(queue.enqueue(job({ contentId: '../x' }))).rejects.toThrow(/contentId/);
    });

    it('runs at most `concurrency` jobs at once', async () => {
      const queue = await open();
      let inFlight = 0;
      let peak = 0;
      queue.process(
        async () => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          await sleep(60);
          inFlight -= 1;
        },
        { concurrency: 2 },
      );
      for (let v = 1; v <= 6; v++) await queue.enqueue(job({ version: v }));
      await log.waitFor((e) => e.type === 'completed', 6);
      expect(peak).toBe(2);
    });

    it('retries retryable failures with exponential backoff, then succeeds', async () => {
      const queue = await open({ attempts: 3, backoffMs: 80, maxBackoffMs: 1_000 });
      const runs: { run: JobRun; at: number }[] = [];
      queue.process(async (_data, _signal, run) => {
        runs.push({ run, at: Date.now() });
        if (run.attempt < 3) throw new RetryableJobError('confluence 503');
      });
      const { jobId } = await queue.enqueue(job());
      await log.waitFor((e) => e.type === 'completed' && e.jobId === jobId);
      expect(runs.map((r) => r.run.attempt)).toEqual([1, 2, 3]);
      expect(runs.every((r) => r.run.maxAttempts === 3 && r.run.jobId === jobId)).toBe(true);
      const gaps = [runs[1]!.at - runs[0]!.at, runs[2]!.at - runs[1]!.at];
      expect(gaps[0]).toBeGreaterThanOrEqual(75);
      expect(gaps[1]).toBeGreaterThanOrEqual(155);
    });

    it('gives up after the last attempt with the error code', async () => {
      const queue = await open({ attempts: 2, backoffMs: 20, maxBackoffMs: 100 });
      let runs = 0;
      queue.process(async () => {
        runs += 1;
        throw new RetryableJobError('still down');
      });
      await queue.enqueue(job());
      const [failed] = await log.waitFor((e) => e.type === 'failed');
      expect(failed).toMatchObject({ type: 'failed', attempt: 2, code: 'internal' });
      expect(runs).toBe(2);
      expect(await queue.pendingJobs()).toEqual([]);
    });

    it('does not retry unrecoverable failures', async () => {
      const queue = await open();
      let runs = 0;
      queue.process(async () => {
        runs += 1;
        throw new UnrecoverableJobError('page deleted', 'page-not-found');
      });
      await queue.enqueue(job());
      const [failed] = await log.waitFor((e) => e.type === 'failed');
      expect(failed).toMatchObject({ attempt: 1, code: 'page-not-found' });
      await sleep(150);
      expect(runs).toBe(1);
    });

    it('waits retryAfterMs on rate limits without spending attempts', async () => {
      const queue = await open({ attempts: 1, backoffMs: 10, maxBackoffMs: 10 });
      const at: number[] = [];
      queue.process(async () => {
        at.push(Date.now());
        if (at.length < 3) throw new RateLimitedJobError('429', 150);
      });
      const { jobId } = await queue.enqueue(job());
      await log.waitFor((e) => e.type === 'completed' && e.jobId === jobId);
      expect(at).toHaveLength(3);
      expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(140);
      expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(140);
    });

    it('ends a job that is rate limited more often than allowed', async () => {
      const queue = await open({ attempts: 3, backoffMs: 10, maxBackoffMs: 10, maxRateLimitWaits: 2 });
      const seen: JobRun[] = [];
      queue.process(async (_data, _signal, run) => {
        seen.push(run);
        throw new RateLimitedJobError('429', 10);
      });
      await queue.enqueue(job());
      const [failed] = await log.waitFor((e) => e.type === 'failed');
      expect(failed).toMatchObject({ code: 'rate-limited' });
      expect(seen.map((r) => [r.attempt, r.rateLimitWaits, r.maxRateLimitWaits])).toEqual([
        [1, 0, 2],
        [1, 1, 2],
        [1, 2, 2],
      ]);
    });

    it('lets an in-flight job finish on close', async () => {
      const queue = await open();
      let finished = false;
      let started!: () => void;
      const isStarted = new Promise<void>((resolve) => (started = resolve));
      queue.process(async (_data, signal) => {
        started();
        await sleep(200);
        finished = !signal.aborted;
      });
      await queue.enqueue(job());
      await isStarted;
      await queue.close({ timeoutMs: 5_000 });
      expect(finished).toBe(true);
    });

    it('aborts a job that outlives the close timeout and keeps it queued', async () => {
      const queue = await open();
      let aborted = false;
      let started!: () => void;
      const isStarted = new Promise<void>((resolve) => (started = resolve));
      queue.process(async (_data, signal) => {
        started();
        await new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            resolve();
          });
        });
        throw signal.reason;
      });
      const { jobId } = await queue.enqueue(job());
      await isStarted;
      await queue.close({ timeoutMs: 100 });
      expect(aborted).toBe(true);
      const remaining = await (current?.remainingAfterClose ?? (() => queue.pendingJobs()))();
      expect(remaining.map((j) => [j.id, j.state])).toEqual([[jobId, 'waiting']]);
      await expect(queue.enqueue(job({ version: 9 }))).rejects.toThrow(/closed/);
    });
  });
}
