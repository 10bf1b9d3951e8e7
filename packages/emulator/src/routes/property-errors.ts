import { ApiError } from '../http/api-error.js';
import type { PropertyWrite } from '../state/index.js';

/** Maps a refused property write to Confluence's statuses: 409 conflict/exists (INFERRED), 404, 400. */
export function propertyWriteError(result: Extract<PropertyWrite, { ok: false }>): ApiError {
  switch (result.reason) {
    case 'conflict':
    case 'exists':
      return new ApiError(409, result.message, { code: 'CONFLICT' });
    case 'not-found':
      return new ApiError(404, result.message);
    default:
      return new ApiError(400, result.message, { code: 'INVALID_REQUEST_PARAMETER' });
  }
}
