/**
 * Turns what went wrong while talking to Confluence into the queue's signals: 429 → rate limited
 * (wait Retry-After), 5xx/network → retryable, 401/403 → unrecoverable, anything already a job
 * signal passes through. Messages keep only codes and statuses.
 */
import { ConfluenceError, ForbiddenError, RateLimitedError } from '@labelup/confluence-client';
import { RateLimitedJobError, RetryableJobError, UnrecoverableJobError } from '../ports.js';

/** The job signal for an error (unknown errors become retryable: the queue bounds attempts). */
export function classifyError(error: unknown): Error {
  if (error instanceof RetryableJobError || error instanceof RateLimitedJobError || error instanceof UnrecoverableJobError) return error;
  if (error instanceof RateLimitedError) return new RateLimitedJobError(`confluence rate limited`, error.retryAfterMs);
  if (error instanceof ForbiddenError) return new UnrecoverableJobError(`confluence refused the app: ${error.status} ${error.code}`, 'internal');
  if (error instanceof ConfluenceError) {
    return error.retryable
      ? new RetryableJobError(`confluence unavailable: ${error.status} ${error.code}`)
      : new UnrecoverableJobError(`confluence error: ${error.status} ${error.code}`, 'internal');
  }
  return new RetryableJobError(`unexpected: ${error instanceof Error ? error.name : typeof error}`);
}
