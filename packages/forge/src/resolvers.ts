/**
 * The dialogs' operations as Forge resolvers (`@forge/resolver`), the same as the Connect API:
 *
 *   getSuggestions                       -> SuggestionsView         (GET  /api/suggestions)
 *   requestSuggestions {force?}          -> SuggestionsView         (POST /api/suggestions)
 *   getLabels                            -> LabelsView              (GET  /api/labels)
 *   addLabels {labels}                   -> AddLabelsResult         (POST /api/labels, as the user)
 *   getDataReport                        -> ForgeDataReport         (what the app holds for the site)
 *
 * Each answers a `ResolverAnswer` (core's contract): the value, or the error body with the code and
 * status Connect would have sent. The page comes from Forge's extension context, never from the
 * payload; payloads are checked with the core's schemas.
 */
import { getAppContext } from '@forge/api';
import { makeResolver } from '@forge/resolver';
import {
  addLabelsBodySchema,
  createDialogOperations,
  hashSiteKey,
  requestSuggestionsBodySchema,
  type AddLabelsResult,
  type JobLogger,
  type LabelsView,
  type ResolverAnswer,
  type SuggestionsView,
} from '@labelup/core';
import type { z } from 'zod';
import { readResolverContext, viewedPage, type ForgeSite, type ResolverContext } from './forge-context.js';
import { failure, ForgeAppError, toAppError } from './forge-errors.js';
import { createForgeGateway } from './forge-gateway.js';
import { createForgeLogger } from './forge-logger.js';
import { pushSuggestionJob } from './suggestion-queue.js';

/** Cool-down between forced recomputes of one page, judged by the property's own `updatedAt`. */
export const FORCE_COOLDOWN_MS = 30_000;

/** What the app holds for an installation (the Forge counterpart of Connect's data report). */
export interface ForgeDataReport {
  /** Forge storage (KVS, SQL, entity store): the app uses none. */
  readonly forgeStorage: readonly never[];
  readonly queuedJobs: string;
  readonly elsewhere: { readonly logs: string; readonly confluence: string };
}

/** Options of `createResolverHandler` (tests pass a log sink and a push). */
export interface ResolverOptions {
  readonly logger?: JobLogger;
  readonly push?: typeof pushSuggestionJob;
  readonly now?: () => number;
  /** Licensing is on in the manifest: a production installation without a license is refused. Default true. */
  readonly licensing?: boolean;
}

type Request = { readonly payload?: unknown; readonly context?: unknown };

function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) throw new ForgeAppError('invalid-request', `payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.code}`).join('; ')}`);
  return parsed.data;
}

/** Production installations of a paid app carry a license; others (development, free) carry none. */
function checkLicense(context: ResolverContext, licensing: boolean): void {
  if (context.license) {
    if (!context.license.isActive) throw new ForgeAppError('license-inactive', 'license: inactive');
    return;
  }
  let environment: string | undefined;
  try {
    environment = getAppContext().environmentType;
  } catch {
    environment = undefined;
  }
  if (licensing && environment === 'PRODUCTION') throw new ForgeAppError('license-missing', 'license: none');
}

/** The resolver handler (`export const resolver` in index.ts). */
export function createResolverHandler(options: ResolverOptions = {}) {
  const logger = options.logger ?? createForgeLogger();
  const push = options.push ?? pushSuggestionJob;
  const now = options.now ?? Date.now;
  const operations = () =>
    createDialogOperations<ForgeSite>({
      gateway: createForgeGateway(),
      siteKey: (site) => site.siteKey,
      // Forge's async events do not collapse duplicates: only the request that wrote the pending property pushes.
      enqueue: async (data, how) => (how.marked ? push(data) : undefined),
      claimForce: async (_site, _page, view) => {
        const at = view.updatedAt === undefined ? Number.NaN : Date.parse(view.updatedAt);
        return !Number.isFinite(at) || now() - at >= FORCE_COOLDOWN_MS;
      },
    });

  const answer = <T>(name: string, run: (context: ResolverContext, payload: unknown) => Promise<T>) => async (request: Request): Promise<ResolverAnswer<T>> => {
    const started = performance.now();
    let siteHash: string | undefined;
    try {
      const context = readResolverContext(request.context);
      siteHash = hashSiteKey(context.site.siteKey);
      checkLicense(context, options.licensing ?? true);
      const value = await run(context, request.payload);
      logger.info({ code: 'resolver-ok', resolver: name, siteHash, contentId: context.page.id, durationMs: Math.round(performance.now() - started) }, 'resolver answered');
      return { ok: true, value };
    } catch (error) {
      const appError = toAppError(error);
      logger.warn({ code: 'resolver-failed', resolver: name, siteHash, failure: appError.code, durationMs: Math.round(performance.now() - started) }, 'resolver refused');
      return failure(appError);
    }
  };

  const viewed = async (context: ResolverContext) => viewedPage(context, context.page.version ?? (await createForgeGateway().latestVersion(context.site, context.page)));

  return makeResolver({
    getSuggestions: answer<SuggestionsView>('getSuggestions', async (context) => operations().getSuggestions(context.site, await viewed(context))),
    requestSuggestions: answer<SuggestionsView>('requestSuggestions', async (context, payload) => {
      const body = parsePayload(requestSuggestionsBodySchema, payload);
      return (await operations().requestSuggestions(context.site, await viewed(context), body)).view;
    }),
    getLabels: answer<LabelsView>('getLabels', async (context) => ({ labels: [...(await operations().getLabels(context.site, context.page))] })),
    addLabels: answer<AddLabelsResult>('addLabels', async (context, payload) => {
      const { labels } = parsePayload(addLabelsBodySchema, payload);
      if (!context.accountId) throw new ForgeAppError('not-authenticated', 'add labels: no invoking user');
      return operations().addLabels(context.site, context.accountId, context.page, labels);
    }),
    getDataReport: answer<ForgeDataReport>('getDataReport', async () => ({
      forgeStorage: [],
      queuedJobs: 'Async events of the suggestion queue hold references only: site key, page id and type, version, force.',
      elsewhere: {
        logs: 'Technical logs without customer data: no page text, titles, labels, account ids, tokens or secrets.',
        confluence: 'Suggestions are stored in Confluence itself, in the content property "labelup" of each processed page.',
      },
    })),
  });
}
