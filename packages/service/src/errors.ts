/**
 * The service's one error catalog: every error a request can end in has a stable code, an HTTP
 * status, whether its message is shown to the user and whether it is reported (logged at error
 * level). Errors become responses in one place, `toErrorResponse`, used by the app's `onError`.
 *
 * Messages are fixed strings from this catalog: never a token, secret, page text or account id.
 */
import type { ApiErrorBody, ApiErrorCode } from '@labelup/core';

/** One catalog entry. */
export interface ErrorSpec {
  readonly status: 400 | 401 | 403 | 404 | 409 | 429 | 500 | 502 | 503;
  /** The fixed message sent to the client (the UI translates by code). */
  readonly message: string;
  /** The UI may show `message` as is; otherwise it shows its generic "Something went wrong". */
  readonly shownToUser: boolean;
  /** Logged at error level (a bug or an outage), rather than info (the caller's mistake). */
  readonly reported: boolean;
  /** When it happens, for the docs and the catalog test. */
  readonly doc: string;
}

/** Every API error code, documented. */
export const errorCatalog: { readonly [C in ApiErrorCode]: ErrorSpec } = {
  'not-authenticated': {
    status: 401,
    message: 'Not authenticated. Reload the page to continue.',
    shownToUser: true,
    reported: false,
    doc: 'No token, a malformed or forged token, an unknown site, a wrong signature, algorithm or query hash.',
  },
  'token-expired': {
    status: 401,
    message: 'Your session expired. Reload the page to continue.',
    shownToUser: true,
    reported: false,
    doc: 'The token was valid but its exp claim has passed.',
  },
  'content-mismatch': {
    status: 403,
    message: 'This request is about another page than the one you are viewing.',
    shownToUser: true,
    reported: false,
    doc: 'The context token carries no page, or another page than the request names.',
  },
  'license-missing': {
    status: 403,
    message: 'No license is present for Label UP!.',
    shownToUser: true,
    reported: false,
    doc: 'Licensing is enabled and the context token carries no license.',
  },
  'license-inactive': {
    status: 403,
    message: 'The Label UP! license is not active.',
    shownToUser: true,
    reported: false,
    doc: 'Licensing is enabled and the context token says the license is not active.',
  },
  'invalid-request': {
    status: 400,
    message: 'The request is not valid.',
    shownToUser: false,
    reported: false,
    doc: 'A body or parameter failed validation (schema), or malformed JSON.',
  },
  'permission-denied': {
    status: 403,
    message: 'You do not have permission to do this on this page.',
    shownToUser: true,
    reported: false,
    doc: 'Confluence refused the call made as the user (or as the app) with 401/403.',
  },
  'page-not-found': {
    status: 404,
    message: 'The page could not be found. It may have been deleted.',
    shownToUser: true,
    reported: false,
    doc: 'Confluence answered 404 for the page, or the route does not exist.',
  },
  'rate-limited': {
    status: 429,
    message: 'Confluence is busy. Please, retry in a moment.',
    shownToUser: true,
    reported: false,
    doc: 'Confluence kept answering 429 after the client retries.',
  },
  'confluence-unavailable': {
    status: 503,
    message: 'Confluence could not be reached. Please, retry.',
    shownToUser: true,
    reported: true,
    doc: 'Confluence answered 5xx or could not be reached after the client retries; or a backend the request needs is down.',
  },
  internal: {
    status: 500,
    message: 'Something went wrong. Please, retry.',
    shownToUser: false,
    reported: true,
    doc: 'Anything not classified above (a bug).',
  },
};

/** An error with a catalog code. `detail` is for logs only and must hold no customer data. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ApiErrorCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(errorCatalog[code].message, options);
  }
  /** The HTTP status from the catalog. */
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

/** Maps any thrown value to an AppError (unknown errors become `internal`). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError('internal', undefined, { cause: error });
}

/** The response body and status for an error (the one place errors become responses). */
export function toErrorResponse(error: unknown, requestId?: string): { status: number; body: ApiErrorBody; appError: AppError } {
  const appError = toAppError(error);
  const spec = errorCatalog[appError.code];
  const body: ApiErrorBody = {
    error: { code: appError.code, message: spec.message, ...(requestId === undefined ? {} : { requestId }) },
  };
  return { status: spec.status, body, appError };
}
