import type { AdfNode, Content, ContentRestrictions, ContentVersion, Site } from './types.js';
import { adfToStorage } from './adf-to-storage.js';
import { nextId, nowIso } from './site.js';

/** Input of {@link addPage} / {@link addBlogPost}. */
export interface AddContentInput {
  spaceId: string;
  title: string;
  /** ADF document; default an empty doc. */
  adf?: AdfNode;
  authorId?: string;
  parentId?: string;
  status?: Content['status'];
  restrictions?: ContentRestrictions;
  /** Fixed id (seed data); default the next numeric id. */
  id?: string;
}

/** Input of {@link editPage}: a new version. */
export interface EditContentInput {
  title?: string;
  adf?: AdfNode;
  authorId?: string;
  message?: string;
  minorEdit?: boolean;
}

/** An empty ADF document. */
export const EMPTY_ADF: AdfNode = { type: 'doc', version: 1, content: [] };

function createContent(site: Site, type: Content['type'], input: AddContentInput): Content {
  const space = site.spaces.get(input.spaceId);
  if (!space) throw new Error(`No space with id ${input.spaceId}`);
  const id = input.id ?? nextId(site);
  if (site.contents.has(id)) throw new Error(`Content ${id} already exists`);
  if (input.parentId !== undefined && !site.contents.has(input.parentId)) throw new Error(`No parent content ${input.parentId}`);
  const authorId = input.authorId ?? [...site.users.keys()][0] ?? 'unknown';
  const createdAt = nowIso(site);
  const adf = input.adf ?? EMPTY_ADF;
  const content: Content = {
    id,
    type,
    spaceId: space.id,
    status: input.status ?? 'current',
    versions: [{ number: 1, title: input.title, adf, storage: adfToStorage(adf), createdAt, authorId, message: '', minorEdit: false }],
    labels: [],
    properties: new Map(),
    restrictions: input.restrictions ?? {},
    createdAt,
    authorId,
    ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
  };
  site.contents.set(id, content);
  if (type === 'page' && space.homepageId === undefined && input.parentId === undefined) space.homepageId = id;
  return content;
}

/** Adds a page (version 1). The first root page of a space becomes its home page. */
export function addPage(site: Site, input: AddContentInput): Content {
  return createContent(site, 'page', input);
}

/** Adds a blog post (version 1). */
export function addBlogPost(site: Site, input: AddContentInput): Content {
  return createContent(site, 'blogpost', input);
}

/** Saves a new version of a page or blog post (bumps `version.number`); omitted fields carry over. */
export function editPage(site: Site, contentId: string, input: EditContentInput = {}): ContentVersion {
  const content = site.contents.get(contentId);
  if (!content) throw new Error(`No content with id ${contentId}`);
  const previous = currentVersion(content);
  const adf = input.adf ?? previous.adf;
  const version: ContentVersion = {
    number: previous.number + 1,
    title: input.title ?? previous.title,
    adf,
    storage: adfToStorage(adf),
    createdAt: nowIso(site),
    authorId: input.authorId ?? previous.authorId,
    message: input.message ?? '',
    minorEdit: input.minorEdit ?? false,
  };
  content.versions.push(version);
  return version;
}

/** The current (latest) version of a content. */
export function currentVersion(content: Content): ContentVersion {
  const last = content.versions[content.versions.length - 1];
  if (!last) throw new Error(`Content ${content.id} has no version`);
  return last;
}

/** A given version number of a content, if it exists. */
export function versionOf(content: Content, n: number): ContentVersion | undefined {
  return content.versions.find((v) => v.number === n);
}
