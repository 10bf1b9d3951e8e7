/**
 * Ports of the Connect service: the interfaces its use cases see. Real implementations sit at the
 * edge (stores/, queues/, connect/, confluence-client) and are wired in one place (server.ts). The
 * job's ports (job data and signals, events, clock) are the platform-neutral core's, re-exported.
 */
import type { JobProcessor, SuggestionEvents, SuggestionEventSink, SuggestJobData } from '@labelup/core';

export {
  RateLimitedJobError,
  RetryableJobError,
  UnrecoverableJobError,
  type Clock,
  type JobProcessor,
  type JobRun,
  type SuggestionEvents,
  type SuggestJobData,
} from '@labelup/core';

/** What the app holds per installed site: only what Connect requires for auth and licensing. */
export interface Tenant {
  readonly clientKey: string;
  readonly sharedSecret: string;
  readonly baseUrl: string;
  readonly displayUrl?: string;
  readonly productType: string;
  readonly oauthClientId?: string;
  readonly serviceEntitlementNumber?: string;
  readonly installedAt: string;
  readonly updatedAt: string;
}

/** Tenant storage (SQLite by default, PostgreSQL with DATABASE_URL). One contract suite runs against each. */
export interface TenantStore {
  get(clientKey: string): Promise<Tenant | undefined>;
  /** Insert or replace (reinstall rotates the shared secret). */
  upsert(tenant: Tenant): Promise<void>;
  /** Forget everything about the site. Returns whether something was deleted. */
  delete(clientKey: string): Promise<boolean>;
  /** Every client key held (for the data report and operations). */
  listClientKeys(): Promise<readonly string[]>;
  /**
   * Claims `key` until `untilMs` (ms since epoch): true when it was free (never claimed, or its
   * claim ended by `nowMs`), false when someone holds it. Atomic across every process sharing the
   * store: the replay cache of lifecycle tokens and the forced-recompute cool-down use it.
   */
  claim(key: string, untilMs: number, nowMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** A queued job as a journal keeps it: its id and its references. */
export interface JournaledJob {
  readonly id: string;
  readonly data: SuggestJobData;
}

/**
 * Where the embedded queue writes the jobs it accepted (the tenant store's database), so that a
 * crash loses none: saved before `enqueue` resolves, deleted when the job ends, listed on start.
 */
export interface JobJournal {
  saveJob(job: JournaledJob): Promise<void>;
  deleteJob(id: string): Promise<void>;
  listJobs(): Promise<readonly JournaledJob[]>;
}

export interface EnqueueResult {
  readonly jobId: string;
  /** False when a job with this id already existed (duplicate request collapsed). */
  readonly created: boolean;
}

/** Job queue (in-process by default, BullMQ with REDIS_URL). One contract suite runs against each. */
export interface JobQueue {
  /** Idempotent: the job id is derived from tenant + content + version (+ force nonce). */
  enqueue(data: SuggestJobData): Promise<EnqueueResult>;
  /** Start processing with at most `concurrency` jobs at once. */
  process(processor: JobProcessor, options?: { concurrency?: number }): void;
  /** Stop taking jobs; in-flight jobs finish (or are aborted after `timeoutMs` and go back to the queue). */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/** In-process by default, Redis pub/sub when web and worker are separate processes. */
export interface EventBus extends SuggestionEventSink {
  subscribe(listener: <K extends keyof SuggestionEvents>(type: K, payload: SuggestionEvents[K]) => void): () => void;
  close(): Promise<void>;
}
