import { generateKeyPairSync, randomUUID } from 'node:crypto';

/** The emulator's own RS256 key pair for signed install, published like connect-install-keys.atlassian.com. */
export interface InstallKeys {
  /** Key id, sent as the JWT header `kid`. */
  kid: string;
  /** PKCS#8 PEM private key (signs lifecycle JWTs). */
  privateKeyPem: string;
  /** SPKI PEM public key, served at `GET /__emulator/install-keys/{kid}`. */
  publicKeyPem: string;
}

/** Generates a fresh 2048-bit RSA key pair with a random kid. */
export function createInstallKeys(): InstallKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { kid: randomUUID(), privateKeyPem: privateKey, publicKeyPem: publicKey };
}
