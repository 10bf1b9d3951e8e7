/**
 * What the API needs from Confluence for one site: the core's page gateway port, keyed by the
 * Connect install record. The real implementation (confluence-gateway.ts) sits on
 * @labelup/confluence-client; it throws AppErrors from the catalog (page-not-found,
 * permission-denied, rate-limited, confluence-unavailable).
 */
import type { PageGateway as CorePageGateway } from '@labelup/core';
import type { Tenant } from '../core/ports.js';

export type { MarkPendingOutcome, PageRef, StoredSuggestions } from '@labelup/core';

/** Confluence, as the API uses it. */
export type PageGateway = CorePageGateway<Tenant>;
