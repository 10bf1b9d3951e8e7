import { ApiError, notFound } from '../http/api-error.js';
import { canEdit, canView, type Content, type Site } from '../state/index.js';

/** Which API family answers: the 404 wording differs. */
export type Api = 'v1' | 'v2';

const missing = (api: Api, type: Content['type'] | 'content', id: string): ApiError =>
  api === 'v2'
    ? notFound(type === 'blogpost' ? `Cannot find a blog post with id [${id}]` : `Cannot find a page with id [${id}]`)
    : notFound(`No content found with id: ContentId{id=${id}}`);

/**
 * The content the caller may view, else 404 (Confluence does not reveal content the caller cannot see).
 * `type` restricts the kind (v2 page routes do not serve blog posts and vice versa).
 */
export function viewableContent(site: Site, accountId: string, id: string, api: Api, type?: Content['type']): Content {
  const content = site.contents.get(id);
  if (!content || (type && content.type !== type) || content.status === 'trashed' || !canView(site, accountId, content)) {
    throw missing(api, type ?? 'content', id);
  }
  return content;
}

/** The content the caller may edit: 404 when not viewable, 403 when viewable but not editable. */
export function editableContent(site: Site, accountId: string, id: string, api: Api, type?: Content['type']): Content {
  const content = viewableContent(site, accountId, id, api, type);
  if (!canEdit(site, accountId, content)) {
    throw new ApiError(403, `User not permitted to edit content with id ${id}`, { code: 'FORBIDDEN' });
  }
  return content;
}

