import { z } from 'zod';

/** A per-subject request quota: `limit` requests per fixed window of `windowSeconds`. */
export const quotaSchema = z.object({
  /** App key, user e-mail, or `*` for every caller without a rule of its own. */
  subject: z.string().min(1),
  limit: z.number().int().min(0),
  windowSeconds: z.number().positive().default(60),
});
/** A quota rule. */
export type Quota = z.infer<typeof quotaSchema>;

/** Result of counting one request against the quotas. */
export interface QuotaDecision {
  allowed: boolean;
  /** Headers to add: `X-RateLimit-*`, and on 429 `Retry-After` and `RateLimit-Reason`. */
  headers: Record<string, string>;
}

/**
 * Fixed-window rate limiter with configurable per-subject quotas (Atlassian's per-tier numbers are NOT FOUND,
 * so tests and the demo set their own). Headers follow Confluence's rate-limiting page: `X-RateLimit-Limit`,
 * `X-RateLimit-Remaining`, `X-RateLimit-Reset` (ISO time), `X-RateLimit-NearLimit` (true below 20 %), and on
 * 429 `Retry-After` (whole seconds) and `RateLimit-Reason` (`confluence-quota-based`, name INFERRED).
 * Hand-written rather than hono-rate-limiter: the emulator needs Atlassian's header set, per-subject quotas
 * changed at run time through the control API, and an injectable clock for tests.
 */
export class QuotaTracker {
  private quotas: Quota[] = [];
  private windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number) {}

  /** Replaces all quota rules and forgets counts. */
  set(quotas: Quota[]): void {
    this.quotas = quotas;
    this.windows.clear();
  }

  /** The current rules. */
  list(): Quota[] {
    return this.quotas;
  }

  /** Counts a request from `subject` (undefined = anonymous, never limited). */
  take(subject: string | undefined): QuotaDecision {
    if (subject === undefined) return { allowed: true, headers: {} };
    const quota = this.quotas.find((q) => q.subject === subject) ?? this.quotas.find((q) => q.subject === '*');
    if (!quota) return { allowed: true, headers: {} };
    const now = this.now();
    const windowMs = quota.windowSeconds * 1000;
    let w = this.windows.get(subject);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(subject, w);
    }
    const resetAt = w.start + windowMs;
    const allowed = w.count < quota.limit;
    if (allowed) w.count += 1;
    const remaining = Math.max(0, quota.limit - w.count);
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(quota.limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': new Date(resetAt).toISOString(),
      'X-RateLimit-NearLimit': String(remaining < quota.limit * 0.2),
    };
    if (!allowed) {
      headers['Retry-After'] = String(Math.max(1, Math.ceil((resetAt - now) / 1000)));
      headers['RateLimit-Reason'] = 'confluence-quota-based';
    }
    return { allowed, headers };
  }
}
