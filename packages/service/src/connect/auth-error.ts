/**
 * Typed failures of Connect authentication (install signatures and context tokens), in the shape of
 * DanielHreben/atlassian-connect-auth: the pure checkers throw these, the HTTP adapters map them to
 * the service's error catalog. Messages are fixed: never the token or a secret.
 */
export type ConnectAuthErrorCode =
  | 'missing-token'
  | 'malformed-token'
  | 'wrong-algorithm'
  | 'unknown-issuer'
  | 'unknown-key'
  | 'bad-signature'
  | 'token-expired'
  | 'token-not-yet-valid'
  | 'token-lifetime'
  | 'token-replayed'
  | 'host-not-allowed'
  | 'wrong-qsh'
  | 'wrong-audience'
  | 'wrong-issuer'
  | 'missing-claim';

const messages: { readonly [C in ConnectAuthErrorCode]: string } = {
  'missing-token': 'No JWT in the Authorization header',
  'malformed-token': 'The JWT is malformed',
  'wrong-algorithm': 'The JWT algorithm is not the one required',
  'unknown-issuer': 'The JWT issuer is not an installed site',
  'unknown-key': 'The install key could not be fetched',
  'bad-signature': 'The JWT signature is invalid',
  'token-expired': 'The JWT has expired',
  'token-not-yet-valid': 'The JWT is not valid yet (iat or nbf in the future)',
  'token-lifetime': 'The JWT lifetime (exp - iat) is not acceptable',
  'token-replayed': 'The JWT was already used',
  'host-not-allowed': 'The site base URL is not an allowed product host',
  'wrong-qsh': 'The JWT query string hash does not match the request',
  'wrong-audience': 'The JWT audience is not this app',
  'wrong-issuer': 'The JWT issuer does not match the client key',
  'missing-claim': 'The JWT lacks a required claim',
};

/** A Connect authentication failure with a stable code. */
export class ConnectAuthError extends Error {
  override readonly name = 'ConnectAuthError';
  constructor(readonly code: ConnectAuthErrorCode) {
    super(messages[code]);
  }
}
