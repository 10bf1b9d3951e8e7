/** Retry policy shared by the queue backends: attempts, exponential backoff (ms), rate-limit waits. */

/** Options of the retry policy. Defaults: 5 attempts, 1 000 ms base, 60 000 ms cap, 20 rate-limit waits. */
export interface RetryOptions {
  /** Attempts in all (first run included) for retryable failures. Default 5. */
  readonly attempts?: number;
  /** Delay before the 2nd attempt; doubles each time. Default 1 000 ms. */
  readonly backoffMs?: number;
  /** Upper bound of one backoff delay. Default 60 000 ms. */
  readonly maxBackoffMs?: number;
  /** Rate-limit waits (RateLimitedJobError) allowed before the job fails. Default 20. */
  readonly maxRateLimitWaits?: number;
}

/** A complete retry policy. */
export type RetryPolicy = Required<RetryOptions>;

/** Defaults applied to missing options; throws a RangeError for invalid ones. */
export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = { attempts: 5, backoffMs: 1_000, maxBackoffMs: 60_000, maxRateLimitWaits: 20, ...options };
  if (!Number.isInteger(policy.maxRateLimitWaits) || policy.maxRateLimitWaits < 0) {
    throw new RangeError('retry.maxRateLimitWaits must be a non-negative integer');
  }
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1 || policy.attempts > 100) {
    throw new RangeError('retry.attempts must be an integer in 1..100');
  }
  if (!(policy.backoffMs >= 0) || !(policy.maxBackoffMs >= policy.backoffMs)) {
    throw new RangeError('retry.backoffMs must be >= 0 and retry.maxBackoffMs >= retry.backoffMs');
  }
  return policy;
}

/** Delay before attempt `attempt + 1` after `attempt` failed (attempt counts from 1). */
export function backoffDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
}
