import type { Diagnostic, DiagnosticCode, Severity } from '../types.js';

/** Builds a diagnostic; messages never quote page text (it may be customer data). */
export function diagnostic(code: DiagnosticCode, severity: Severity, message: string, data?: Record<string, unknown>): Diagnostic {
  return data === undefined ? { code, severity, message } : { code, severity, message, data };
}
