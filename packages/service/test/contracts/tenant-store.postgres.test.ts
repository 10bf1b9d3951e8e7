import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, it } from 'vitest';
import { openPostgresTenantStore } from '../../src/stores/postgres-tenant-store.js';
import { backendUrl } from './backend-env.js';
import { tenantStoreContract } from './tenant-store.contract.js';
import { tenantSecretsContract } from './tenant-secrets.contract.js';

const { url, skipReason } = backendUrl('LABELUP_TEST_DATABASE_URL');

tenantStoreContract(
  'postgres',
  async () => {
    const connectionString = url as string;
    // A fresh schema per test: the suite starts empty and runs beside other test files.
    const schema = `t_${randomBytes(6).toString('hex')}`;
    return {
      store: await openPostgresTenantStore({ connectionString, schema }),
      reopen: () => openPostgresTenantStore({ connectionString, schema }),
      cleanup: async () => {
        const client = new pg.Client({ connectionString });
        await client.connect();
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
        await client.end();
      },
    };
  },
  skipReason ? { skipReason } : {},
);

tenantSecretsContract(
  'postgres',
  async () => {
    const connectionString = url as string;
    const schema = `s_${randomBytes(6).toString('hex')}`;
    const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString, options: `-c search_path=${schema}` });
      await client.connect();
      try {
        return (await client.query<R>(sql, params)).rows;
      } finally {
        await client.end();
      }
    };
    return {
      open: (cipher) => openPostgresTenantStore({ connectionString, schema, ...(cipher ? { cipher } : {}) }),
      rawSecrets: async () => Object.fromEntries((await query<{ client_key: string; shared_secret: string }>('SELECT client_key, shared_secret FROM tenants')).map((r) => [r.client_key, r.shared_secret])),
      setRawSecret: async (clientKey, value) => void (await query('UPDATE tenants SET shared_secret = $1 WHERE client_key = $2', [value, clientKey])),
      cleanup: async () => void (await query(`DROP SCHEMA ${schema} CASCADE`)),
    };
  },
  skipReason ? { skipReason } : {},
);

it('fails fast with a clear error when the database is unreachable', async () => {
  const started = Date.now();
  await expect(openPostgresTenantStore({ connectionString: 'postgres://labelup@127.0.0.1:1/none', connectTimeoutMs: 500 })).rejects.toThrow(/ECONNREFUSED|timeout/i);
  expect(Date.now() - started).toBeLessThan(3_000);
});
