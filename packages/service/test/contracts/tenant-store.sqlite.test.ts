import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteTenantStore } from '../../src/stores/sqlite-tenant-store.js';
import Database from 'better-sqlite3';
import { tenantStoreContract } from './tenant-store.contract.js';
import { tenantSecretsContract } from './tenant-secrets.contract.js';

tenantStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelup-sqlite-'));
  const path = join(dir, 'nested', 'labelup.sqlite');
  return {
    store: openSqliteTenantStore({ path }),
    reopen: async () => openSqliteTenantStore({ path }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

tenantSecretsContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelup-sqlite-'));
  const path = join(dir, 'labelup.sqlite');
  const raw = () => new Database(path);
  return {
    open: async (cipher) => openSqliteTenantStore({ path, ...(cipher ? { cipher } : {}) }),
    rawSecrets: async () => {
      const db = raw();
      const rows = db.prepare<[], { client_key: string; shared_secret: string }>('SELECT client_key, shared_secret FROM tenants').all();
      db.close();
      return Object.fromEntries(rows.map((r) => [r.client_key, r.shared_secret]));
    },
    setRawSecret: async (clientKey, value) => {
      const db = raw();
      db.prepare('UPDATE tenants SET shared_secret = ? WHERE client_key = ?').run(value, clientKey);
      db.close();
    },
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
