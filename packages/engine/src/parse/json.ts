import type { Diagnostic } from '../types.js';
import { diagnostic } from './diagnostics.js';

/** Outcome of parsing a JSON body: the value, or the diagnostic saying why not. */
export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * `JSON.parse` that never throws: a syntax error becomes `input-invalid`; the RangeError V8 can raise
 * on very deeply nested input (call stack or memory) becomes `input-too-deep`. Messages never quote
 * the body (V8's syntax errors do, and page text is customer data).
 */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, diagnostic: diagnostic('input-too-deep', 'error', 'The ADF body is nested too deeply to parse.') };
    }
    return { ok: false, diagnostic: diagnostic('input-invalid', 'error', 'The ADF body is not valid JSON.') };
  }
}
