import { z } from 'zod';

/**
 * The shape of the demo-site fixture files (`fixtures/demo-site/site.json`, `pages/*.json`), validated
 * with zod so a broken fixture names the file and field instead of crashing half-way through seeding.
 */

const adfNode: z.ZodType<{ type: string }> = z.looseObject({ type: z.string().min(1) });

/** A user of the fixture site. */
export const fixtureUserSchema = z.object({
  accountId: z.string().min(1),
  displayName: z.string().min(1),
  email: z.email(),
  apiToken: z.string().min(1).nullable(),
  siteAdmin: z.boolean(),
  locale: z.string(),
  timeZone: z.string(),
});

/** A space with per-user operations (`read`, `update`, `administer`). */
export const fixtureSpaceSchema = z.object({
  id: z.string().regex(/^\d+$/),
  key: z.string().regex(/^[A-Za-z0-9]+$/),
  name: z.string().min(1),
  type: z.enum(['global', 'personal']),
  description: z.string(),
  homepageId: z.string().regex(/^\d+$/),
  permissions: z.record(z.string(), z.array(z.enum(['read', 'update', 'administer']))),
});

/** `site.json`. */
export const fixtureSiteSchema = z.object({
  name: z.string().min(1),
  users: z.array(fixtureUserSchema).min(1),
  spaces: z.array(fixtureSpaceSchema).min(1),
});

/** One version of a fixture page; `body` is an ADF document. */
export const fixtureVersionSchema = z.object({
  number: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  authorId: z.string().min(1),
  message: z.string(),
  body: adfNode.refine((n) => n.type === 'doc', 'body must be an ADF doc'),
});

/** `pages/<id>-<key>.json`: a page or blog post with its versions, oldest first. */
export const fixturePageSchema = z.object({
  id: z.string().regex(/^\d+$/),
  type: z.enum(['page', 'blogpost']),
  spaceKey: z.string().min(1),
  parentId: z.string().regex(/^\d+$/).nullable(),
  title: z.string().min(1).max(255),
  language: z.string().min(2),
  labels: z.array(z.object({ prefix: z.enum(['global', 'my', 'team', 'system']), name: z.string().min(1) })),
  versions: z.array(fixtureVersionSchema).min(1),
});

/** A validated fixture user. */
export type FixtureUser = z.infer<typeof fixtureUserSchema>;
/** A validated fixture space. */
export type FixtureSpace = z.infer<typeof fixtureSpaceSchema>;
/** A validated fixture page or blog post. */
export type FixturePage = z.infer<typeof fixturePageSchema>;

/** Everything read from a fixture directory. */
export interface Fixtures {
  name: string;
  users: FixtureUser[];
  spaces: FixtureSpace[];
  pages: FixturePage[];
}
