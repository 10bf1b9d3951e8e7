/**
 * The embedded tenant store: one SQLite file (better-sqlite3 12 — 13 needs Node 22), created with
 * its folder on first open, migrated on open. Synchronous driver, async port: calls are short.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Tenant, TenantStore } from '../core/ports.js';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL } from './migrations.js';
import { TENANT_COLUMNS, assertTenant, fromRow, toRow, type TenantRow } from './tenant-columns.js';

/** Options of `openSqliteTenantStore`. */
export interface SqliteTenantStoreOptions {
  /** File path, or `:memory:`. */
  readonly path: string;
}

/** Opens (creating and migrating as needed) the SQLite tenant store. */
export function openSqliteTenantStore(options: SqliteTenantStoreOptions): TenantStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // Deleted rows are overwritten, not left in free pages: "forget the site" means gone from the file.
  db.pragma('secure_delete = ON');
  migrate(db);

  const insert = db.prepare(
    `INSERT INTO tenants (${TENANT_COLUMNS.join(', ')}) VALUES (${TENANT_COLUMNS.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (client_key) DO UPDATE SET ${TENANT_COLUMNS.filter((c) => c !== 'client_key' && c !== 'installed_at')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const select = db.prepare<[string], TenantRow>('SELECT * FROM tenants WHERE client_key = ?');
  const remove = db.prepare<[string]>('DELETE FROM tenants WHERE client_key = ?');
  const keys = db.prepare<[], { client_key: string }>('SELECT client_key FROM tenants ORDER BY client_key');
  let open = true;
  const check = () => {
    if (!open) throw new Error('tenant store is closed');
  };

  return {
    async get(clientKey) {
      check();
      const row = select.get(clientKey);
      return row ? fromRow(row) : undefined;
    },
    async upsert(tenant: Tenant) {
      check();
      assertTenant(tenant);
      insert.run(toRow(tenant));
    },
    async delete(clientKey) {
      check();
      return remove.run(clientKey).changes > 0;
    },
    async listClientKeys() {
      check();
      return keys.all().map((r) => r.client_key);
    },
    async close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE_SQL);
  const applied = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((r) => r.version));
  const record = db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, new Date().toISOString());
    })();
  }
}
