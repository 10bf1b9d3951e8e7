import type { Diagnostic } from '../types.js';
import { diagnostic } from './diagnostics.js';

/** Outcome of parsing a JSON body: the value, or the diagnostic saying why not. */
export type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly diagnostic: Diagnostic };

/**
 * `JSON.parse` that never throws: a syntax error becomes `input-invalid`; the RangeError V8 can raise
 * on very deeply nested input (call stack or memory) becomes `input-too-deep`. Messages never quote
 * the body (V8's syntax errors do, and page text is customer data). A body nested deeper than
 * `maxJsonDepth` arrays/objects is refused before parsing: V8 parses it, but a 1,000,000-deep
 * document takes seconds and hundreds of MB to build only for the walker to skip it.
 */
export function parseJson(text: string, maxJsonDepth: number): JsonResult {
  if (jsonDepthExceeds(text, maxJsonDepth)) {
    return { ok: false, diagnostic: diagnostic('input-too-deep', 'error', `The ADF body nests deeper than ${maxJsonDepth} JSON levels; it was not read.`, { maxJsonDepth }) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, diagnostic: diagnostic('input-too-deep', 'error', 'The ADF body is nested too deeply to parse.') };
    }
    return { ok: false, diagnostic: diagnostic('input-invalid', 'error', 'The ADF body is not valid JSON.') };
  }
}

/** True when `text` opens more than `limit` nested arrays/objects (strings are skipped). One pass, O(n). */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return false;
}
