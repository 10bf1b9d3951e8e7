/**
 * Maps Connect authentication failures to the service's error catalog: an expired token gets its
 * own code (the UI asks for a reload); every other failure is `not-authenticated`, without saying
 * which check failed (the typed code goes to the log).
 */
import { AppError } from '../errors.js';
import { ConnectAuthError } from './auth-error.js';

/** An AppError for a thrown value from the Connect checkers (others are passed through). */
export function connectErrorToAppError(error: unknown): unknown {
  if (!(error instanceof ConnectAuthError)) return error;
  return new AppError(error.code === 'token-expired' ? 'token-expired' : 'not-authenticated', `connect:${error.code}`);
}
