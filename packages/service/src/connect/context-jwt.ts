/**
 * Verifies a Connect context JWT (from `AP.context.getToken()`): HS256 with the shared secret of the
 * site named by `iss`, time claims valid (`iat`/`nbf` not in the future, not expired, lifetime
 * bounded), `qsh` exactly "context-qsh"; any other algorithm (including
 * `none`) is refused. Returns the request context the API needs: site, user, content, license.
 * Pure apart from the injected secret lookup; HTTP adaptation lives in context-middleware.ts.
 */
import * as jwt from 'atlassian-jwt';
import { ConnectAuthError } from './auth-error.js';
import { checkTimes, readJwtParts } from './jwt-parts.js';

/** The content a context token is bound to. */
export interface ContextContent {
  readonly id: string;
  readonly version: number;
  readonly type: 'page' | 'blogpost';
}

/** What a verified context token says. */
export interface ConnectContext {
  readonly clientKey: string;
  /** The user's account id (`sub`); absent for anonymous viewers. */
  readonly accountId?: string;
  readonly content?: ContextContent;
  /** Present when the product sent license information. */
  readonly license?: { readonly active: boolean };
  /** When the token expires (ms since epoch): long-lived streams end then. */
  readonly expiresAt: number;
}

/** Injected dependencies of the checker. */
export interface ContextJwtDeps {
  /** The shared secret of an installed site, or undefined when the site is unknown. */
  readonly getSharedSecret: (clientKey: string) => Promise<string | undefined>;
  readonly now?: () => Date;
}

const CONTEXT_QSH = 'context-qsh';

/**
 * Longest context-token lifetime accepted (`exp − iat`): 30 minutes. Atlassian's exact lifetime is
 * not documented (minutes; ACE mints its own session tokens for 15 minutes), so the bound leaves
 * room for it while refusing tokens minted to live for hours.
 */
export const MAX_CONTEXT_TOKEN_SECONDS = 30 * 60;

function readContent(context: unknown): ContextContent | undefined {
  const content = (context as { confluence?: { content?: Record<string, unknown> } } | undefined)?.confluence?.content;
  if (!content || typeof content !== 'object') return undefined;
  const id = typeof content['id'] === 'number' ? String(content['id']) : content['id'];
  const version = typeof content['version'] === 'string' ? Number(content['version']) : content['version'];
  const type = content['type'];
  if (typeof id !== 'string' || !/^\d{1,20}$/.test(id)) return undefined;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return undefined;
  if (type !== 'page' && type !== 'blogpost') return undefined;
  return { id, version, type };
}

function readLicense(context: unknown): { active: boolean } | undefined {
  const license = (context as { license?: { active?: unknown } } | undefined)?.license;
  if (!license || typeof license !== 'object') return undefined;
  return { active: license.active === true || license.active === 'true' };
}

/** Verifies a context token; throws ConnectAuthError with a typed code. */
export async function verifyContextToken(token: string, deps: ContextJwtDeps): Promise<ConnectContext> {
  const { header, claims } = readJwtParts(token);
  if (header.alg !== 'HS256') throw new ConnectAuthError('wrong-algorithm');
  const iss = claims['iss'];
  if (typeof iss !== 'string' || iss.length === 0) throw new ConnectAuthError('missing-claim');
  const secret = await deps.getSharedSecret(iss);
  if (secret === undefined) throw new ConnectAuthError('unknown-issuer');
  try {
    jwt.decodeSymmetric(token, secret, jwt.SymmetricAlgorithm.HS256);
  } catch {
    // atlassian-jwt's messages include the signing input: never pass them on.
    throw new ConnectAuthError('bad-signature');
  }
  checkTimes(claims, (deps.now ?? (() => new Date()))(), { maxLifetimeSeconds: MAX_CONTEXT_TOKEN_SECONDS });
  if (claims['qsh'] !== CONTEXT_QSH) throw new ConnectAuthError('wrong-qsh');
  const sub = claims['sub'];
  const context = claims['context'];
  const content = readContent(context);
  const license = readLicense(context);
  return {
    clientKey: iss,
    expiresAt: (claims['exp'] as number) * 1000,
    ...(typeof sub === 'string' && sub.length > 0 ? { accountId: sub } : {}),
    ...(content ? { content } : {}),
    ...(license ? { license } : {}),
  };
}
