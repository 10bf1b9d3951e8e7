import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { fixturePageSchema, fixtureSiteSchema, type Fixtures } from './fixture-schema.js';

/** The demo site shipped with the emulator (`packages/emulator/fixtures/demo-site`); same path from `src/` and `dist/`. */
export const DEMO_SITE_DIR = fileURLToPath(new URL('../../fixtures/demo-site', import.meta.url));

/** A fixture file that cannot be read or does not match its schema. */
export class FixtureError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`Invalid fixture ${file}: ${detail}`);
    this.name = 'FixtureError';
  }
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixtureError(file, error instanceof Error ? error.message : String(error));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new FixtureError(file, `${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Reads and validates a fixture directory: `site.json` plus every `pages/*.json` (sorted by file name).
 * Checks references too: page spaces, parents, version authors and space homepages must exist.
 * @throws FixtureError naming the file and field on any problem.
 */
export function loadFixtures(dir: string = DEMO_SITE_DIR): Fixtures {
  const site = readJson(join(dir, 'site.json'), fixtureSiteSchema);
  let files: string[];
  try {
    files = readdirSync(join(dir, 'pages')).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    throw new FixtureError(join(dir, 'pages'), error instanceof Error ? error.message : String(error));
  }
  const pages = files.map((f) => readJson(join(dir, 'pages', f), fixturePageSchema));
  const users = new Set(site.users.map((u) => u.accountId));
  const spaces = new Set(site.spaces.map((s) => s.key));
  const ids = new Set(pages.map((p) => p.id));
  pages.forEach((page, i) => {
    const file = join(dir, 'pages', files[i] ?? '');
    if (!spaces.has(page.spaceKey)) throw new FixtureError(file, `unknown space ${page.spaceKey}`);
    if (page.parentId !== null && !ids.has(page.parentId)) throw new FixtureError(file, `unknown parent ${page.parentId}`);
    page.versions.forEach((v, n) => {
      if (v.number !== n + 1) throw new FixtureError(file, `versions must be numbered 1..n, found ${v.number} at ${n}`);
      if (!users.has(v.authorId)) throw new FixtureError(file, `unknown author ${v.authorId}`);
    });
  });
  for (const s of site.spaces) if (!ids.has(s.homepageId)) throw new FixtureError(join(dir, 'site.json'), `space ${s.key} homepage ${s.homepageId} missing`);
  return { name: site.name, users: site.users, spaces: site.spaces, pages };
}
