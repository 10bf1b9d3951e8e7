/**
 * The embedded tenant store: one SQLite file (better-sqlite3 12 — 13 needs Node 22), created with
 * its folder on first open, migrated on open. Synchronous driver, async port: calls are short.
 * The same file holds the claims (replay cache, cool-downs) and the embedded queue's journal.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { JobJournal, JournaledJob, Tenant, TenantStore } from '../core/ports.js';
import { jobFromRow, type JobRow } from './job-rows.js';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL } from './migrations.js';
import { PLAINTEXT, type SecretCipher } from './secret-cipher.js';
import { TENANT_COLUMNS, assertTenant, fromRow, toRow, type TenantRow } from './tenant-columns.js';

/** Options of `openSqliteTenantStore`. */
export interface SqliteTenantStoreOptions {
  /** File path, or `:memory:`. */
  readonly path: string;
  /** Encrypts shared secrets at rest; without it they are stored as given. */
  readonly cipher?: SecretCipher;
}

/** Opens (creating and migrating as needed) the SQLite tenant store. */
export function openSqliteTenantStore(options: SqliteTenantStoreOptions): TenantStore & JobJournal {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  // Deleted rows are overwritten, not left in free pages: "forget the site" means gone from the file.
  db.pragma('secure_delete = ON');
  const seal = options.cipher ?? PLAINTEXT;
  try {
    migrate(db);
    rewrapSecrets(db, seal);
  } catch (error) {
    db.close();
    throw error;
  }

  const insert = db.prepare(
    `INSERT INTO tenants (${TENANT_COLUMNS.join(', ')}) VALUES (${TENANT_COLUMNS.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (client_key) DO UPDATE SET ${TENANT_COLUMNS.filter((c) => c !== 'client_key' && c !== 'installed_at')
       .map((c) => `${c} = excluded.${c}`)
       .join(', ')}`,
  );
  const select = db.prepare<[string], TenantRow>('SELECT * FROM tenants WHERE client_key = ?');
  const remove = db.prepare<[string]>('DELETE FROM tenants WHERE client_key = ?');
  const keys = db.prepare<[], { client_key: string }>('SELECT client_key FROM tenants ORDER BY client_key');
  const removeJobsOf = db.prepare<[string]>('DELETE FROM queued_jobs WHERE client_key = ?');
  const forget = db.transaction((clientKey: string) => {
    removeJobsOf.run(clientKey);
    return remove.run(clientKey).changes > 0;
  });
  const pruneClaims = db.prepare<[number]>('DELETE FROM claims WHERE expires_at <= ?');
  const claim = db.prepare<[string, number, number]>(
    'INSERT INTO claims (claim_key, expires_at) VALUES (?, ?) ON CONFLICT (claim_key) DO UPDATE SET expires_at = excluded.expires_at WHERE claims.expires_at <= ?',
  );
  const saveJob = db.prepare(
    `INSERT INTO queued_jobs (job_id, client_key, content_id, content_type, version, forced, queued_at)
     VALUES (@job_id, @client_key, @content_id, @content_type, @version, @forced, @queued_at) ON CONFLICT (job_id) DO NOTHING`,
  );
  const deleteJob = db.prepare<[string]>('DELETE FROM queued_jobs WHERE job_id = ?');
  const listJobs = db.prepare<[], JobRow>('SELECT * FROM queued_jobs ORDER BY rowid');
  let open = true;
  const check = () => {
    if (!open) throw new Error('tenant store is closed');
  };

  return {
    async get(clientKey) {
      check();
      const row = select.get(clientKey);
      return row ? fromRow(row, seal) : undefined;
    },
    async upsert(tenant: Tenant) {
      check();
      assertTenant(tenant);
      insert.run(toRow(tenant, seal));
    },
    async delete(clientKey) {
      check();
      return forget(clientKey);
    },
    async claim(key, untilMs, nowMs) {
      check();
      pruneClaims.run(nowMs);
      return claim.run(key, Math.ceil(untilMs), nowMs).changes > 0;
    },
    async saveJob(job: JournaledJob) {
      check();
      saveJob.run({
        job_id: job.id,
        client_key: job.data.clientKey,
        content_id: job.data.contentId,
        content_type: job.data.contentType,
        version: job.data.version,
        forced: job.data.force ? 1 : 0,
        queued_at: new Date().toISOString(),
      });
    },
    async deleteJob(id) {
      check();
      deleteJob.run(id);
    },
    async listJobs() {
      check();
      return listJobs.all().map(jobFromRow);
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

/** Seals with the current key every secret that is plaintext or under an older key (rotation). */
function rewrapSecrets(db: Database.Database, seal: typeof PLAINTEXT): void {
  const rows = db.prepare<[], { client_key: string; shared_secret: string }>('SELECT client_key, shared_secret FROM tenants').all();
  const update = db.prepare<[string, string]>('UPDATE tenants SET shared_secret = ? WHERE client_key = ?');
  db.transaction(() => {
    for (const row of rows) {
      if (seal.needsRewrap(row.shared_secret)) update.run(seal.encrypt(seal.decrypt(row.shared_secret, row.client_key), row.client_key), row.client_key);
    }
  })();
}
