/** Picks the tenant store from the config: PostgreSQL with DATABASE_URL, SQLite otherwise. */
import type { JobJournal, TenantStore } from '../core/ports.js';
import type { ServiceConfig } from '../config/config.js';
import { openPostgresTenantStore } from './postgres-tenant-store.js';
import { createSecretCipher, parseSecretKeys } from './secret-cipher.js';
import { openSqliteTenantStore } from './sqlite-tenant-store.js';

/** Opens (and migrates) the configured tenant store, shared secrets encrypted when keys are configured. */
export async function openTenantStore(config: Pick<ServiceConfig, 'databaseUrl' | 'sqlitePath' | 'tenantSecretKeys'>): Promise<TenantStore & JobJournal> {
  const cipher = config.tenantSecretKeys ? { cipher: createSecretCipher(parseSecretKeys(config.tenantSecretKeys)) } : {};
  return config.databaseUrl
    ? openPostgresTenantStore({ connectionString: config.databaseUrl, ...cipher })
    : openSqliteTenantStore({ path: config.sqlitePath, ...cipher });
}

/** Which backend `openTenantStore` uses, for logs and health output. */
export function tenantStoreKind(config: Pick<ServiceConfig, 'databaseUrl'>): 'postgres' | 'sqlite' {
  return config.databaseUrl ? 'postgres' : 'sqlite';
}
