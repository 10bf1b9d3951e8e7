import { canView, currentVersion, userLocaleTag, type Content, type Site } from '../state/index.js';
import type { ForgeBylineItem, ForgeInstallation } from './types.js';

/** Where a Custom UI frame sits: the byline item of one installation on one content at one version. */
export interface FrameTarget {
  installation: ForgeInstallation;
  item: ForgeBylineItem;
  content: Content;
  /** The version in view. */
  version: number;
  /** The acting user (undefined = anonymous). */
  accountId?: string;
  /** `Modal` `context` when the frame is a modal opened by the app (`extension.modal`). */
  modal?: Record<string, unknown>;
}

/** The license as the Custom UI context carries it: only paid apps (`app.licensing.enabled`) have one. */
export function uiLicense(installation: ForgeInstallation): { active: boolean; isEvaluation: boolean } | null {
  return installation.app.licensingEnabled ? { active: installation.license === 'active', isEvaluation: false } : null;
}

/** The installation context ARI: `ari:cloud:confluence::site/<cloudId>`. */
export const installContext = (site: Site): string => `ari:cloud:confluence::site/${site.cloudId}`;

/**
 * The `view.getContext()` answer of a `confluence:contentBylineItem` frame: account, cloud and site,
 * locale and timezone of the user, module and environment, license, and `extension` with the content
 * (id, type, and the version in view — an emulator addition), the space (id, key) and the modal context.
 */
export function uiContext(site: Site, t: FrameTarget): Record<string, unknown> {
  const space = site.spaces.get(t.content.spaceId);
  const user = t.accountId ? site.users.get(t.accountId) : undefined;
  return {
    accountId: t.accountId,
    cloudId: site.cloudId,
    siteUrl: new URL(site.baseUrl).origin,
    locale: userLocaleTag(user),
    timezone: 'UTC',
    moduleKey: t.item.key,
    localId: `${t.installation.installationId}/${t.item.key}/${t.content.id}`,
    environmentId: t.installation.environmentId,
    environmentType: t.installation.environmentType,
    installationId: t.installation.installationId,
    license: uiLicense(t.installation),
    extension: {
      type: 'confluence:contentBylineItem',
      content: { id: t.content.id, type: t.content.type, version: t.version },
      space: { id: space?.id, key: space?.key },
      isLatestVersion: t.version === currentVersion(t.content).number,
      ...(t.modal ? { modal: t.modal } : {}),
    },
  };
}

/**
 * Byline items the acting user sees on a content (rules in the README "Forge host"): logged in (or the
 * item allows `anonymous`), may view the content, and the item's display conditions hold.
 */
export function visibleBylineItems(site: Site, installations: Iterable<ForgeInstallation>, content: Content, accountId: string | undefined): { installation: ForgeInstallation; item: ForgeBylineItem }[] {
  const out: { installation: ForgeInstallation; item: ForgeBylineItem }[] = [];
  for (const installation of installations) {
    for (const item of installation.app.bylineItems) {
      if (isVisible(site, installation, item, content, accountId)) out.push({ installation, item });
    }
  }
  return out;
}

/** Is one byline item shown to this user on this content? */
export function isVisible(site: Site, installation: ForgeInstallation, item: ForgeBylineItem, content: Content, accountId: string | undefined): boolean {
  const loggedIn = accountId !== undefined && site.users.get(accountId)?.accountType === 'atlassian';
  if (!loggedIn) return false; // the emulated site is not public, so `anonymous` access never applies
  if (!canView(site, accountId, content)) return false;
  return displayConditionsHold(item.displayConditions, { loggedIn, licensed: !installation.app.licensingEnabled || installation.license === 'active' });
}

/**
 * Display conditions the emulator evaluates: `isLoggedIn` and `appIsLicensed` (booleans). Any other
 * condition is false, so an item never shows on the strength of something not checked.
 */
function displayConditionsHold(conditions: Record<string, unknown> | undefined, facts: { loggedIn: boolean; licensed: boolean }): boolean {
  if (!conditions) return true;
  return Object.entries(conditions).every(([name, wanted]) => {
    if (name === 'isLoggedIn') return wanted === facts.loggedIn;
    if (name === 'appIsLicensed') return wanted === facts.licensed;
    return false;
  });
}
