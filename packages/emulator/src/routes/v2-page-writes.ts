import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, badRequest, notFound } from '../http/api-error.js';
import type { EmulatorEnv } from '../http/env.js';
import { jsonBody, parseWith } from '../http/parse-body.js';
import { addPage, canEditSpace, canViewSpace, currentVersion, editPage, type AdfNode, type Site } from '../state/index.js';
import { editableContent } from './lookup.js';
import { v2Content } from './present.js';

const numericId = z.union([z.string().regex(/^\d{1,30}$/), z.number().int().nonnegative()]).transform(String);

/** `body` of a write: `{representation, value}`; the emulator stores ADF, so it takes `atlas_doc_format`. */
const bodySchema = z.object({ representation: z.enum(['storage', 'atlas_doc_format', 'wiki']), value: z.string() });

const createSchema = z.object({
  spaceId: numericId,
  status: z.enum(['current', 'draft']).default('current'),
  title: z.string().trim().min(1, 'title is required').max(255),
  parentId: numericId.optional(),
  body: bodySchema.optional(),
});

const updateSchema = z.object({
  id: numericId,
  status: z.enum(['current', 'draft']),
  title: z.string().trim().min(1, 'title is required').max(255),
  spaceId: numericId.optional(),
  parentId: numericId.optional(),
  body: bodySchema,
  version: z.object({ number: z.number().int().positive(), message: z.string().max(500).optional() }),
});

/** The ADF document in a write's body (400 when it is not one, or not ADF). */
function adfOf(body: z.infer<typeof bodySchema> | undefined): AdfNode | undefined {
  if (!body) return undefined;
  if (body.representation !== 'atlas_doc_format') {
    throw badRequest(`The emulator stores ADF: send body.representation atlas_doc_format (got ${body.representation})`, 'INVALID_REQUEST_PARAMETER');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body.value);
  } catch {
    throw badRequest('body.value is not an ADF document (JSON)', 'INVALID_REQUEST_PARAMETER');
  }
  const d = doc as { type?: unknown; version?: unknown; content?: unknown } | null;
  if (!d || typeof d !== 'object' || d.type !== 'doc' || d.version !== 1 || !Array.isArray(d.content)) {
    throw badRequest('body.value is not an ADF document ({"type":"doc","version":1,"content":[…]})', 'INVALID_REQUEST_PARAMETER');
  }
  return d as AdfNode;
}

const titleTaken = (site: Site, spaceId: string, title: string, exceptId?: string): boolean =>
  [...site.contents.values()].some((c) => c.type === 'page' && c.spaceId === spaceId && c.id !== exceptId && c.status === 'current' && currentVersion(c).title === title);

/**
 * v2 page writes, as Confluence Cloud has them: `POST /pages` (create; `spaceId`, `title`, optional
 * `parentId` and `body`) and `PUT /pages/{id}` (a new version: `version.number` must be the current
 * one + 1, else 409). Both answer 200 with the page. Titles are unique among a space's current pages
 * (400). The caller needs WRITE (checked by the auth middleware) and edit permission in the space or
 * on the page. INFERRED deviation: only `atlas_doc_format` bodies are accepted (the emulator stores
 * ADF and derives storage from it); `storage`/`wiki` bodies are a clear 400.
 */
export function v2PageWriteRoutes(site: Site): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  app.post('/pages', async (c) => {
    const { accountId } = c.get('principal');
    const input = parseWith(createSchema, await jsonBody(c.req.raw));
    const space = site.spaces.get(input.spaceId);
    if (!space || !canViewSpace(site, accountId, space)) throw notFound(`Cannot find space with id [${input.spaceId}]`);
    if (!canEditSpace(site, accountId, space)) throw new ApiError(403, `User not permitted to create content in space ${space.key}`, { code: 'FORBIDDEN' });
    if (input.parentId !== undefined) {
      const parent = site.contents.get(input.parentId);
      if (!parent || parent.type !== 'page' || parent.spaceId !== space.id) throw badRequest(`Cannot find a parent page with id [${input.parentId}] in the space`, 'INVALID_REQUEST_PARAMETER');
    }
    if (titleTaken(site, space.id, input.title)) throw badRequest('A page with this title already exists in the space', 'INVALID_REQUEST_PARAMETER');
    const adf = adfOf(input.body);
    const content = addPage(site, {
      spaceId: space.id,
      title: input.title,
      authorId: accountId,
      status: input.status,
      ...(adf ? { adf } : {}),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
    });
    return c.json(v2Content(site, content, currentVersion(content), 'atlas_doc_format'));
  });

  app.put('/pages/:id', async (c) => {
    const { accountId } = c.get('principal');
    const id = c.req.param('id');
    const input = parseWith(updateSchema, await jsonBody(c.req.raw));
    if (input.id !== id) throw badRequest('The id in the body does not match the path', 'INVALID_REQUEST_PARAMETER');
    const content = editableContent(site, accountId, id, 'v2', 'page');
    const current = currentVersion(content).number;
    if (input.version.number !== current + 1) {
      throw new ApiError(409, `Version must be incremented when updating a page. Current version is: ${current}`, { code: 'CONFLICT' });
    }
    if (input.spaceId !== undefined && input.spaceId !== content.spaceId) throw badRequest('Moving a page to another space is not supported by the emulator', 'INVALID_REQUEST_PARAMETER');
    if (titleTaken(site, content.spaceId, input.title, content.id)) throw badRequest('A page with this title already exists in the space', 'INVALID_REQUEST_PARAMETER');
    const version = editPage(site, content.id, { title: input.title, adf: adfOf(input.body) as AdfNode, authorId: accountId, ...(input.version.message !== undefined ? { message: input.version.message } : {}) });
    return c.json(v2Content(site, content, version, 'atlas_doc_format'));
  });
  return app;
}
