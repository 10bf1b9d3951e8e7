import type { SuggestOptions } from './types.js';

/** Options with defaults applied. */
export interface ResolvedOptions {
  readonly maxSuggestions: number;
  readonly minRelevance: number;
  readonly documentKinds: boolean;
}

/** Defaults of `SuggestOptions`. */
export const DEFAULT_OPTIONS: ResolvedOptions = { maxSuggestions: 20, minRelevance: 0, documentKinds: true };

const KNOWN = new Set(['maxSuggestions', 'minRelevance', 'documentKinds']);

/** Validates options and applies defaults; throws a RangeError naming the bad option. */
export function resolveOptions(options: SuggestOptions | undefined): ResolvedOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (typeof options !== 'object' || options === null) throw new RangeError('options must be an object');
  for (const key of Object.keys(options)) if (!KNOWN.has(key)) throw new RangeError(`unknown option "${key}"`);
  const { maxSuggestions = DEFAULT_OPTIONS.maxSuggestions, minRelevance = DEFAULT_OPTIONS.minRelevance, documentKinds = DEFAULT_OPTIONS.documentKinds } = options;
  if (typeof documentKinds !== 'boolean') throw new RangeError(`documentKinds must be a boolean, got ${String(documentKinds)}`);
  if (!Number.isInteger(maxSuggestions) || maxSuggestions < 1 || maxSuggestions > 100) {
    throw new RangeError(`maxSuggestions must be an integer in 1..100, got ${String(maxSuggestions)}`);
  }
  if (typeof minRelevance !== 'number' || !(minRelevance >= 0 && minRelevance <= 1)) {
    throw new RangeError(`minRelevance must be a number in [0, 1], got ${String(minRelevance)}`);
  }
  return { maxSuggestions, minRelevance, documentKinds };
}
