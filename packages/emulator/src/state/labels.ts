import type { Content, ContentLabel, Label, LabelPrefix, Site } from './types.js';
import { nextId, nowIso } from './site.js';

/** A label as seen on one content: the site label plus who owns it (for `my:`). */
export interface AttachedLabel extends Label {
  ownerId?: string;
}

const registryKey = (prefix: LabelPrefix, name: string): string => `${prefix}:${name}`;

/** The site-wide label for (prefix, name), created on first use; Confluence keeps one id per label. */
export function labelFor(site: Site, prefix: LabelPrefix, name: string): Label {
  const key = registryKey(prefix, name);
  let label = site.labels.get(key);
  if (!label) {
    label = { id: nextId(site), name, prefix };
    site.labels.set(key, label);
  }
  return label;
}

function byId(site: Site): Map<string, Label> {
  return new Map([...site.labels.values()].map((l) => [l.id, l]));
}

/**
 * Attaches already-validated names (see `parseLabelName`) to a content. Re-adding is a no-op
 * (idempotent, measured). Label writes do not bump the content version (measured, lower confidence).
 */
export function addLabels(site: Site, content: Content, names: string[], prefix: LabelPrefix = 'global', ownerId?: string): void {
  for (const name of names) {
    const label = labelFor(site, prefix, name);
    const owner = prefix === 'my' ? ownerId : undefined;
    if (content.labels.some((l) => l.labelId === label.id && l.ownerId === owner)) continue;
    const attached: ContentLabel = { labelId: label.id, addedAt: nowIso(site), ...(owner !== undefined ? { ownerId: owner } : {}) };
    content.labels.push(attached);
  }
}

/**
 * Labels of a content visible to a viewer (`my:` labels only to their owner), in the order they were added.
 * Pass `viewerId` undefined to see only non-personal labels.
 */
export function labelsOf(site: Site, content: Content, viewerId?: string): AttachedLabel[] {
  const index = byId(site);
  const out: AttachedLabel[] = [];
  for (const cl of content.labels) {
    const label = index.get(cl.labelId);
    if (!label) continue;
    if (label.prefix === 'my' && cl.ownerId !== viewerId) continue;
    out.push({ ...label, ...(cl.ownerId !== undefined ? { ownerId: cl.ownerId } : {}) });
  }
  return out;
}

/**
 * Removes a label by name. Lower-confidence measured detail: a name-only delete removes the viewer's
 * `my:` label first, then the global/team one. Returns false when nothing matched (→ 404).
 */
export function removeLabel(site: Site, content: Content, name: string, viewerId?: string): boolean {
  const wanted = name.toLowerCase();
  const visible = labelsOf(site, content, viewerId).filter((l) => l.name === wanted);
  const target = visible.find((l) => l.prefix === 'my') ?? visible[0];
  if (!target) return false;
  const i = content.labels.findIndex((l) => l.labelId === target.id && l.ownerId === target.ownerId);
  if (i < 0) return false;
  content.labels.splice(i, 1);
  return true;
}
