/**
 * The suggestion job. Steps, in order:
 * 1. get a client acting as the app for the job's site (none: the site uninstalled → unrecoverable
 *    `app-uninstalled`);
 * 2. fetch the page's ADF at the job's version, as the app (404 → the property says failed
 *    `page-not-found`, unrecoverable);
 * 3. fetch the space's label vocabulary (optional: refused or missing → none);
 * 4. run the engine in memory (labels already on the page are NOT excluded here: the dialog hides
 *    them, and can say "the strongest labels are already on the page");
 * 5. write the `labelup` content property (ready, or failed with a user-visible code), keeping any
 *    newer page version's property;
 * 6. publish `suggestions-ready` / `suggestions-failed`.
 * Confluence failures become queue signals (classify-error.ts). On the last attempt of a retryable
 * failure the property says `failed: internal`; if even that write fails, readers treat the pending
 * property as absent after PENDING_TIMEOUT_MS — so no dialog waits forever. The page body and
 * everything derived from it live only in this function's scope; logs carry ids, codes, durations.
 *
 * Platform-neutral: the job sees a `ConfluenceClient` (the Connect service builds one on app JWTs,
 * the Forge app one on `@forge/api`'s `asApp()`), an event sink, a clock and a logger.
 */
import type { ConfluenceClient, ContentRef } from '@labelup/confluence-client';
import { NotFoundError } from '@labelup/confluence-client';
import { suggestLabels, type SuggestResult, type PageInput, type SuggestOptions } from '@labelup/engine';
import {
  RateLimitedJobError,
  UnrecoverableJobError,
  type Clock,
  type JobLogger,
  type JobProcessor,
  type SuggestionEventSink,
  type SuggestJobData,
} from '../ports.js';
import { hashSiteKey } from '../site-hash.js';
import { classifyError } from './classify-error.js';
import { toOutcome } from './suggestion-outcome.js';
import { writeSuggestionProperty, type PropertyBody } from './write-suggestion-property.js';

/** What the job needs; all injected. */
export interface SuggestJobDeps {
  /** A client acting as the app for the site named by the job's `clientKey`; undefined when the site is gone. */
  readonly confluenceFor: (siteKey: string) => Promise<ConfluenceClient | undefined>;
  readonly events: SuggestionEventSink;
  readonly clock: Clock;
  readonly logger?: JobLogger;
  /** The engine; default `suggestLabels` from @labelup/engine. */
  readonly suggest?: (input: PageInput, options?: SuggestOptions) => SuggestResult;
  /** Suggestions stored per page. Default 30. */
  readonly maxSuggestions?: number;
  /** Space labels read as vocabulary. Default 1 000. */
  readonly maxVocabulary?: number;
}

/** Creates the processor of suggestion jobs. */
export function createSuggestJob(deps: SuggestJobDeps): JobProcessor {
  const suggest = deps.suggest ?? suggestLabels;
  const now = () => deps.clock.now();

  return async (data, signal, run) => {
    const started = performance.now();
    const log = deps.logger?.child({ jobId: run.jobId, clientKeyHash: hashSiteKey(data.clientKey), contentId: data.contentId, version: data.version, attempt: run.attempt });
    const ref: ContentRef = { id: data.contentId, type: data.contentType };
    const client = await deps.confluenceFor(data.clientKey);
    if (!client) {
      await publishFailed(deps.events, data, 'app-uninstalled');
      log?.info({ code: 'job-failed', failure: 'app-uninstalled' }, 'job gave up');
      throw new UnrecoverableJobError('tenant not found', 'app-uninstalled');
    }
    try {
      const body = await compute(client, ref, data, signal);
      const result = await writeSuggestionProperty(client, ref, data.version, body, now, signal);
      if (result === 'superseded') {
        log?.info({ code: 'job-superseded', durationMs: Math.round(performance.now() - started) }, 'a newer version was already processed');
        return;
      }
      if (body.status === 'ready') await deps.events.publish('suggestions-ready', { clientKey: data.clientKey, contentId: data.contentId, version: data.version });
      else await publishFailed(deps.events, data, body.failure?.code ?? 'internal');
      log?.info({ code: body.status === 'ready' ? 'job-ready' : 'job-failed', failure: body.failure?.code, suggestions: body.suggestions.length, durationMs: Math.round(performance.now() - started) }, 'job done');
    } catch (error) {
      if (signal.aborted) throw error;
      if (error instanceof NotFoundError) {
        // The version (or the page) is gone: say so in the property, when the page still takes one.
        await recordFailure(client, ref, data, now, deps.events, 'page-not-found');
        log?.info({ code: 'job-failed', failure: 'page-not-found' }, 'job gave up');
        throw new UnrecoverableJobError('page not found', 'page-not-found');
      }
      const signalled = classifyError(error);
      const giveUp =
        signalled instanceof UnrecoverableJobError ||
        (signalled instanceof RateLimitedJobError ? run.rateLimitWaits >= run.maxRateLimitWaits : run.attempt >= run.maxAttempts);
      log?.warn({ code: giveUp ? 'job-failed' : 'job-retry', reason: signalled.message, durationMs: Math.round(performance.now() - started) }, 'job attempt failed');
      if (giveUp) await recordFailure(client, ref, data, now, deps.events, 'internal');
      throw signalled;
    }
  };

  async function compute(client: ConfluenceClient, ref: ContentRef, data: SuggestJobData, signal: AbortSignal): Promise<PropertyBody> {
    const content = await client.getContent(ref, { version: data.version, bodyFormat: 'atlas_doc_format', signal });
    const vocabulary = await client
      .getSpaceContentLabels(content.spaceId, { signal, maxLabels: deps.maxVocabulary ?? 1_000 })
      .catch((error: unknown) => {
        if (error instanceof NotFoundError || (error as { status?: number }).status === 403) return [];
        throw error;
      });
    const result = suggest(
      {
        body: content.body?.value ?? '',
        format: 'adf',
        title: content.title,
        vocabulary: vocabulary.map((l) => ({ label: l.name, count: 1 })),
      },
      { maxSuggestions: deps.maxSuggestions ?? 30 },
    );
    const outcome = toOutcome(result);
    return outcome.status === 'ready'
      ? { status: 'ready', language: outcome.language, suggestions: outcome.suggestions }
      : { status: 'failed', language: outcome.language, suggestions: [], failure: outcome.failure };
  }
}

async function publishFailed(events: SuggestionEventSink, data: SuggestJobData, code: string): Promise<void> {
  await events.publish('suggestions-failed', { clientKey: data.clientKey, contentId: data.contentId, version: data.version, code });
}

/**
 * Best effort: mark the property failed so the dialog stops waiting, and tell open dialogs. When
 * even this write fails, the pending property times out for its readers (PENDING_TIMEOUT_MS).
 */
async function recordFailure(client: ConfluenceClient, ref: ContentRef, data: SuggestJobData, now: () => Date, events: SuggestionEventSink, code: 'internal' | 'page-not-found'): Promise<void> {
  const written = await writeSuggestionProperty(client, ref, data.version, { status: 'failed', suggestions: [], failure: { code } }, now).catch(() => 'unwritten' as const);
  if (written !== 'superseded') await publishFailed(events, data, code).catch(() => undefined);
}
