/**
 * Every error code of the API contract as values (the contract holds only types), so that the
 * client can recognise them and a test can check the message catalog covers each one. The
 * `Record<Code, true>` objects make the compiler fail when the contract gains a code not listed here.
 */
import type { ApiErrorCode, JobFailureCode } from '../../core/src/contract.js';

const apiErrorCodeSet: Record<ApiErrorCode, true> = {
  'not-authenticated': true, 'token-expired': true, 'content-mismatch': true, 'license-missing': true,
  'license-inactive': true, 'invalid-request': true, 'permission-denied': true, 'page-not-found': true,
  'rate-limited': true, 'confluence-unavailable': true, internal: true,
};

const jobFailureCodeSet: Record<JobFailureCode, true> = {
  'text-too-short': true, 'language-undetermined': true, 'language-unsupported': true, 'page-not-found': true,
  'app-uninstalled': true, internal: true,
};

/** Every `ApiErrorCode`. */
export const apiErrorCodes = Object.keys(apiErrorCodeSet) as readonly ApiErrorCode[];

/** Every `JobFailureCode`. */
export const jobFailureCodes = Object.keys(jobFailureCodeSet) as readonly JobFailureCode[];
