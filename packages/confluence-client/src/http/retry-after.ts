/** `Retry-After` parsing: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */

/** Milliseconds to wait, or undefined when the header is absent or unreadable. */
export function parseRetryAfterMs(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  if (!/^[A-Za-z]{3}, /.test(trimmed)) return undefined; // IMF-fixdate, e.g. "Sun, 29 Nov 2026 12:00:10 GMT"
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
