import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ForgeConsumer, ForgeInstallation } from './types.js';

/** Async events limits (https://developer.atlassian.com/platform/forge/limits-async-events). */
export const QUEUE_LIMITS = { eventsPerPush: 50, pushBytes: 200 * 1024, eventsPerMinute: 500, maxDelaySeconds: 900, maxRetries: 4 } as const;

const pushSchema = z.object({
  queueName: z.string().regex(/^[a-zA-Z0-9-_]+$/),
  jobId: z.string().min(1),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional(), concurrency: z.unknown().optional() })),
});
const jobSchema = z.object({ queueName: z.string().min(1), jobId: z.string().min(1) });

/** An event as a consumer function receives it (`AsyncEvent` of `@forge/events`). */
export interface AsyncEvent {
  body: Record<string, unknown>;
  queueName: string;
  jobId: string;
  eventId: string;
  delayInSeconds?: number;
  retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
}

/** How a consumer run ended: done, or asked to be retried (`InvocationError`, an error, a timeout). */
export type ConsumerOutcome = { retry: false } | { retry: true; afterSeconds: number; reason: string; data?: unknown };

/** What the queue needs from the host: running a consumer with an event. */
export interface QueueDeps {
  now: () => number;
  runConsumer(installation: ForgeInstallation, consumer: ForgeConsumer, event: AsyncEvent): Promise<ConsumerOutcome>;
}

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * Forge async events for every installation: the server side of `@forge/events` `Queue.push`, `getStats`
 * and `cancel` (the paths `/webhook/queue/{publish|stats|cancel}/…` that the package posts through
 * `__forge_fetch__` with the `stargate` remote). Events run the consumer of their queue after
 * `delayInSeconds`, in this process; a consumer that returns an `InvocationError`, throws or times out is
 * retried up to 4 times (`retryContext` filled in).
 */
export class ForgeQueues {
  private readonly jobs = new Map<string, JobStats>();
  private readonly cancelled = new Set<string>();
  private readonly recent = new Map<string, number[]>();
  private readonly pending = new Set<Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly deps: QueueDeps) {}

  /** Answers a queue API call (`path` after `/webhook/queue/`) for an installation. */
  async handle(installation: ForgeInstallation, path: string, bodyText: string): Promise<Response> {
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch {
      return json(400, { message: 'Body must be JSON' });
    }
    if (path.startsWith('publish/')) return this.publish(installation, body, Buffer.byteLength(bodyText));
    const job = jobSchema.safeParse(body);
    if (!job.success) return json(400, { message: 'queueName and jobId are required' });
    const stats = this.jobs.get(`${installation.installationId}/${job.data.jobId}`);
    if (!stats) return json(404, { message: `Job ${job.data.jobId} not found` });
    if (path.startsWith('stats/')) return json(200, stats);
    if (path.startsWith('cancel/')) {
      this.cancelled.add(`${installation.installationId}/${job.data.jobId}`);
      return new Response(null, { status: 204 });
    }
    return json(404, { message: 'Not Found' });
  }

  private publish(installation: ForgeInstallation, raw: unknown, bytes: number): Response {
    const parsed = pushSchema.safeParse(raw);
    if (!parsed.success) return json(400, { message: `Invalid push request: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}` });
    const push = parsed.data;
    const events = push.payload;
    if (events.length === 0) return json(400, { message: 'No events pushed' });
    if (events.length > QUEUE_LIMITS.eventsPerPush) return json(400, { message: `Too many events: at most ${QUEUE_LIMITS.eventsPerPush} per push` });
    if (bytes > QUEUE_LIMITS.pushBytes) return json(413, { errorMessage: `Payload too big: at most ${QUEUE_LIMITS.pushBytes / 1024} KB per push` });
    if (events.some((e) => e.delayInSeconds !== undefined && (e.delayInSeconds < 0 || e.delayInSeconds > QUEUE_LIMITS.maxDelaySeconds))) {
      return json(400, { message: `delayInSeconds must be between 0 and ${QUEUE_LIMITS.maxDelaySeconds}` });
    }
    const now = this.deps.now();
    const window = (this.recent.get(installation.installationId) ?? []).filter((t) => now - t < 60_000);
    if (window.length + events.length > QUEUE_LIMITS.eventsPerMinute) {
      this.recent.set(installation.installationId, window);
      return json(429, { message: `Rate limit: at most ${QUEUE_LIMITS.eventsPerMinute} events per minute per installation` });
    }
    this.recent.set(installation.installationId, window.concat(events.map(() => now)));
    const consumer = installation.app.consumers.find((c) => c.queue === push.queueName);
    const jobKey = `${installation.installationId}/${push.jobId}`;
    const stats: JobStats = this.jobs.get(jobKey) ?? { success: 0, inProgress: 0, failed: 0 };
    this.jobs.set(jobKey, stats);
    for (const e of events) {
      const event: AsyncEvent = { body: e.body, queueName: push.queueName, jobId: push.jobId, eventId: randomUUID(), ...(e.delayInSeconds !== undefined ? { delayInSeconds: e.delayInSeconds } : {}) };
      if (!consumer) {
        stats.failed += 1; // nobody listens on this queue
        continue;
      }
      stats.inProgress += 1;
      this.schedule(installation, consumer, event, (e.delayInSeconds ?? 0) * 1000, stats, jobKey);
    }
    return json(201, { jobId: push.jobId });
  }

  private schedule(installation: ForgeInstallation, consumer: ForgeConsumer, event: AsyncEvent, delayMs: number, stats: JobStats, jobKey: string): void {
    let settle: () => void = () => undefined;
    const done = new Promise<void>((r) => (settle = r));
    this.pending.add(done);
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.runOnce(installation, consumer, event, stats, jobKey).finally(() => {
        this.pending.delete(done);
        settle();
      });
    }, delayMs);
    this.timers.add(timer);
  }

  private async runOnce(installation: ForgeInstallation, consumer: ForgeConsumer, event: AsyncEvent, stats: JobStats, jobKey: string): Promise<void> {
    if (this.cancelled.has(jobKey)) {
      stats.inProgress -= 1;
      stats.failed += 1;
      return;
    }
    const outcome = await this.deps.runConsumer(installation, consumer, event);
    const retries = event.retryContext?.retryCount ?? 0;
    if (!outcome.retry) {
      stats.inProgress -= 1;
      stats.success += 1;
    } else if (retries >= QUEUE_LIMITS.maxRetries) {
      stats.inProgress -= 1;
      stats.failed += 1;
    } else {
      const next: AsyncEvent = { ...event, retryContext: { retryCount: retries + 1, retryReason: outcome.reason, retryData: outcome.data } };
      this.schedule(installation, consumer, next, Math.max(1, outcome.afterSeconds) * 1000, stats, jobKey);
    }
  }

  /** Resolves when no event is waiting or running (retries included). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Forgets every job, counter and waiting event. */
  reset(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.pending.clear();
    this.jobs.clear();
    this.cancelled.clear();
    this.recent.clear();
  }
}
