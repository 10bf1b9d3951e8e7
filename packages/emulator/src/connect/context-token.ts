import { encodeSymmetric, SymmetricAlgorithm } from 'atlassian-jwt';
import { currentVersion, type Site } from '../state/index.js';

/** Lifetime of a context JWT: 15 minutes (exact Atlassian value NOT FOUND; ACE uses 15 min for its tokens). */
export const CONTEXT_TOKEN_SECONDS = 15 * 60;

/** Input of {@link mintContextToken}. */
export interface ContextTokenInput {
  appKey: string;
  /** The viewing user (`sub`). */
  accountId: string;
  /** Page or blog post in view; adds `context.confluence.content` and `.space`. */
  contentId?: string;
  /** The version of that content loaded in the browser (default: its current version). A page edited
   * elsewhere after it was opened keeps the loaded version here, as in Confluence. */
  version?: number;
}

/**
 * Mints the context JWT an app iframe gets from `AP.context.getToken()`: HS256 with the app's shared secret,
 * `iss` = clientKey, `sub` = accountId, `qsh` = `"context-qsh"`, `context.confluence.content {id, version, type}`
 * (strings, INFERRED) and `.space {id, key}`, and `context.license {active}` when the app enables licensing.
 * @throws Error when the app is not installed or the content does not exist.
 */
export function mintContextToken(site: Site, input: ContextTokenInput): string {
  const app = site.apps.get(input.appKey);
  if (!app) throw new Error(`App ${input.appKey} is not installed`);
  const iat = Math.floor(site.now() / 1000);
  const context: Record<string, unknown> = {};
  if (input.contentId !== undefined) {
    const content = site.contents.get(input.contentId);
    if (!content) throw new Error(`No content with id ${input.contentId}`);
    const space = site.spaces.get(content.spaceId);
    context.confluence = {
      content: { id: content.id, version: String(input.version ?? currentVersion(content).number), type: content.type },
      space: { id: content.spaceId, key: space?.key ?? '' },
    };
  }
  if (app.enableLicensing) context.license = { active: app.license === 'active' };
  return encodeSymmetric({ iss: app.clientKey, sub: input.accountId, iat, exp: iat + CONTEXT_TOKEN_SECONDS, qsh: 'context-qsh', context }, app.sharedSecret, SymmetricAlgorithm.HS256);
}
