import { currentVersion, labelsOf, type AttachedLabel, type Content, type ContentProperty, type ContentVersion, type Site, type Space } from '../state/index.js';

/** The body formats the emulator serves. */
export type BodyFormat = 'atlas_doc_format' | 'storage';

const webui = (site: Site, content: Content): string => {
  const space = site.spaces.get(content.spaceId);
  const title = encodeURIComponent(currentVersion(content).title.replace(/ /g, '+'));
  return content.type === 'page' ? `/spaces/${space?.key ?? ''}/pages/${content.id}/${title}` : `/spaces/${space?.key ?? ''}/blog/${content.id}/${title}`;
};

/** `{representation, value}` with ADF JSON-stringified, as Confluence returns it. */
export function bodyValue(version: ContentVersion, format: BodyFormat): { representation: BodyFormat; value: string } {
  return { representation: format, value: format === 'storage' ? version.storage : JSON.stringify(version.adf) };
}

/** v2 page / blog post object. */
export function v2Content(site: Site, content: Content, version: ContentVersion, format?: BodyFormat): Record<string, unknown> {
  const latest = currentVersion(content);
  return {
    id: content.id,
    status: version === latest ? content.status : 'historical',
    title: version.title,
    spaceId: content.spaceId,
    ...(content.type === 'page' ? { parentId: content.parentId ?? null, parentType: content.parentId ? 'page' : null, position: 0 } : {}),
    authorId: content.authorId,
    ownerId: content.authorId,
    lastOwnerId: null,
    createdAt: content.createdAt,
    version: { createdAt: version.createdAt, message: version.message, number: version.number, minorEdit: version.minorEdit, authorId: version.authorId },
    body: format ? { [format]: bodyValue(version, format) } : {},
    _links: { webui: webui(site, content), editui: `/pages/resumedraft.action?draftId=${content.id}`, tinyui: `/x/${content.id}` },
  };
}

/** v2 label object. */
export const v2Label = (l: AttachedLabel): Record<string, unknown> => ({ id: l.id, name: l.name, prefix: l.prefix });

/** v1 label object. */
export const v1Label = (l: AttachedLabel): Record<string, unknown> => ({ prefix: l.prefix, name: l.name, id: l.id, label: l.name });

/** v2 space object. */
export function v2Space(space: Space): Record<string, unknown> {
  return {
    id: space.id,
    key: space.key,
    name: space.name,
    type: space.type,
    status: 'current',
    authorId: null,
    createdAt: space.createdAt,
    homepageId: space.homepageId ?? null,
    description: null,
    icon: null,
    _links: { webui: `/spaces/${space.key}` },
  };
}

/** v1 user reference (`by`). */
export function v1User(site: Site, accountId: string): Record<string, unknown> {
  const user = site.users.get(accountId);
  return { type: 'known', accountId, accountType: user?.accountType ?? 'atlassian', displayName: user?.displayName ?? 'Unknown user', publicName: user?.displayName ?? 'Unknown user' };
}

/** v1 version object. */
export function v1Version(site: Site, version: ContentVersion): Record<string, unknown> {
  return { by: v1User(site, version.authorId), when: version.createdAt, friendlyWhen: version.createdAt, message: version.message, number: version.number, minorEdit: version.minorEdit };
}

/** v1 content object with the requested expansions (`body.atlas_doc_format`, `body.storage`, `version`, `space`, `metadata.labels`). */
export function v1Content(site: Site, content: Content, version: ContentVersion, expand: Set<string>, viewerId: string): Record<string, unknown> {
  const base = site.baseUrl;
  const space = site.spaces.get(content.spaceId);
  const latest = currentVersion(content);
  const out: Record<string, unknown> = {
    id: content.id,
    type: content.type,
    status: version === latest ? content.status : 'historical',
    title: version.title,
    space: space ? { id: Number(space.id), key: space.key, name: space.name, type: space.type, status: 'current', _links: { webui: `/spaces/${space.key}` } } : undefined,
    version: v1Version(site, version),
    _expandable: {} as Record<string, string>,
    _links: { webui: webui(site, content), tinyui: `/x/${content.id}`, self: `${base}/rest/api/content/${content.id}`, base, context: '/wiki' },
  };
  const body: Record<string, unknown> = {};
  for (const format of ['atlas_doc_format', 'storage'] as const) {
    if (expand.has(`body.${format}`)) body[format] = { ...bodyValue(version, format), _expandable: { content: `/rest/api/content/${content.id}` } };
  }
  if (Object.keys(body).length > 0) out.body = body;
  else (out._expandable as Record<string, string>).body = '';
  if (expand.has('metadata.labels')) {
    const labels = labelsOf(site, content, viewerId).map(v1Label);
    out.metadata = { labels: { results: labels, start: 0, limit: 200, size: labels.length } };
  }
  return out;
}

/** v1 content property. */
export function v1Property(content: Content, p: ContentProperty, base: string): Record<string, unknown> {
  return {
    id: p.id,
    key: p.key,
    value: p.value,
    version: { when: p.version.when, message: p.version.message, number: p.version.number, minorEdit: p.version.minorEdit, contentModified: false },
    _links: { self: `${base}/rest/api/content/${content.id}/property/${encodeURIComponent(p.key)}`, base, context: '/wiki' },
    _expandable: { content: `/rest/api/content/${content.id}` },
  };
}

/** v2 content property. */
export function v2Property(p: ContentProperty): Record<string, unknown> {
  return {
    id: p.id,
    key: p.key,
    value: p.value,
    version: { createdAt: p.version.when, message: p.version.message, number: p.version.number, minorEdit: p.version.minorEdit, authorId: p.version.by },
  };
}
