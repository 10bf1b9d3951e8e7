import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, it } from 'vitest';
import { openPostgresTenantStore } from '../../src/stores/postgres-tenant-store.js';
import { backendUrl } from './backend-env.js';
import { tenantStoreContract } from './tenant-store.contract.js';

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

it('fails fast with a clear error when the database is unreachable', async () => {
  const started = Date.now();
  await expect(openPostgresTenantStore({ connectionString: 'postgres://labelup@127.0.0.1:1/none', connectTimeoutMs: 500 })).rejects.toThrow(/ECONNREFUSED|timeout/i);
  expect(Date.now() - started).toBeLessThan(3_000);
});
