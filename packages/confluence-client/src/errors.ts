/**
 * Typed errors of the client. Messages carry the method, the path template and Confluence's own
 * error message — never request or response bodies, tokens or page content.
 */

/** Any failed call to Confluence. `status` is 0 for network failures and timeouts. */
export class ConfluenceError extends Error {
  override name = 'ConfluenceError';
  constructor(
    message: string,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** Confluence's error code when it sent one (v2 `errors[0].code`), else a status-derived code. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True for failures worth retrying later: 5xx, network, timeout (429 is `RateLimitedError`). */
  get retryable(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

/** 404: the content (or version, or property) does not exist or is not visible to the caller. */
export class NotFoundError extends ConfluenceError {
  override name = 'NotFoundError';
}

/** 409: a write raced another one (property version taken, property already exists). */
export class ConflictError extends ConfluenceError {
  override name = 'ConflictError';
}

/** 401/403: the caller may not do this (missing scope, permission, or bad credentials). */
export class ForbiddenError extends ConfluenceError {
  override name = 'ForbiddenError';
}

/** 429 after the client's own retries: wait `retryAfterMs` before calling again. */
export class RateLimitedError extends ConfluenceError {
  override name = 'RateLimitedError';
  constructor(
    message: string,
    /** How long Confluence asked to wait (Retry-After), or the client's backoff guess. */
    readonly retryAfterMs: number,
  ) {
    super(message, 429, 'RATE_LIMITED');
  }
}

/**
 * Confluence (or whatever answered at the site's base URL) sent something that is not the documented
 * shape: an empty body, invalid JSON, missing fields. Worth retrying later (`retryable`); status 0
 * as no usable answer arrived.
 */
export class MalformedResponseError extends ConfluenceError {
  override name = 'MalformedResponseError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, 0, 'MALFORMED_RESPONSE', options);
  }
}
