/**
 * `describeTenantData`: exactly what the tenant store holds for one client key, field by field,
 * with the shared secret masked — the store's part of the data report.
 */
import type { Tenant, TenantStore } from '../core/ports.js';

/** One stored field: its name, what it is for, and its value (secrets masked). */
export interface HeldField {
  readonly field: keyof Tenant;
  readonly purpose: string;
  readonly value: string;
}

/** The store's answer for one site. */
export interface TenantDataDescription {
  readonly clientKey: string;
  /** False when nothing is held (never installed, or uninstalled and forgotten). */
  readonly held: boolean;
  readonly fields: readonly HeldField[];
}

const PURPOSES: Record<keyof Tenant, string> = {
  clientKey: 'Identifies the Confluence site (given by Confluence at install).',
  sharedSecret: 'Signs and verifies requests between the site and the app (given at install).',
  baseUrl: 'Where the app calls the site’s REST API.',
  displayUrl: 'The site’s public address, if different from baseUrl.',
  productType: 'Which Atlassian product installed the app.',
  oauthClientId: 'Lets the app add labels as the person who picked them (OAuth 2.0 JWT bearer grant).',
  serviceEntitlementNumber: 'The site’s license entitlement, for licensing checks.',
  installedAt: 'When the app was first installed.',
  updatedAt: 'When the install record last changed (e.g. reinstall).',
};

/** Masks a secret: its length and last two characters only. */
export function maskSecret(secret: string): string {
  return secret.length <= 8 ? '********' : `${'*'.repeat(8)}…${secret.slice(-2)} (${secret.length} characters)`;
}

/** Describes what `store` holds for `clientKey`. */
export async function describeTenantData(store: TenantStore, clientKey: string): Promise<TenantDataDescription> {
  const tenant = await store.get(clientKey);
  if (!tenant) return { clientKey, held: false, fields: [] };
  const fields = (Object.keys(PURPOSES) as (keyof Tenant)[])
    .filter((field) => tenant[field] !== undefined)
    .map((field) => ({
      field,
      purpose: PURPOSES[field],
      value: field === 'sharedSecret' ? maskSecret(tenant.sharedSecret) : String(tenant[field]),
    }));
  return { clientKey, held: true, fields };
}
