import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, resolveOptions } from './suggest-options.js';

describe('resolveOptions', () => {
  it('applies defaults', () => {
    expect(resolveOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(resolveOptions({ maxSuggestions: 5 })).toEqual({ maxSuggestions: 5, minRelevance: 0, documentKinds: true });
    expect(resolveOptions({ documentKinds: false }).documentKinds).toBe(false);
    expect(() => resolveOptions({ documentKinds: 'no' as unknown as boolean })).toThrow(/documentKinds must be a boolean/u);
  });
  it.each([[{ maxSuggestions: 0 }], [{ maxSuggestions: 101 }], [{ maxSuggestions: 2.5 }], [{ minRelevance: -0.1 }], [{ minRelevance: Number.NaN }], [{ colour: 'red' }]])(
    'throws a RangeError for %j',
    (options) => {
      expect(() => resolveOptions(options as never)).toThrow(RangeError);
    },
  );
});
