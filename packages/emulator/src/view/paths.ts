import type { Content, Site } from '../state/index.js';

/** Confluence's title slug in view URLs: spaces become `+`, the rest percent-encoded. */
export const titleSlug = (title: string): string => encodeURIComponent(title).replace(/%20/g, '+');

/**
 * The site-relative view URL of a content, as Confluence Cloud links it:
 * `/wiki/spaces/KEY/pages/ID/Title` for pages, `/wiki/spaces/KEY/blog/YYYY/MM/DD/ID/Title` for blog posts.
 */
export function contentPath(site: Site, content: Content, title?: string): string {
  const key = site.spaces.get(content.spaceId)?.key ?? '_';
  const slug = titleSlug(title ?? content.versions[content.versions.length - 1]?.title ?? '');
  if (content.type === 'blogpost') {
    const day = content.createdAt.slice(0, 10).replace(/-/g, '/');
    return `/wiki/spaces/${encodeURIComponent(key)}/blog/${day}/${content.id}/${slug}`;
  }
  return `/wiki/spaces/${encodeURIComponent(key)}/pages/${content.id}/${slug}`;
}
