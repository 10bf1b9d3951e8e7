/**
 * OAuth 2.0 JWT bearer grant for Connect apps acting as a user: an HS256 assertion signed with the
 * shared secret (`iss` urn:atlassian:connect:clientid:{oauthClientId}, `sub`
 * urn:atlassian:connect:useraccountid:{accountId}, `tnt` site base URL, `aud` Atlassian's
 * authorization server) is exchanged at the token endpoint for an access token, which is cached
 * until shortly before it expires. Hand-written because no maintained npm library does this grant
 * outside atlassian-connect-express (whose constructor has global side effects).
 */
import { encodeSymmetric, SymmetricAlgorithm } from 'atlassian-jwt';
import { ConfluenceError, ForbiddenError, RateLimitedError, MalformedResponseError } from '../errors.js';
import { parseRetryAfterMs } from '../http/retry-after.js';

/** Atlassian's authorization server: the default token endpoint and the assertion audience. */
export const ATLASSIAN_OAUTH_AUDIENCE = 'https://oauth-2-authorization-server.services.atlassian.com';
/** Default token endpoint. */
export const ATLASSIAN_OAUTH_TOKEN_URL = `${ATLASSIAN_OAUTH_AUDIENCE}/oauth2/token`;

/** Options of `jwtBearerTokenSource`. */
export interface JwtBearerOptions {
  readonly oauthClientId: string;
  readonly sharedSecret: string;
  /** The site base URL (the `tnt` claim), e.g. `https://example.atlassian.net/wiki`. */
  readonly baseUrl: string;
  readonly accountId: string;
  /** Connect scopes requested (upper case), e.g. ['READ', 'WRITE']. */
  readonly scopes: readonly string[];
  /** Token endpoint; default Atlassian's (tests and the demo use the emulator's). */
  readonly tokenUrl?: string;
  /** Renew this long before expiry. Default 60 000 ms. */
  readonly refreshMarginMs?: number;
  readonly fetch?: typeof fetch;
  /** Clock in ms; default `Date.now`. */
  readonly now?: () => number;
}

/** A cached token getter. */
export interface TokenSource {
  (signal?: AbortSignal): Promise<string>;
  /** Drops the cached token (e.g. after a 401). */
  invalidate(): void;
}

const GRANT = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** Creates a token getter that runs the grant when needed and caches the access token. */
export function jwtBearerTokenSource(options: JwtBearerOptions): TokenSource {
  for (const field of ['oauthClientId', 'sharedSecret', 'baseUrl', 'accountId'] as const) {
    if (!options[field]) throw new TypeError(`jwtBearerTokenSource: ${field} is required`);
  }
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? fetch;
  const tokenUrl = options.tokenUrl ?? ATLASSIAN_OAUTH_TOKEN_URL;
  const margin = options.refreshMarginMs ?? 60_000;
  let cached: { token: string; expiresAt: number } | undefined;
  let inFlight: Promise<string> | undefined;

  const fetchToken = async (signal?: AbortSignal): Promise<string> => {
    const iat = Math.floor(now() / 1000);
    const assertion = encodeSymmetric(
      {
        iss: `urn:atlassian:connect:clientid:${options.oauthClientId}`,
        sub: `urn:atlassian:connect:useraccountid:${options.accountId}`,
        tnt: options.baseUrl,
        aud: ATLASSIAN_OAUTH_AUDIENCE,
        iat,
        exp: iat + 60,
      },
      options.sharedSecret,
      SymmetricAlgorithm.HS256,
    );
    const body = new URLSearchParams({ grant_type: GRANT, assertion, scope: options.scopes.map((s) => s.toUpperCase()).join(' ') });
    let response: Response;
    try {
      response = await doFetch(tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw new ConfluenceError('oauth token request failed (network)', 0, 'NETWORK', { cause: error });
    }
    const json = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown; error?: unknown };
    if (response.status === 429) throw new RateLimitedError('oauth token: rate limited', parseRetryAfterMs(response.headers.get('retry-after'), now()) ?? 1_000);
    if (!response.ok) {
      const code = typeof json.error === 'string' ? json.error : `HTTP_${response.status}`;
      const message = `oauth token request refused: ${code}`;
      throw response.status >= 500 ? new ConfluenceError(message, response.status, code) : new ForbiddenError(message, response.status, code);
    }
    if (typeof json.access_token !== 'string' || typeof json.expires_in !== 'number') {
      throw new MalformedResponseError('oauth token: the answer is not the expected shape');
    }
    cached = { token: json.access_token, expiresAt: now() + json.expires_in * 1000 };
    return json.access_token;
  };

  const source = (async (signal?: AbortSignal) => {
    if (cached && now() < cached.expiresAt - margin) return cached.token;
    // Concurrent callers share one grant.
    inFlight ??= fetchToken(signal).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }) as TokenSource;
  source.invalidate = () => {
    cached = undefined;
  };
  return source;
}
