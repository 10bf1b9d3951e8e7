/**
 * Encryption at rest of the sites' shared secrets (the one secret the stores hold): AES-256-GCM
 * with a key from the environment (`TENANT_SECRET_KEYS`), the row's client key as additional
 * authenticated data (a ciphertext copied onto another site's row does not decrypt). Stored as
 * `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url parts).
 *
 * Rotation: put the new key FIRST in `TENANT_SECRET_KEYS` and keep the old one after it; on open,
 * each store re-encrypts every secret that is not under the first key (and encrypts plaintext rows
 * left from before encryption). Once every process runs with the new list, drop the old key.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** One key: an id (names it in stored values) and 32 bytes. */
export interface SecretKey {
  readonly id: string;
  readonly key: Buffer;
}

/** Encrypts and decrypts shared secrets; `current` is the key new values are written with. */
export interface SecretCipher {
  readonly currentKeyId: string;
  encrypt(plain: string, clientKey: string): string;
  /** The secret; throws a clear Error when the value's key is not configured or it was tampered with. */
  decrypt(stored: string, clientKey: string): string;
  /** True when the stored value is plaintext or under another key than the current one. */
  needsRewrap(stored: string): boolean;
}

const PREFIX = 'enc:v1:';

/**
 * Parses `TENANT_SECRET_KEYS`: comma-separated `<id>:<base64 or base64url of 32 bytes>`, ids of
 * 1..32 letters, digits, `_` or `-`, unique. Throws an Error saying what is wrong (never the key).
 */
export function parseSecretKeys(value: string): SecretKey[] {
  const keys = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^([A-Za-z0-9_-]{1,32}):([A-Za-z0-9+/_=-]+)$/.exec(part);
      if (!match) throw new Error('each key must be <id>:<base64 of 32 bytes>');
      const key = Buffer.from((match[2] as string).replace(/-/g, '+').replace(/_/g, '/'), 'base64');
      if (key.length !== 32) throw new Error(`key ${match[1]} must be 32 bytes (base64 of 32 random bytes, e.g. openssl rand -base64 32)`);
      return { id: match[1] as string, key };
    });
  if (keys.length === 0) throw new Error('at least one key is required');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('key ids must be unique');
  return keys;
}

/** A cipher over `keys` (the first one encrypts). */
export function createSecretCipher(keys: readonly SecretKey[]): SecretCipher {
  const current = keys[0];
  if (!current) throw new Error('createSecretCipher: at least one key is required');
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  return {
    currentKeyId: current.id,
    encrypt(plain, clientKey) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      cipher.setAAD(Buffer.from(clientKey, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${PREFIX}${current.id}:${iv.toString('base64url')}:${cipher.getAuthTag().toString('base64url')}:${data.toString('base64url')}`;
    },
    decrypt(stored, clientKey) {
      if (!stored.startsWith(PREFIX)) return stored; // written before encryption was configured
      const [keyId, iv, tag, data] = stored.slice(PREFIX.length).split(':');
      const key = keyId === undefined ? undefined : byId.get(keyId);
      if (!key || iv === undefined || tag === undefined || data === undefined) {
        throw new Error(`tenant secret is encrypted with key "${keyId ?? '?'}", which TENANT_SECRET_KEYS does not hold`);
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAAD(Buffer.from(clientKey, 'utf8'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new Error('tenant secret failed authentication (wrong key, or the row was altered)');
      }
    },
    needsRewrap(stored) {
      return !stored.startsWith(`${PREFIX}${current.id}:`);
    },
  };
}

/** Stored values pass through unchanged (no key configured: development and the demo). */
export const PLAINTEXT: Pick<SecretCipher, 'encrypt' | 'decrypt'> & { readonly needsRewrap: (stored: string) => boolean } = {
  encrypt: (plain) => plain,
  decrypt: (stored) => {
    if (stored.startsWith(PREFIX)) throw new Error('tenant secret is encrypted, but TENANT_SECRET_KEYS is not set');
    return stored;
  },
  // An encrypted value without a key: "rewrapping" it fails, so a store opened without its key fails at open.
  needsRewrap: (stored) => stored.startsWith(PREFIX),
};
