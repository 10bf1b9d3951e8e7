import { canEdit, canView, currentVersion, type Content, type Site } from '../state/index.js';

/** What the page view knows when it evaluates a module's conditions. */
export interface ConditionContext {
  site: Site;
  /** The acting user; undefined = anonymous. */
  accountId?: string;
  /** The page or blog post in view. */
  content?: Content;
  /** The version in view (`?version=n`); the current one when absent. */
  viewedVersion?: number;
}

/** A descriptor condition: a single condition, or an `and` / `or` group (descriptor `conditions` array = AND). */
export type ConditionNode =
  | { condition: string; invert?: boolean; params?: Record<string, unknown> }
  | { and: ConditionNode[] }
  | { or: ConditionNode[] };

const isLatest = (ctx: ConditionContext): boolean =>
  ctx.content !== undefined && (ctx.viewedVersion === undefined || ctx.viewedVersion === currentVersion(ctx.content).number);

/**
 * Confluence conditions the emulator evaluates (https://developer.atlassian.com/cloud/confluence/conditions/):
 * `user_is_logged_in`, `has_page`, `has_blog_post`, `latest_version`, `has_page_permission` /
 * `has_blog_post_permission` (`params.permission` VIEW | EDIT).
 * An unknown condition is false, so a module never shows up on the strength of something not checked.
 */
const CONDITIONS: Record<string, (ctx: ConditionContext, params: Record<string, unknown>) => boolean> = {
  user_is_logged_in: (ctx) => ctx.accountId !== undefined && ctx.site.users.has(ctx.accountId),
  has_page: (ctx) => ctx.content?.type === 'page',
  has_blog_post: (ctx) => ctx.content?.type === 'blogpost',
  latest_version: isLatest,
  has_page_permission: permission,
  has_blog_post_permission: permission,
};

/**
 * Permission on the content in view. Confluence's page conditions work on its "abstract page", which is
 * a page or a blog post, so `has_page_permission` also holds on a blog post the user may edit — which is
 * what lets Label UP!'s `(has_page OR has_blog_post) AND has_page_permission EDIT` show on blog posts.
 */
function permission(ctx: ConditionContext, params: Record<string, unknown>): boolean {
  if (!ctx.content || ctx.accountId === undefined) return false;
  const wanted = String(params['permission'] ?? 'VIEW').toUpperCase();
  if (wanted === 'EDIT') return canEdit(ctx.site, ctx.accountId, ctx.content);
  if (wanted === 'VIEW') return canView(ctx.site, ctx.accountId, ctx.content);
  return false;
}

/** Evaluates one condition node. Malformed nodes are false. */
export function evaluateCondition(node: unknown, ctx: ConditionContext): boolean {
  if (!node || typeof node !== 'object') return false;
  const n = node as Record<string, unknown>;
  if (Array.isArray(n['and'])) return n['and'].every((c) => evaluateCondition(c, ctx));
  if (Array.isArray(n['or'])) return n['or'].some((c) => evaluateCondition(c, ctx));
  if (typeof n['condition'] !== 'string') return false;
  const check = CONDITIONS[n['condition']];
  if (!check) return false;
  const params = n['params'] && typeof n['params'] === 'object' ? (n['params'] as Record<string, unknown>) : {};
  const result = check(ctx, params);
  return n['invert'] === true ? !result : result;
}

/** A module's `conditions` array (AND of its entries); absent or empty = always shown. */
export function conditionsHold(conditions: unknown, ctx: ConditionContext): boolean {
  if (conditions === undefined) return true;
  if (!Array.isArray(conditions)) return false;
  return conditions.every((c) => evaluateCondition(c, ctx));
}
