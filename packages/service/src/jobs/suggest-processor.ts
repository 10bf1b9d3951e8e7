/**
 * The Connect service's suggestion job: the core's platform-neutral job (@labelup/core
 * `createSuggestJob`), given a client acting as the app for the tenant in the job (an unknown
 * client key — the site uninstalled — ends the job as `app-uninstalled`).
 */
import type { ConfluenceClient } from '@labelup/confluence-client';
import { createSuggestJob, type SuggestJobDeps } from '@labelup/core';
import type { JobProcessor, Tenant, TenantStore } from '../core/ports.js';

/** What the processor needs; all injected. */
export interface SuggestProcessorDeps extends Omit<SuggestJobDeps, 'confluenceFor'> {
  readonly tenants: TenantStore;
  /** A client acting as the app for this tenant. */
  readonly confluenceFor: (tenant: Tenant) => ConfluenceClient;
}

/** Creates the job processor for suggestion jobs. */
export function createSuggestProcessor(deps: SuggestProcessorDeps): JobProcessor {
  const { tenants, confluenceFor, ...rest } = deps;
  return createSuggestJob({
    ...rest,
    confluenceFor: async (clientKey) => {
      const tenant = await tenants.get(clientKey);
      return tenant ? confluenceFor(tenant) : undefined;
    },
  });
}
