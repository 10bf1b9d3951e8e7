/** Tenant stores: SQLite (default) and PostgreSQL. */
export { openSqliteTenantStore, type SqliteTenantStoreOptions } from './sqlite-tenant-store.js';
export { describeTenantData, maskSecret, type TenantDataDescription, type HeldField } from './describe-tenant-data.js';
