import { ConfluenceError, ConflictError, ForbiddenError, MalformedResponseError, NotFoundError, RateLimitedError } from '@labelup/confluence-client';
import { describe, expect, it } from 'vitest';
import { confluenceErrorToAppError } from '../../src/api/confluence-errors.js';
import type { AppError } from '../../src/errors.js';

const codeOf = (error: unknown) => (confluenceErrorToAppError(error) as AppError).code;

describe('confluenceErrorToAppError', () => {
  it('maps each client error class to its catalog code', () => {
    expect(codeOf(new NotFoundError('GET /api/v2/pages/{id}: Not Found', 404, 'NOT_FOUND'))).toBe('page-not-found');
    expect(codeOf(new ForbiddenError('POST /rest/api/content/{id}/label: denied', 403, 'FORBIDDEN'))).toBe('permission-denied');
    expect(codeOf(new RateLimitedError('rate limited', 1000))).toBe('rate-limited');
    expect(codeOf(new ConfluenceError('bad label', 400, 'label.contains.invalid.chars'))).toBe('invalid-request');
    // A write conflict is never the client's fault (issue 12, item 4); a malformed answer is upstream trouble (item 3).
    expect(codeOf(new ConflictError('taken', 409, 'CONFLICT'))).toBe('confluence-unavailable');
    expect(codeOf(new MalformedResponseError('GET /api/v2/pages/{id}/labels: no body'))).toBe('confluence-unavailable');
    expect(codeOf(new ConfluenceError('down', 503, 'HTTP_503'))).toBe('confluence-unavailable');
    expect(codeOf(new ConfluenceError('network', 0, 'NETWORK'))).toBe('confluence-unavailable');
  });

  it('keeps Confluence messages (which can quote labels) out of the log detail', () => {
    const mapped = confluenceErrorToAppError(new ConfluenceError('No label found with name: secret-label', 404, 'NOT_FOUND')) as AppError;
    expect(mapped.detail).not.toContain('secret-label');
  });

  it('passes other errors through', () => {
    const error = new TypeError('x');
    expect(confluenceErrorToAppError(error)).toBe(error);
  });
});
