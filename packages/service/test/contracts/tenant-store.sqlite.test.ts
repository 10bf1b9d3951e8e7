import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteTenantStore } from '../../src/stores/sqlite-tenant-store.js';
import { tenantStoreContract } from './tenant-store.contract.js';

tenantStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelup-sqlite-'));
  const path = join(dir, 'nested', 'labelup.sqlite');
  return {
    store: openSqliteTenantStore({ path }),
    reopen: async () => openSqliteTenantStore({ path }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('sqlite tenant store file', () => {
  it('leaves no trace of a forgotten site in the database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'labelup-sqlite-'));
    const path = join(dir, 'labelup.sqlite');
    const store = openSqliteTenantStore({ path });
    const marker = 'SECRET-MARKER-91c3e';
    await store.upsert({ clientKey: 'site-1', sharedSecret: marker, baseUrl: 'https://x.example.net', productType: 'confluence', installedAt: 't', updatedAt: 't' });
    await store.delete('site-1');
    await store.close();
    const bytes = readFileSync(path).toString('latin1');
    expect(bytes).not.toContain(marker);
    rmSync(dir, { recursive: true, force: true });
  });
});
