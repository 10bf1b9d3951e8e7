/**
 * Maps the Confluence client's typed errors to the service's catalog, for API requests:
 * 404 → page-not-found, 401/403 → permission-denied, 429 after retries → rate-limited, 5xx or
 * network after retries → confluence-unavailable. The client's messages (method + path template)
 * go to the log detail; they hold no bodies or tokens.
 */
import { ConfluenceError, ForbiddenError, NotFoundError, RateLimitedError } from '@labelup/confluence-client';
import { AppError } from '../errors.js';

/** An AppError for a thrown value (non-Confluence errors are passed through). */
export function confluenceErrorToAppError(error: unknown): unknown {
  if (error instanceof NotFoundError) return new AppError('page-not-found', error.message, { cause: error });
  if (error instanceof ForbiddenError) return new AppError('permission-denied', error.message, { cause: error });
  if (error instanceof RateLimitedError) return new AppError('rate-limited', error.message, { cause: error });
  if (error instanceof ConfluenceError) return new AppError('confluence-unavailable', error.message, { cause: error });
  return error;
}

/** Runs a call and maps its Confluence errors. */
export async function mapConfluenceErrors<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw confluenceErrorToAppError(error);
  }
}
