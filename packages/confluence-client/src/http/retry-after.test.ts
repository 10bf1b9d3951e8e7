import { describe, expect, it } from 'vitest';
import { parseRetryAfterMs } from './retry-after.js';

describe('parseRetryAfterMs', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('0')).toBe(0);
    expect(parseRetryAfterMs(' 30 ')).toBe(30_000);
  });
  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('2026-11-29T12:00:00Z');
    expect(parseRetryAfterMs('Sun, 29 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfterMs('Sun, 29 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });
  it('returns undefined when absent or unreadable', () => {
    expect(parseRetryAfterMs(null)).toBeUndefined();
    expect(parseRetryAfterMs('')).toBeUndefined();
    expect(parseRetryAfterMs('soon')).toBeUndefined();
    expect(parseRetryAfterMs('-5')).toBeUndefined();
  });
});
