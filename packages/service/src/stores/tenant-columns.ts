/**
 * The tenants table, shared by the SQLite and PostgreSQL stores: one row per installed site, only
 * what Connect needs for auth and licensing. Mapping rows <-> `Tenant` lives here once.
 */
import type { Tenant } from '../core/ports.js';

/** A row as stored (snake_case columns, nullable optionals). */
export interface TenantRow {
  client_key: string;
  shared_secret: string;
  base_url: string;
  display_url: string | null;
  product_type: string;
  oauth_client_id: string | null;
  service_entitlement_number: string | null;
  installed_at: string;
  updated_at: string;
}

/** Column order used by inserts. */
export const TENANT_COLUMNS = [
  'client_key',
  'shared_secret',
  'base_url',
  'display_url',
  'product_type',
  'oauth_client_id',
  'service_entitlement_number',
  'installed_at',
  'updated_at',
] as const;

/** How the stores seal the shared secret (a SecretCipher, or plaintext without a key). */
export interface SecretSeal {
  encrypt(plain: string, clientKey: string): string;
  decrypt(stored: string, clientKey: string): string;
  needsRewrap(stored: string): boolean;
}

/** A tenant as a row (the shared secret sealed). */
export function toRow(t: Tenant, seal: SecretSeal): TenantRow {
  return {
    client_key: t.clientKey,
    shared_secret: seal.encrypt(t.sharedSecret, t.clientKey),
    base_url: t.baseUrl,
    display_url: t.displayUrl ?? null,
    product_type: t.productType,
    oauth_client_id: t.oauthClientId ?? null,
    service_entitlement_number: t.serviceEntitlementNumber ?? null,
    installed_at: t.installedAt,
    updated_at: t.updatedAt,
  };
}

/** A row as a tenant (absent optionals omitted, the shared secret unsealed). */
export function fromRow(r: TenantRow, seal: SecretSeal): Tenant {
  return {
    clientKey: r.client_key,
    sharedSecret: seal.decrypt(r.shared_secret, r.client_key),
    baseUrl: r.base_url,
    ...(r.display_url !== null ? { displayUrl: r.display_url } : {}),
    productType: r.product_type,
    ...(r.oauth_client_id !== null ? { oauthClientId: r.oauth_client_id } : {}),
    ...(r.service_entitlement_number !== null ? { serviceEntitlementNumber: r.service_entitlement_number } : {}),
    installedAt: r.installed_at,
    updatedAt: r.updated_at,
  };
}

/** Validates a tenant before it is written; throws a TypeError naming the field. */
export function assertTenant(t: Tenant): void {
  const required = ['clientKey', 'sharedSecret', 'baseUrl', 'productType', 'installedAt', 'updatedAt'] as const;
  for (const field of required) {
    const value: unknown = t[field];
    if (typeof value !== 'string' || value.length === 0) throw new TypeError(`tenant: ${field} must be a non-empty string`);
  }
  if (!URL.canParse(t.baseUrl)) throw new TypeError('tenant: baseUrl must be an absolute URL');
}
