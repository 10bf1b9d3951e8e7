/** What queue backends report about job outcomes (for logs, metrics and tests). */

/** One outcome of one run of a job. Carries ids and codes only, never job data. */
export type JobEvent =
  | { readonly type: 'completed'; readonly jobId: string; readonly attempt: number; readonly durationMs: number }
  | { readonly type: 'retry-scheduled'; readonly jobId: string; readonly attempt: number; readonly delayMs: number; readonly reason: 'retryable' | 'rate-limited' }
  | { readonly type: 'failed'; readonly jobId: string; readonly attempt: number; readonly code: string }
  | { readonly type: 'returned'; readonly jobId: string; readonly attempt: number }
  /** A journaled job found on start (accepted before a crash or stop), queued again. */
  | { readonly type: 'restored'; readonly jobId: string };

/** Receives job events; must not throw. */
export type JobEventListener = (event: JobEvent) => void;

/** A job as held by a queue: the reference data only. */
export interface QueuedJob {
  readonly id: string;
  readonly state: 'waiting' | 'delayed' | 'active';
  /** Exactly what the backend stores for the job (for audits: references only). */
  readonly data: Readonly<Record<string, unknown>>;
}

/** Backends list what they hold (data report, privacy checks). */
export interface InspectableQueue {
  pendingJobs(): Promise<readonly QueuedJob[]>;
}

/** The failure code of a job that gave up: the error's `code` if it has one, else `internal`. */
export function failureCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[a-z][a-z0-9-]{0,63}$/.test(code) ? code : 'internal';
}
