/**
 * The Forge app's errors: the same stable codes as the Connect API (core's `ApiErrorCode`), with the
 * HTTP status the Connect route would have answered, so the dialogs handle both platforms alike.
 * Messages carry codes, classes and statuses only: never page text, titles, labels or account ids.
 */
import { ConfluenceError, ConflictError, ForbiddenError, MalformedResponseError, NotFoundError, RateLimitedError } from '@labelup/confluence-client';
import { PendingConflictError, type ApiErrorCode, type ResolverAnswer } from '@labelup/core';

/** The status each code answers with (as the Connect service's catalog). */
export const STATUS_OF: Readonly<Record<ApiErrorCode, number>> = {
  'not-authenticated': 401,
  'token-expired': 401,
  'content-mismatch': 403,
  'license-missing': 403,
  'license-inactive': 403,
  'invalid-request': 400,
  'permission-denied': 403,
  'page-not-found': 404,
  'rate-limited': 429,
  'confluence-unavailable': 503,
  internal: 500,
};

/** An error a resolver answers with its code. */
export class ForgeAppError extends Error {
  override readonly name = 'ForgeAppError';
  constructor(readonly code: ApiErrorCode, message: string) {
    super(message);
  }
}

function codeOf(error: ConfluenceError): ApiErrorCode {
  if (error instanceof NotFoundError) return 'page-not-found';
  if (error instanceof ForbiddenError) return 'permission-denied';
  if (error instanceof RateLimitedError) return 'rate-limited';
  if (error instanceof ConflictError || error instanceof MalformedResponseError) return 'confluence-unavailable';
  if (error.status >= 400 && error.status < 500) return 'invalid-request';
  return 'confluence-unavailable';
}

/** The code and a data-free message for anything a resolver threw. */
export function toAppError(error: unknown): ForgeAppError {
  if (error instanceof ForgeAppError) return error;
  if (error instanceof ConfluenceError) return new ForgeAppError(codeOf(error), `confluence: ${error.name} ${error.status} ${error.code}`);
  if (error instanceof PendingConflictError) return new ForgeAppError('confluence-unavailable', error.message);
  return new ForgeAppError('internal', `unexpected: ${error instanceof Error ? error.name : typeof error}`);
}

/** The resolver answer for a failure. */
export function failure(error: ForgeAppError): ResolverAnswer<never> {
  return { ok: false, status: STATUS_OF[error.code], error: { code: error.code, message: error.message } };
}
