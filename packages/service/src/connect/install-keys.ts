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
  /** How long a failed look-up is remembered, so forged installs cost no outbound fetch. Default 1 minute. */
  readonly failureTtlMs?: number;
  /** Keys and failures remembered at most (oldest dropped first). Default 1 000. */
  readonly maxEntries?: number;
  readonly now?: () => number;
  /** Per-fetch timeout. Default 5 s. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

/**
 * A key id we look up: letters, digits, `_`, `-` and dots, not starting with a dot (so never `.`
 * or `..`, which a key server could resolve as a path segment), at most 200 characters.
 */
export const KID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}$/;

/**
 * A key provider over HTTP with an in-memory cache: keys are public and reused for `cacheTtlMs`;
 * failed look-ups are remembered for `failureTtlMs`, so a flood of forged installs with made-up
 * kids costs one outbound fetch per kid, not one per request.
 */
export function createInstallKeyProvider(options: InstallKeyProviderOptions = {}): InstallKeyProvider {
  const base = (options.installKeysUrl ?? ATLASSIAN_INSTALL_KEYS_URL).replace(/\/+$/, '');
  const ttl = options.cacheTtlMs ?? 3_600_000;
  const failureTtl = options.failureTtlMs ?? 60_000;
  const maxEntries = options.maxEntries ?? 1_000;
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? fetch;
  const cache = new Map<string, { pem?: string; until: number }>();
  const remember = (kid: string, entry: { pem?: string; until: number }) => {
    cache.delete(kid);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    cache.set(kid, entry);
  };
  const lookUp = async (kid: string): Promise<string | undefined> => {
    try {
      const response = await doFetch(`${base}/${encodeURIComponent(kid)}`, { signal: AbortSignal.timeout(options.timeoutMs ?? 5_000) });
      if (!response.ok) {
        await response.body?.cancel();
        return undefined;
      }
      const pem = await response.text();
      return pem.includes('BEGIN PUBLIC KEY') ? pem : undefined;
    } catch {
      return undefined;
    }
  };
  return async (kid) => {
    if (!KID_PATTERN.test(kid)) throw new ConnectAuthError('unknown-key');
    const hit = cache.get(kid);
    if (hit && hit.until > now()) {
      if (hit.pem === undefined) throw new ConnectAuthError('unknown-key');
      return hit.pem;
    }
    const pem = await lookUp(kid);
    remember(kid, pem === undefined ? { until: now() + failureTtl } : { pem, until: now() + ttl });
    if (pem === undefined) throw new ConnectAuthError('unknown-key');
    return pem;
  };
}
