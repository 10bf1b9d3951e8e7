import {
  addBlogPost,
  addLabels,
  addPage,
  addSpace,
  addUser,
  editPage,
  parseLabelName,
  type AdfNode,
  type Content,
  type Site,
  type Space,
} from '../state/index.js';
import type { FixturePage, Fixtures } from './fixture-schema.js';
import { loadFixtures } from './load-fixtures.js';

/** What {@link seedSite} created, for callers that print a summary or pick demo pages. */
export interface SeedSummary {
  users: number;
  spaces: Space[];
  contents: Content[];
}

function holders(permissions: Record<string, string[]>, operation: string): string[] {
  return Object.entries(permissions).filter(([, ops]) => ops.includes(operation)).map(([id]) => id);
}

/** Parents before children, so `addPage` always finds the parent. */
function parentsFirst(pages: FixturePage[]): FixturePage[] {
  const done = new Set<string>();
  const out: FixturePage[] = [];
  const visit = (page: FixturePage, depth: number): void => {
    if (done.has(page.id)) return;
    if (depth > pages.length) throw new Error(`Parent cycle at fixture page ${page.id}`);
    const parent = page.parentId === null ? undefined : pages.find((p) => p.id === page.parentId);
    if (parent) visit(parent, depth + 1);
    done.add(page.id);
    out.push(page);
  };
  for (const page of pages) visit(page, 0);
  return out;
}

/**
 * Loads validated fixtures into a site: users (with API tokens), spaces (view = `read`, edit = `update`),
 * pages and blog posts with every version (original timestamps and authors), and labels. Afterwards the
 * site's id counter is moved past the largest fixture id so new content never collides.
 */
export function seedSite(site: Site, fixtures: Fixtures): SeedSummary {
  for (const u of fixtures.users) {
    addUser(site, { accountId: u.accountId, email: u.email, displayName: u.displayName, locale: u.locale, ...(u.apiToken ? { apiToken: u.apiToken } : {}) });
  }
  const spaces = new Map<string, Space>();
  for (const s of fixtures.spaces) {
    const space = addSpace(site, { key: s.key, name: s.name, type: s.type, permissions: { view: holders(s.permissions, 'read'), edit: holders(s.permissions, 'update') } });
    space.homepageId = s.homepageId;
    spaces.set(s.key, space);
  }
  const contents: Content[] = [];
  for (const page of parentsFirst(fixtures.pages)) {
    const space = spaces.get(page.spaceKey);
    if (!space) throw new Error(`Fixture page ${page.id}: unknown space ${page.spaceKey}`);
    const [first, ...later] = page.versions;
    if (!first) throw new Error(`Fixture page ${page.id} has no version`);
    const input = { id: page.id, spaceId: space.id, title: page.title, adf: first.body as AdfNode, authorId: first.authorId, ...(page.parentId ? { parentId: page.parentId } : {}) };
    const content = page.type === 'page' ? addPage(site, input) : addBlogPost(site, input);
    for (const v of later) editPage(site, content.id, { adf: v.body as AdfNode, authorId: v.authorId, message: v.message });
    // The state API stamps versions with the site clock; fixtures carry their own history.
    content.versions.forEach((v, i) => {
      v.createdAt = page.versions[i]?.createdAt ?? v.createdAt;
    });
    content.createdAt = first.createdAt;
    for (const label of page.labels) {
      const parsed = parseLabelName(label.name);
      if ('error' in parsed) throw new Error(`Fixture page ${page.id}: ${parsed.error.message}`);
      addLabels(site, content, parsed.names, label.prefix);
    }
    contents.push(content);
  }
  const maxId = Math.max(site.nextId, ...[...site.contents.keys()].map(Number)) + 1;
  site.nextId = Math.max(site.nextId, maxId);
  return { users: fixtures.users.length, spaces: [...spaces.values()], contents };
}

/** Seeds the shipped demo site (or the fixtures in `dir`) into `site`. */
export function seedDemoSite(site: Site, dir?: string): SeedSummary {
  return seedSite(site, loadFixtures(dir));
}
