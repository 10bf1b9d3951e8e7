/**
 * Schema migrations, applied in order on open by both stores (SQL kept portable between SQLite and
 * PostgreSQL). Append new steps; never edit an applied one.
 */

/** One migration step. */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `CREATE TABLE tenants (
      client_key TEXT PRIMARY KEY,
      shared_secret TEXT NOT NULL,
      base_url TEXT NOT NULL,
      display_url TEXT,
      product_type TEXT NOT NULL,
      oauth_client_id TEXT,
      service_entitlement_number TEXT,
      installed_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`,
  },
];

/** Bookkeeping table of applied versions. */
export const MIGRATIONS_TABLE_SQL = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';
