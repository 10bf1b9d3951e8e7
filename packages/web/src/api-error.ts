/**
 * The one error type of the API client: a stable code the UI translates (`ApiErrorCode` from the
 * contract, or `network` when the service could not be reached or answered something unreadable).
 */
import type { ApiErrorBody, ApiErrorCode } from '../../core/src/contract.js';
import { apiErrorCodes } from './codes.js';

/** Codes the client can fail with. */
export type ClientErrorCode = ApiErrorCode | 'network';

const knownCodes: ReadonlySet<string> = new Set(apiErrorCodes);

/** A failed API call. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly status: number,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Builds the ApiError of a non-2xx response from its body (ApiErrorBody, or anything else). */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as Partial<ApiErrorBody> | undefined)?.error;
  if (error && typeof error.code === 'string' && knownCodes.has(error.code)) {
    return new ApiError(error.code, response.status, String(error.message ?? error.code), error.requestId);
  }
  const fallback: ApiErrorCode = response.status === 401 ? 'not-authenticated' : 'internal';
  return new ApiError(fallback, response.status, `HTTP ${response.status}`);
}
