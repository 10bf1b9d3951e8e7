/**
 * The suggestion job as a Forge `consumer` of the `labelup-suggestions` queue: the core's job,
 * running the engine inside this function (no remotes, no egress), with a client acting as the app
 * (`asApp()`). The core's signals become Forge's: retryable → `InvocationError` with a backed-off
 * `retryAfter`; rate limited → `InvocationError` after Confluence's Retry-After; unrecoverable →
 * done (the property already says why). The retry data holds counters only.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';
import {
  createSuggestJob,
  RateLimitedJobError,
  RetryableJobError,
  UnrecoverableJobError,
  type JobLogger,
  type SuggestionEventSink,
} from '@labelup/core';
import { appClient } from './forge-gateway.js';
import { createForgeLogger } from './forge-logger.js';
import { parseSuggestionEventBody } from './suggestion-queue.js';

/** Attempts for retryable failures (the first run and three retries; Forge retries an event at most four times). */
export const MAX_ATTEMPTS = 4;
/** Rate-limit waits allowed before the job gives up. */
export const MAX_RATE_LIMIT_WAITS = 4;

/** Client retries inside the consumer: longer waits than a resolver, a 900 s function has time. */
const CONSUMER_RETRY = { attempts: 3, baseDelayMs: 500, maxDelayMs: 5_000, maxRetryAfterMs: 20_000 } as const;

/** What the consumer receives (`AsyncEvent` of @forge/events, as far as it reads it). */
export interface ConsumerEvent {
  readonly body?: unknown;
  readonly jobId?: string;
  readonly eventId?: string;
  readonly retryContext?: { readonly retryCount?: number; readonly retryData?: unknown };
}

/** Options of `createConsumerHandler`. */
export interface ConsumerOptions {
  readonly logger?: JobLogger;
  /**
   * Where the job's ready/failed events go. Default: nowhere — open dialogs re-read the property
   * with a bounded backoff (packages/forge/README.md, "Pending → ready").
   */
  readonly events?: SuggestionEventSink;
  readonly clock?: { now(): Date };
}

/** The retry data Forge hands back on the next attempt: counters, never content. */
interface RetryCounters {
  readonly attempt: number;
  readonly rateLimitWaits: number;
}

function countersOf(event: ConsumerEvent): RetryCounters {
  const data = event.retryContext?.retryData as Partial<RetryCounters> | undefined;
  const attempt = typeof data?.attempt === 'number' && Number.isInteger(data.attempt) ? data.attempt : (event.retryContext?.retryCount ?? 0) + 1;
  const rateLimitWaits = typeof data?.rateLimitWaits === 'number' && Number.isInteger(data.rateLimitWaits) ? data.rateLimitWaits : 0;
  return { attempt: Math.max(1, attempt), rateLimitWaits: Math.max(0, rateLimitWaits) };
}

/** What the handler returns: nothing (done), or Forge's retry request (its constructor already returns the plain `{ _retry, retryOptions }`). */
export type ConsumerResult = undefined | InvocationError;

/** The consumer handler (`export const consumer` in index.ts). */
export function createConsumerHandler(options: ConsumerOptions = {}) {
  const logger = options.logger ?? createForgeLogger();
  const job = createSuggestJob({
    confluenceFor: async () => appClient(CONSUMER_RETRY),
    events: options.events ?? { publish: async () => undefined },
    clock: options.clock ?? { now: () => new Date() },
    logger,
  });

  return async (event: ConsumerEvent): Promise<ConsumerResult> => {
    const data = parseSuggestionEventBody(event.body);
    if (!data) {
      logger.warn({ code: 'job-invalid', eventId: event.eventId }, 'event body is not a suggestion job: dropped');
      return undefined;
    }
    const counters = countersOf(event);
    const run = { jobId: event.jobId ?? event.eventId ?? 'forge-event', attempt: counters.attempt, maxAttempts: MAX_ATTEMPTS, rateLimitWaits: counters.rateLimitWaits, maxRateLimitWaits: MAX_RATE_LIMIT_WAITS };
    try {
      await job(data, new AbortController().signal, run);
      return undefined;
    } catch (error) {
      if (error instanceof UnrecoverableJobError) return undefined;
      if (error instanceof RateLimitedJobError && counters.rateLimitWaits < MAX_RATE_LIMIT_WAITS) {
        return new InvocationError({
          retryAfter: Math.max(1, Math.ceil(error.retryAfterMs / 1000)),
          retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
          retryData: { attempt: counters.attempt, rateLimitWaits: counters.rateLimitWaits + 1 },
        });
      }
      if (error instanceof RetryableJobError && counters.attempt < MAX_ATTEMPTS) {
        return new InvocationError({
          retryAfter: Math.min(300, 5 * 2 ** (counters.attempt - 1)),
          retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
          retryData: { attempt: counters.attempt + 1, rateLimitWaits: counters.rateLimitWaits },
        });
      }
      // Out of attempts: the job already wrote `failed: internal` on its last attempt.
      return undefined;
    }
  };
}
