/** Picks the tenant store from the config: PostgreSQL with DATABASE_URL, SQLite otherwise. */
import type { JobJournal, TenantStore } from '../core/ports.js';
import type { ServiceConfig } from '../config/config.js';
import { openPostgresTenantStore } from './postgres-tenant-store.js';
import { openSqliteTenantStore } from './sqlite-tenant-store.js';

/** Opens (and migrates) the configured tenant store. */
export async function openTenantStore(config: Pick<ServiceConfig, 'databaseUrl' | 'sqlitePath'>): Promise<TenantStore & JobJournal> {
  return config.databaseUrl
    ? openPostgresTenantStore({ connectionString: config.databaseUrl })
    : openSqliteTenantStore({ path: config.sqlitePath });
}

/** Which backend `openTenantStore` uses, for logs and health output. */
export function tenantStoreKind(config: Pick<ServiceConfig, 'databaseUrl'>): 'postgres' | 'sqlite' {
  return config.databaseUrl ? 'postgres' : 'sqlite';
}
