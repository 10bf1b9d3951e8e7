/**
 * Bounds on what `parsePage` reads, so that any input finishes in bounded time and memory.
 * Units are in the names; every field is optional and falls back to `DEFAULT_PARSE_LIMITS`.
 */
export interface ParseLimits {
  /**
   * Longest body read, in UTF-16 code units (about characters). Longer Markdown, HTML, storage and text
   * bodies are cut there (`input-truncated`); a longer ADF JSON string cannot be cut and is rejected
   * (`input-invalid`). Default 32,000,000 (a 10 MB page passes).
   */
  readonly maxInputChars?: number;
  /**
   * Most readable text kept over all blocks, in UTF-16 code units. Reading stops there
   * (`input-truncated`). Default 2,000,000 (about 300,000 words).
   */
  readonly maxTextChars?: number;
  /**
   * Deepest structural nesting read, in nodes/elements/containers. Content nested deeper is skipped
   * (`input-too-deep`). Default 256 (real pages nest a few dozen levels at most).
   */
  readonly maxDepth?: number;
}

/** The limits used when none are given. */
export const DEFAULT_PARSE_LIMITS: Required<ParseLimits> = Object.freeze({
  maxInputChars: 32_000_000,
  maxTextChars: 2_000_000,
  maxDepth: 256,
});

/** Fills in defaults; throws a RangeError for a limit that is not a positive integer (a caller bug). */
export function resolveParseLimits(limits: ParseLimits = {}): Required<ParseLimits> {
  const resolved = { ...DEFAULT_PARSE_LIMITS };
  for (const key of Object.keys(DEFAULT_PARSE_LIMITS) as (keyof ParseLimits)[]) {
    const value = limits[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`ParseLimits.${key} must be a positive integer, got ${String(value)}`);
    }
    resolved[key] = value;
  }
  return resolved;
}
