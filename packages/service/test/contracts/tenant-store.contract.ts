/**
 * One contract suite for every TenantStore backend (SQLite, PostgreSQL): each backend's test file
 * calls `tenantStoreContract` with a factory that opens a fresh, empty store.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JobJournal, Tenant, TenantStore } from '../../src/core/ports.js';
import { describeTenantData } from '../../src/stores/describe-tenant-data.js';

type Store = TenantStore & JobJournal;
export type StoreFactory = () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup?: () => Promise<void> }>;

const tenant = (overrides: Partial<Tenant> = {}): Tenant => ({
  clientKey: 'a1b2c3d4-client',
  sharedSecret: 'shared-secret-0123456789abcdef',
  baseUrl: 'https://site.example.net/wiki',
  productType: 'confluence',
  installedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

/** Registers the suite for one backend. */
export function tenantStoreContract(backend: string, factory: StoreFactory, options: { skipReason?: string } = {}): void {
  const suite = options.skipReason ? describe.skip : describe;
  suite(`TenantStore contract: ${backend}`, () => {
    const opened: Store[] = [];
    let cleanup: (() => Promise<void>) | undefined;
    let reopen: () => Promise<Store>;
    const open = async () => {
      const made = await factory();
      opened.push(made.store);
      cleanup = made.cleanup;
      reopen = async () => {
        const store = await made.reopen();
        opened.push(store);
        return store;
      };
      return made.store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await cleanup?.();
    });

    it('returns undefined for an unknown site', async () => {
      const store = await open();
      expect(await store.get('nope')).toBeUndefined();
      expect(await store.listClientKeys()).toEqual([]);
    });

    it('stores and reads back every field, optional ones included', async () => {
      const store = await open();
      const full = tenant({ displayUrl: 'https://docs.example.net/wiki', oauthClientId: 'oauth-1', serviceEntitlementNumber: 'SEN-42' });
      await store.upsert(full);
      await store.upsert(tenant({ clientKey: 'other' }));
      expect(await store.get(full.clientKey)).toEqual(full);
      expect(await store.get('other')).toEqual(tenant({ clientKey: 'other' }));
      expect(await store.listClientKeys()).toEqual(['a1b2c3d4-client', 'other']);
    });

    it('replaces on reinstall (rotated secret) and keeps the first install time', async () => {
      const store = await open();
      await store.upsert(tenant({ oauthClientId: 'old' }));
      await store.upsert(tenant({ sharedSecret: 'rotated-secret', updatedAt: '2026-11-02T00:00:00.000Z', installedAt: '2026-11-02T00:00:00.000Z' }));
      const got = await store.get(tenant().clientKey);
      expect(got).toMatchObject({ sharedSecret: 'rotated-secret', updatedAt: '2026-11-02T00:00:00.000Z', installedAt: '2026-11-01T10:00:00.000Z' });
      expect(got?.oauthClientId).toBeUndefined();
      expect(await store.listClientKeys()).toHaveLength(1);
    });

    it('forgets a site on delete and says whether something was deleted', async () => {
      const store = await open();
      await store.upsert(tenant());
      expect(await store.delete(tenant().clientKey)).toBe(true);
      expect(await store.delete(tenant().clientKey)).toBe(false);
      expect(await store.get(tenant().clientKey)).toBeUndefined();
      expect((await describeTenantData(store, tenant().clientKey)).held).toBe(false);
    });

    it('keeps data across reopen (migrations run once)', async () => {
      const store = await open();
      await store.upsert(tenant());
      await store.close();
      const again = await reopen();
      expect(await again.get(tenant().clientKey)).toEqual(tenant());
    });

    it('refuses an invalid tenant with a clear error', async () => {
      const store = await open();
      await expect(store.upsert(tenant({ sharedSecret: '' }))).rejects.toThrow(/sharedSecret must be a non-empty string/);
      await expect(store.upsert(tenant({ baseUrl: 'not a url' }))).rejects.toThrow(/baseUrl/);
    });

    it('describes what it holds with the secret masked', async () => {
      const store = await open();
      await store.upsert(tenant({ oauthClientId: 'oauth-1' }));
      const report = await describeTenantData(store, tenant().clientKey);
      expect(report.held).toBe(true);
      expect(report.fields.map((f) => f.field)).toEqual(['clientKey', 'sharedSecret', 'baseUrl', 'productType', 'oauthClientId', 'installedAt', 'updatedAt']);
      expect(JSON.stringify(report)).not.toContain('shared-secret-0123456789');
      expect(report.fields.find((f) => f.field === 'sharedSecret')?.value).toMatch(/^\*{8}…ef \(30 characters\)$/);
    });

    it('treats client keys as opaque strings (no injection)', async () => {
      const store = await open();
      const odd = "x'); DROP TABLE tenants; --";
      await store.upsert(tenant({ clientKey: odd }));
      expect((await store.get(odd))?.clientKey).toBe(odd);
      expect(await store.listClientKeys()).toEqual([odd]);
    });

    it('claims a key once until it ends, then again (replay cache, cool-downs)', async () => {
      const store = await open();
      expect(await store.claim('token-hash-1', 2_000, 1_000)).toBe(true);
      expect(await store.claim('token-hash-1', 3_000, 1_500)).toBe(false);
      expect(await store.claim('token-hash-2', 3_000, 1_500)).toBe(true);
      expect(await store.claim('token-hash-1', 9_000, 2_000)).toBe(true);
      expect(await store.claim('token-hash-1', 9_500, 8_999)).toBe(false);
    });

    it('gives a contended claim to exactly one of many concurrent callers, across handles', async () => {
      const store = await open();
      const other = await reopen();
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? store : other).claim('contended', 5_000, 1_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('journals queued jobs (references only), lists them after reopen, forgets them with the site', async () => {
      const store = await open();
      await store.saveJob({ id: 'suggest-a', data: { clientKey: tenant().clientKey, contentId: '42', contentType: 'page', version: 3 } });
      await store.saveJob({ id: 'suggest-b', data: { clientKey: 'other', contentId: '7', contentType: 'blogpost', version: 1, force: true } });
      await store.saveJob({ id: 'suggest-a', data: { clientKey: tenant().clientKey, contentId: '42', contentType: 'page', version: 3 } });
      await store.close();
      const again = await reopen();
      expect([...(await again.listJobs())].sort((a, b) => a.id.localeCompare(b.id))).toEqual([
        { id: 'suggest-a', data: { clientKey: tenant().clientKey, contentId: '42', contentType: 'page', version: 3 } },
        { id: 'suggest-b', data: { clientKey: 'other', contentId: '7', contentType: 'blogpost', version: 1, force: true } },
      ]);
      await again.deleteJob('suggest-b');
      await again.upsert(tenant());
      await again.delete(tenant().clientKey);
      expect(await again.listJobs()).toEqual([]);
    });
  });
}
