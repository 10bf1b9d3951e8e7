/** Tenant stores: SQLite (default) and PostgreSQL. */
export { openTenantStore, tenantStoreKind } from './open-tenant-store.js';
export { openSqliteTenantStore, type SqliteTenantStoreOptions } from './sqlite-tenant-store.js';
export { openPostgresTenantStore, type PostgresTenantStoreOptions } from './postgres-tenant-store.js';
export { describeTenantData, maskSecret, type TenantDataDescription, type HeldField } from './describe-tenant-data.js';
