/**
 * The one error type of the emulator's REST layer. Handlers throw it; `render-error.ts` turns it into
 * Confluence's own shape, which differs between v1 (`/wiki/rest/api`) and v2 (`/wiki/api/v2`).
 */
export class ApiError extends Error {
  constructor(
    /** HTTP status. */
    readonly status: number,
    /** v1 `message`, v2 `title` (Confluence v2 titles name the missing thing, e.g. `Cannot find a page with id [1]`). */
    message: string,
    readonly options: {
      /** v2 `code`, default from the status (`NOT_FOUND`, `BAD_REQUEST`, …). */
      code?: string;
      /** v2 `detail` (default null). */
      detail?: string | null;
      /** Extra response headers (e.g. `Allow`, `Retry-After`). */
      headers?: Record<string, string>;
      /**
       * A body that is not Confluence's API shape: `'empty'` (405 on v1 child/label), `'scope'`
       * (`{"code":401,"message":"Unauthorized; scope does not match"}`), or `'html'` (Tomcat error page).
       */
      raw?: 'empty' | 'scope' | 'html';
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Thrown by fault injection to simulate a dropped connection; never rendered. */
export class DroppedConnection extends Error {
  constructor() {
    super('Connection dropped by fault injection');
    this.name = 'DroppedConnection';
  }
}

/** 404 naming what is missing, as Confluence does. */
export const notFound = (what: string): ApiError => new ApiError(404, what);
/** 400 with a message. */
export const badRequest = (message: string, code?: string): ApiError => new ApiError(400, message, code ? { code } : {});
