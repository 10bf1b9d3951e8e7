import type { Content, Site, Space } from './types.js';

/**
 * Permission checks. Space permissions grant view/edit; page restrictions narrow them (a user must be
 * listed in a non-empty restriction, as in Confluence). App bot users (accountType `app`) can view and edit
 * everything — INFERRED: Connect apps' users are in the add-on group that has access to all spaces by default.
 */

const allows = (list: string[] | '*', accountId: string): boolean => list === '*' || list.includes(accountId);

function isApp(site: Site, accountId: string): boolean {
  return site.users.get(accountId)?.accountType === 'app';
}

/** May the user view the space? */
export function canViewSpace(site: Site, accountId: string, space: Space): boolean {
  if (!site.users.has(accountId)) return false;
  return isApp(site, accountId) || allows(space.permissions.view, accountId);
}

/** May the user view the content? */
export function canView(site: Site, accountId: string, content: Content): boolean {
  const space = site.spaces.get(content.spaceId);
  if (!space || !canViewSpace(site, accountId, space)) return false;
  if (isApp(site, accountId)) return true;
  const view = content.restrictions.view;
  return !view || view.length === 0 || view.includes(accountId);
}

/** May the user edit the content (add labels, write properties)? */
export function canEdit(site: Site, accountId: string, content: Content): boolean {
  if (!canView(site, accountId, content)) return false;
  if (isApp(site, accountId)) return true;
  const space = site.spaces.get(content.spaceId);
  if (!space || !allows(space.permissions.edit, accountId)) return false;
  const edit = content.restrictions.edit;
  return !edit || edit.length === 0 || edit.includes(accountId);
}

/** May the user add content to the space (create pages)? */
export function canEditSpace(site: Site, accountId: string, space: Space): boolean {
  if (!canViewSpace(site, accountId, space)) return false;
  return isApp(site, accountId) || allows(space.permissions.edit, accountId);
}
