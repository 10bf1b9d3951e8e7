/**
 * One suite for encryption at rest of shared secrets, run against each tenant store: the stored
 * column never holds the secret; rotation (new key first, old one kept) re-encrypts on open; a
 * store opened without the key fails at open, saying so; a ciphertext moved to another row does not decrypt.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JobJournal, Tenant, TenantStore } from '../../src/core/ports.js';
import { createSecretCipher, parseSecretKeys, type SecretCipher } from '../../src/stores/secret-cipher.js';

type Store = TenantStore & JobJournal;

/** Opens stores on ONE database (each call a new handle) and reads the raw column. */
export interface SecretsBackend {
  open(cipher?: SecretCipher): Promise<Store>;
  rawSecrets(): Promise<Record<string, string>>;
  setRawSecret(clientKey: string, value: string): Promise<void>;
  cleanup(): Promise<void>;
}

const KEY_1 = `k1:${Buffer.alloc(32, 7).toString('base64')}`;
const KEY_2 = `k2:${Buffer.alloc(32, 9).toString('base64')}`;
const cipher = (keys: string) => createSecretCipher(parseSecretKeys(keys));
const tenant = (clientKey: string, sharedSecret: string): Tenant => ({
  clientKey,
  sharedSecret,
  baseUrl: 'https://site.atlassian.net/wiki',
  productType: 'confluence',
  installedAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});

/** Registers the suite for one backend. */
export function tenantSecretsContract(backend: string, make: () => Promise<SecretsBackend>, options: { skipReason?: string } = {}): void {
  const suite = options.skipReason ? describe.skip : describe;
  suite(`shared secrets at rest: ${backend}`, () => {
    let b: SecretsBackend | undefined;
    const opened: Store[] = [];
    const open = async (c?: SecretCipher) => {
      const store = await b!.open(c);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await b?.cleanup();
      b = undefined;
    });

    it('stores the secret encrypted and reads it back', async () => {
      b = await make();
      const store = await open(cipher(KEY_1));
      await store.upsert(tenant('site-a', 'plain-secret-AAAA-0123456789'));
      expect((await store.get('site-a'))?.sharedSecret).toBe('plain-secret-AAAA-0123456789');
      const raw = await b.rawSecrets();
      expect(raw['site-a']).toMatch(/^enc:v1:k1:/);
      expect(JSON.stringify(raw)).not.toContain('plain-secret-AAAA');
    });

    it('rotates: with the new key first, every secret is re-encrypted on open; then the old key can go', async () => {
      b = await make();
      const old = await open(cipher(KEY_1));
      await old.upsert(tenant('site-a', 'secret-of-site-a-0123456789'));
      await old.close();
      const rotating = await open(cipher(`${KEY_2},${KEY_1}`));
      expect((await b.rawSecrets())['site-a']).toMatch(/^enc:v1:k2:/);
      expect((await rotating.get('site-a'))?.sharedSecret).toBe('secret-of-site-a-0123456789');
      await rotating.close();
      const rotated = await open(cipher(KEY_2));
      expect((await rotated.get('site-a'))?.sharedSecret).toBe('secret-of-site-a-0123456789');
    });

    it('encrypts plaintext rows written before a key was configured', async () => {
      b = await make();
      const plain = await open();
      await plain.upsert(tenant('site-a', 'legacy-plaintext-secret-0123'));
      expect((await b.rawSecrets())['site-a']).toBe('legacy-plaintext-secret-0123');
      await plain.close();
      const sealed = await open(cipher(KEY_1));
      expect((await b.rawSecrets())['site-a']).toMatch(/^enc:v1:k1:/);
      expect((await sealed.get('site-a'))?.sharedSecret).toBe('legacy-plaintext-secret-0123');
    });

    it('fails clearly without the key, and refuses a ciphertext moved to another site', async () => {
      b = await make();
      const store = await open(cipher(KEY_1));
      await store.upsert(tenant('site-a', 'secret-a-0123456789abcdef'));
      await store.upsert(tenant('site-b', 'secret-b-0123456789abcdef'));
      // Fails fast at open: a service started without the key to its secrets does not start.
      await expect(b.open(cipher(KEY_2))).rejects.toThrow(/key "k1", which TENANT_SECRET_KEYS does not hold/);
      await expect(b.open()).rejects.toThrow(/encrypted, but TENANT_SECRET_KEYS is not set/);
      const raw = await b.rawSecrets();
      await b.setRawSecret('site-b', raw['site-a'] as string);
      await expect(store.get('site-b')).rejects.toThrow(/failed authentication/);
    });
  });
}
