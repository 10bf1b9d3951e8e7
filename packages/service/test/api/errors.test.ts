import { describe, expect, it } from 'vitest';
import type { ApiErrorCode } from '@labelup/core';
import { AppError, errorCatalog, toErrorResponse } from '../../src/errors.js';

// Every code of the contract's ApiErrorCode union, checked at compile time both ways.
const contractCodes = {
  'not-authenticated': true, 'token-expired': true, 'content-mismatch': true, 'license-missing': true, 'license-inactive': true,
  'invalid-request': true, 'permission-denied': true, 'page-not-found': true, 'rate-limited': true, 'confluence-unavailable': true, internal: true,
} satisfies Record<ApiErrorCode, true>;

describe('error catalog', () => {
  it('documents every API error code with a status, a message and a doc line', () => {
    expect(Object.keys(errorCatalog).sort()).toEqual(Object.keys(contractCodes).sort());
    for (const [code, spec] of Object.entries(errorCatalog)) {
      expect(spec.doc.length, code).toBeGreaterThan(20);
      expect(spec.message.length, code).toBeGreaterThan(10);
      expect(spec.status, code).toBeGreaterThanOrEqual(400);
    }
  });

  it('never reports client mistakes and always reports 5xx', () => {
    for (const spec of Object.values(errorCatalog)) expect(spec.reported).toBe(spec.status >= 500);
  });

  it('maps an AppError to its fixed message, whatever the detail', () => {
    const { status, body } = toErrorResponse(new AppError('permission-denied', 'secret detail'), 'req-1');
    expect(status).toBe(403);
    expect(body).toEqual({ error: { code: 'permission-denied', message: errorCatalog['permission-denied'].message, requestId: 'req-1' } });
    expect(JSON.stringify(body)).not.toContain('secret detail');
  });

  it('maps unknown errors to internal without their message', () => {
    const { status, body } = toErrorResponse(new Error('token=abc page text'));
    expect(status).toBe(500);
    expect(body.error.code).toBe('internal');
    expect(JSON.stringify(body)).not.toContain('abc');
  });
});
