/**
 * The emulator's in-memory Confluence site — stable API for the rest of the emulator (REST, page view, seed).
 *
 * - Types: `Site`, `User`, `Space`, `Content` (page | blogpost) with `versions[]` (ADF + storage), `labels`,
 *   `properties`, `restrictions`; `Label`, `ContentProperty`, `InstalledApp`, `AccessToken`, `AdfNode`.
 * - Site: `createSite(options)`, `resetSite(site)` (empties in place), `nextId(site)`, `nowIso(site)`.
 * - Factories: `addUser(site, {email, displayName, apiToken, accountId})`, `addSpace(site, {key, name, permissions})`,
 *   `addPage(site, {spaceId, title, adf, authorId, parentId, restrictions, id})`, `addBlogPost(...)`,
 *   `editPage(site, id, {title, adf, authorId, message})` (new version), `currentVersion(content)`, `versionOf(content, n)`.
 * - Lookups: `findUserByEmail`, `findSpaceByKey`, `findAppByClientKey`, `findAppByOauthClientId`.
 * - Labels: `parseLabelName(raw)` (split/lowercase/validate as measured), `addLabels`, `labelsOf`, `removeLabel`, `labelFor`.
 * - Properties: `createProperty`, `updateProperty` (stale version → conflict, nothing overwritten), `deleteProperty`, `propertyById`.
 * - Permissions: `canView`, `canEdit`, `canViewSpace`, `setSpacePermissions`.
 * - Storage format: `adfToStorage(adf)` (documented approximation), `escapeXml`.
 * - Apps: `addApp(site, {key, scopes, baseUrl, enableLicensing})` (test factory: installed without the HTTP flow),
 *   `putApp`, `removeApp`.
 */
export type * from './types.js';
export { createSite, resetSite, nextId, nowIso, type CreateSiteOptions } from './site.js';
export { addUser, DEFAULT_LOCALE, findUserByEmail, userLocaleTag, type AddUserInput } from './users.js';
export { addSpace, findSpaceByKey, setSpacePermissions, type AddSpaceInput } from './spaces.js';
export { addPage, addBlogPost, editPage, currentVersion, versionOf, EMPTY_ADF, type AddContentInput, type EditContentInput } from './content.js';
export { adfToStorage, escapeXml } from './adf-to-storage.js';
export { parseLabelName, LABEL_REJECTED_CHARS, LABEL_MAX_LENGTH, type LabelNameError } from './label-names.js';
export { addLabels, labelsOf, removeLabel, labelFor, type AttachedLabel } from './labels.js';
export {
  createProperty,
  updateProperty,
  deleteProperty,
  propertyById,
  checkProperty,
  PROPERTY_KEY_MAX,
  PROPERTY_VALUE_MAX_BYTES,
  type PropertyWrite,
} from './properties.js';
export { canView, canEdit, canViewSpace, canEditSpace } from './permissions.js';
export { addApp, putApp, removeApp, findAppByClientKey, findAppByOauthClientId, type AddAppInput } from './apps.js';
