/**
 * @module @labelup/forge — Label UP! as a Forge app (manifest.yml beside this folder): the handlers
 * the manifest names. `index.resolver` answers the dialogs' `invoke` calls; `index.consumer` runs
 * the suggestion job for events of the `labelup-suggestions` queue.
 */
import { createConsumerHandler } from './consumer.js';
import { createResolverHandler } from './resolvers.js';

/** The `resolver` function: the dialogs' operations. */
export const resolver = createResolverHandler();

/** The `consume` function: the suggestion job. */
export const consumer = createConsumerHandler();

export { createConsumerHandler, type ConsumerEvent, type ConsumerOptions, type ConsumerResult, MAX_ATTEMPTS } from './consumer.js';
export { createResolverHandler, FORCE_COOLDOWN_MS, type ForgeDataReport, type ResolverOptions } from './resolvers.js';
export { SUGGESTION_QUEUE_KEY, parseSuggestionEventBody, pushSuggestionJob, type SuggestionEventBody } from './suggestion-queue.js';
export { readResolverContext, type ForgeSite, type ResolverContext } from './forge-context.js';
