/**
 * License enforcement for Connect: when licensing is enabled in the descriptor, the context token
 * carries `context.license.active`; no license and an inactive license get distinct codes the UI
 * can show (the original's AE01 / AE02).
 */
import type { ConnectContext } from './context-jwt.js';

/** The outcome of a license check. */
export type LicenseVerdict = 'ok' | 'license-missing' | 'license-inactive';

/** Checks the license of a verified context; always 'ok' when licensing is off. */
export function checkLicense(context: ConnectContext, licensingEnabled: boolean): LicenseVerdict {
  if (!licensingEnabled) return 'ok';
  if (!context.license) return 'license-missing';
  return context.license.active ? 'ok' : 'license-inactive';
}
