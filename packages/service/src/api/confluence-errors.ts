/**
 * Maps the Confluence client's typed errors to the service's catalog, for API requests:
 * 404 → page-not-found, 401/403 → permission-denied, 429 after retries → rate-limited, 409 (a
 * write conflict) and answers that are not Confluence's shape → confluence-unavailable, other 4xx →
 * invalid-request, 5xx or network after retries → confluence-unavailable. The log detail keeps only
 * the error class, status and code: Confluence's own messages can quote label names.
 */
import { ConfluenceError, ConflictError, ForbiddenError, MalformedResponseError, NotFoundError, RateLimitedError } from '@labelup/confluence-client';
import type { ApiErrorCode } from '@labelup/core';
import { AppError } from '../errors.js';

function codeFor(error: ConfluenceError): ApiErrorCode {
  if (error instanceof NotFoundError) return 'page-not-found';
  if (error instanceof ForbiddenError) return 'permission-denied';
  if (error instanceof RateLimitedError) return 'rate-limited';
  // A write that raced another one is never the caller's mistake.
  if (error instanceof ConflictError) return 'confluence-unavailable';
  if (error instanceof MalformedResponseError) return 'confluence-unavailable';
  if (error.status >= 400 && error.status < 500) return 'invalid-request';
  return 'confluence-unavailable';
}

/** An AppError for a thrown value (non-Confluence errors are passed through). */
export function confluenceErrorToAppError(error: unknown): unknown {
  if (!(error instanceof ConfluenceError)) return error;
  return new AppError(codeFor(error), `confluence: ${error.name} ${error.status} ${error.code}`);
}

/** Runs a call and maps its Confluence errors. */
export async function mapConfluenceErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw confluenceErrorToAppError(error);
  }
}
