/**
 * The tenant store on PostgreSQL (`DATABASE_URL`), for several service processes sharing one
 * database. Migrations run on open under an advisory lock, so processes starting together do not
 * race.
 */
import pg from 'pg';
import type { JobJournal, JournaledJob, Tenant, TenantStore } from '../core/ports.js';
import { jobFromRow, type JobRow } from './job-rows.js';
import { MIGRATIONS, MIGRATIONS_TABLE_SQL } from './migrations.js';
import { PLAINTEXT, type SecretCipher } from './secret-cipher.js';
import { TENANT_COLUMNS, assertTenant, fromRow, toRow, type TenantRow } from './tenant-columns.js';

/** Options of `openPostgresTenantStore`. */
export interface PostgresTenantStoreOptions {
  /** `postgres://` connection string. */
  readonly connectionString: string;
  /** Schema holding the tables (created if missing). Default `public`. */
  readonly schema?: string;
  /** Pool size. Default 5. */
  readonly maxConnections?: number;
  /** How long to wait for a connection (database down) before failing. Default 5 000 ms. */
  readonly connectTimeoutMs?: number;
  /** Longest a query may run. Default 10 000 ms. */
  readonly queryTimeoutMs?: number;
  /** Encrypts shared secrets at rest; without it they are stored as given. */
  readonly cipher?: SecretCipher;
}

/** Any constant works; it names "Label UP! migrations" among advisory locks. */
const MIGRATION_LOCK_ID = 0x1abe1;

/** Opens the PostgreSQL tenant store, creating the schema and migrating as needed. */
export async function openPostgresTenantStore(options: PostgresTenantStoreOptions): Promise<TenantStore & JobJournal> {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new RangeError('schema must be a lowercase SQL identifier');
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 5,
    options: `-c search_path=${schema}`,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    query_timeout: options.queryTimeoutMs ?? 10_000,
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const seal = options.cipher ?? PLAINTEXT;
  try {
    await migrate(pool, schema);
    await rewrapSecrets(pool, seal);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const updates = TENANT_COLUMNS.filter((c) => c !== 'client_key' && c !== 'installed_at').map((c) => `${c} = EXCLUDED.${c}`);
  const upsertSql = `INSERT INTO tenants (${TENANT_COLUMNS.join(', ')}) VALUES (${TENANT_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
    ON CONFLICT (client_key) DO UPDATE SET ${updates.join(', ')}`;
  let open = true;
  const check = () => {
    if (!open) throw new Error('tenant store is closed');
  };

  return {
    async get(clientKey) {
      check();
      const { rows } = await pool.query<TenantRow>('SELECT * FROM tenants WHERE client_key = $1', [clientKey]);
      return rows[0] ? fromRow(rows[0], seal) : undefined;
    },
    async upsert(tenant: Tenant) {
      check();
      assertTenant(tenant);
      const row = toRow(tenant, seal);
      await pool.query(upsertSql, TENANT_COLUMNS.map((c) => row[c]));
    },
    async delete(clientKey) {
      check();
      await pool.query('DELETE FROM queued_jobs WHERE client_key = $1', [clientKey]);
      const result = await pool.query('DELETE FROM tenants WHERE client_key = $1', [clientKey]);
      return (result.rowCount ?? 0) > 0;
    },
    async claim(key, untilMs, nowMs) {
      check();
      await pool.query('DELETE FROM claims WHERE expires_at <= $1', [nowMs]);
      const result = await pool.query(
        'INSERT INTO claims (claim_key, expires_at) VALUES ($1, $2) ON CONFLICT (claim_key) DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE claims.expires_at <= $3',
        [key, Math.ceil(untilMs), nowMs],
      );
      return (result.rowCount ?? 0) > 0;
    },
    async saveJob(job: JournaledJob) {
      check();
      const d = job.data;
      await pool.query(
        `INSERT INTO queued_jobs (job_id, client_key, content_id, content_type, version, forced, queued_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (job_id) DO NOTHING`,
        [job.id, d.clientKey, d.contentId, d.contentType, d.version, d.force ? 1 : 0, new Date().toISOString()],
      );
    },
    async deleteJob(id) {
      check();
      await pool.query('DELETE FROM queued_jobs WHERE job_id = $1', [id]);
    },
    async listJobs() {
      check();
      const { rows } = await pool.query<JobRow>('SELECT * FROM queued_jobs ORDER BY queued_at, job_id');
      return rows.map(jobFromRow);
    },
    async listClientKeys() {
      check();
      const { rows } = await pool.query<{ client_key: string }>('SELECT client_key FROM tenants ORDER BY client_key COLLATE "C"');
      return rows.map((r) => r.client_key);
    },
    async close() {
      if (!open) return;
      open = false;
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(MIGRATIONS_TABLE_SQL);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
}

/** Seals with the current key every secret that is plaintext or under an older key (rotation). */
async function rewrapSecrets(pool: pg.Pool, seal: typeof PLAINTEXT): Promise<void> {
  const { rows } = await pool.query<{ client_key: string; shared_secret: string }>('SELECT client_key, shared_secret FROM tenants');
  for (const row of rows) {
    if (!seal.needsRewrap(row.shared_secret)) continue;
    // Only if unchanged meanwhile (another process may rotate at the same time).
    await pool.query('UPDATE tenants SET shared_secret = $1 WHERE client_key = $2 AND shared_secret = $3', [
      seal.encrypt(seal.decrypt(row.shared_secret, row.client_key), row.client_key),
      row.client_key,
      row.shared_secret,
    ]);
  }
}
