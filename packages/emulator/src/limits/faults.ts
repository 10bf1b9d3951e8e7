import { z } from 'zod';

/** A fault rule: requests matching `method` and `path` get latency, an error status, or a dropped connection. */
export const faultSchema = z
  .object({
    /** HTTP method, or absent for all. */
    method: z.string().toUpperCase().optional(),
    /** Path pattern; `*` matches any characters (e.g. `/wiki/api/v2/pages/*`). */
    path: z.string().min(1),
    /** Status to answer with (e.g. 500, 503). */
    status: z.number().int().min(400).max(599).optional(),
    /** `Retry-After` seconds sent with the status. */
    retryAfterSeconds: z.number().int().min(0).optional(),
    /** Added latency before the request proceeds (or fails). */
    latencyMs: z.number().int().min(0).max(60_000).optional(),
    /** Drop the connection without an answer. */
    drop: z.boolean().optional(),
    /** How many matching requests the fault applies to; absent = all. */
    times: z.number().int().min(1).optional(),
  })
  .refine((f) => f.status !== undefined || f.latencyMs !== undefined || f.drop === true, {
    message: 'A fault needs status, latencyMs or drop',
  });
/** A fault rule. */
export type Fault = z.infer<typeof faultSchema>;

const toRegExp = (pattern: string): RegExp =>
  new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** Holds fault rules and picks the one for a request (first match; counted ones expire). */
export class FaultInjector {
  private faults: { fault: Fault; re: RegExp; left: number }[] = [];

  /** Replaces all fault rules. */
  set(faults: Fault[]): void {
    this.faults = faults.map((fault) => ({ fault, re: toRegExp(fault.path), left: fault.times ?? Infinity }));
  }

  /** The current rules. */
  list(): Fault[] {
    return this.faults.filter((f) => f.left > 0).map((f) => f.fault);
  }

  /** The fault for a request, consuming one use; undefined when none applies. */
  match(method: string, path: string): Fault | undefined {
    const hit = this.faults.find((f) => f.left > 0 && (!f.fault.method || f.fault.method === method.toUpperCase()) && f.re.test(path));
    if (!hit) return undefined;
    hit.left -= 1;
    return hit.fault;
  }
}
