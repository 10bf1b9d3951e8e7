/**
 * Ports of the suggestion job: what it is given (job references, the run it is in), the signals it
 * gives back (retryable, rate limited, unrecoverable), the events it publishes, the clock and the
 * logger. Platform-neutral: the Connect service and the Forge app each implement them at their edge.
 */

/**
 * A job carries only references, never page content. `clientKey` names the site the job is for:
 * the Connect client key in the service, the installation id in the Forge app (the field keeps its
 * name so that journaled and queued jobs stay readable).
 */
export interface SuggestJobData {
  readonly clientKey: string;
  readonly contentId: string;
  readonly contentType: 'page' | 'blogpost';
  readonly version: number;
  /** A forced recompute gets a distinct job id. */
  readonly force?: boolean;
}

/** Signals a processor gives its queue (bullmq-style classification). */
export class RetryableJobError extends Error {
  override readonly name = 'RetryableJobError';
}
export class RateLimitedJobError extends Error {
  override readonly name = 'RateLimitedJobError';
  constructor(message: string, readonly retryAfterMs: number) {
    super(message);
  }
}
export class UnrecoverableJobError extends Error {
  override readonly name = 'UnrecoverableJobError';
  constructor(message: string, readonly code: string) {
    super(message);
  }
}

/** What a processor knows about the run it is in (to tell a last attempt from one that will be retried). */
export interface JobRun {
  readonly jobId: string;
  /** 1 for the first run; runs delayed by a rate limit do not count. */
  readonly attempt: number;
  /** Attempts allowed for retryable failures. */
  readonly maxAttempts: number;
  /** Times this job already waited for a rate limit. */
  readonly rateLimitWaits: number;
  /** Waits allowed; a rate limit beyond them ends the job. */
  readonly maxRateLimitWaits: number;
}

/** Runs one job; throws one of the job signals above when it did not finish. */
export type JobProcessor = (data: SuggestJobData, signal: AbortSignal, run: JobRun) => Promise<void>;

/** Events, as a typed map. References and codes only. */
export interface SuggestionEvents {
  'suggestions-ready': { clientKey: string; contentId: string; version: number };
  'suggestions-failed': { clientKey: string; contentId: string; version: number; code: string };
}

/** Where the job publishes its events (an event bus in the service; Forge realtime or nothing on Forge). */
export interface SuggestionEventSink {
  publish<K extends keyof SuggestionEvents>(type: K, payload: SuggestionEvents[K]): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/**
 * The structured logger the job writes to (pino's shape). Callers pass ids, codes, counts and
 * durations only: never page text, titles, labels or account ids.
 */
export interface JobLogger {
  child(bindings: Record<string, unknown>): JobLogger;
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}
