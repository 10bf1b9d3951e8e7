import { AsymmetricAlgorithm, createQueryStringHash, encodeAsymmetric, fromMethodAndUrl } from 'atlassian-jwt';
import type { InstallKeys } from './install-keys.js';

/** Lifetime of a lifecycle JWT in seconds (INFERRED; Atlassian's exact value is not documented). */
export const LIFECYCLE_TOKEN_SECONDS = 180;

/**
 * Signs a lifecycle callback (signed install): RS256 with the emulator's private key, header `kid`,
 * `iss` = clientKey, `aud` = [app baseUrl], `qsh` of `POST <callback URL>` relative to the app baseUrl,
 * `iat`, `exp`.
 */
export function signLifecycleToken(keys: InstallKeys, clientKey: string, appBaseUrl: string, callbackUrl: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const qsh = createQueryStringHash(fromMethodAndUrl('POST', callbackUrl), false, appBaseUrl);
  return encodeAsymmetric(
    { iss: clientKey, aud: [appBaseUrl], iat, exp: iat + LIFECYCLE_TOKEN_SECONDS, qsh },
    keys.privateKeyPem,
    AsymmetricAlgorithm.RS256,
    { kid: keys.kid },
  );
}
