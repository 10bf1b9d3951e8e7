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
  {
    // Claims: a key held until a time (ms since epoch). Lifecycle tokens seen (replay cache, keyed by
    // the token's hash) and forced-recompute cool-downs (keyed by a hash of site + page). Shared by
    // every process on the same database.
    version: 2,
    sql: `CREATE TABLE claims (
      claim_key TEXT PRIMARY KEY,
      expires_at BIGINT NOT NULL
    )`,
  },
  {
    // The embedded queue's journal: references of queued jobs (site, page id and type, version), never
    // page content, so that jobs accepted before a crash run after the restart.
    version: 3,
    sql: `CREATE TABLE queued_jobs (
      job_id TEXT PRIMARY KEY,
      client_key TEXT NOT NULL,
      content_id TEXT NOT NULL,
      content_type TEXT NOT NULL,
      version INTEGER NOT NULL,
      forced INTEGER NOT NULL,
      queued_at TEXT NOT NULL
    )`,
  },
];

/** Bookkeeping table of applied versions. */
export const MIGRATIONS_TABLE_SQL = 'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)';
