/**
 * Fetches the public keys Atlassian signs install callbacks with (`{installKeysUrl}/{kid}`, PEM),
 * caching each key. The default key server is Atlassian's; tests and the demo point it at the
 * emulator's `/__emulator/install-keys`.
 */
import { ConnectAuthError } from './auth-error.js';

/** Atlassian's production key server. */
export const ATLASSIAN_INSTALL_KEYS_URL = 'https://connect-install-keys.atlassian.com';

/** Looks up a PEM public key by `kid`. */
export type InstallKeyProvider = (kid: string) => Promise<string>;

/** Options of `createInstallKeyProvider`. */
export interface InstallKeyProviderOptions {
  readonly installKeysUrl?: string;
  /** How long a fetched key is reused. Default 1 hour. */
  readonly cacheTtlMs?: number;
  /** Per-fetch timeout. Default 5 s. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/** A key provider over HTTP with an in-memory cache (keys are public; failures are not cached). */
export function createInstallKeyProvider(options: InstallKeyProviderOptions = {}): InstallKeyProvider {
  const base = (options.installKeysUrl ?? ATLASSIAN_INSTALL_KEYS_URL).replace(/\/+$/, '');
  const ttl = options.cacheTtlMs ?? 3_600_000;
  const doFetch = options.fetch ?? fetch;
  const cache = new Map<string, { pem: string; until: number }>();
  return async (kid) => {
    if (!/^[A-Za-z0-9._-]{1,200}$/.test(kid)) throw new ConnectAuthError('unknown-key');
    const hit = cache.get(kid);
    if (hit && hit.until > Date.now()) return hit.pem;
    let pem: string;
    try {
      const response = await doFetch(`${base}/${encodeURIComponent(kid)}`, { signal: AbortSignal.timeout(options.timeoutMs ?? 5_000) });
      if (!response.ok) throw new ConnectAuthError('unknown-key');
      pem = await response.text();
    } catch {
      throw new ConnectAuthError('unknown-key');
    }
    if (!pem.includes('BEGIN PUBLIC KEY')) throw new ConnectAuthError('unknown-key');
    cache.set(kid, { pem, until: Date.now() + ttl });
    return pem;
  };
}
