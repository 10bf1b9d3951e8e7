import type { Context } from 'hono';
import { z } from 'zod';
import { canEdit, currentVersion, editPage, type AdfNode, type Site } from '../state/index.js';
import { actingUser } from './acting-user.js';
import { errorPage } from './error-page.js';
import { contentPath } from './paths.js';

const editSchema = z.object({
  mode: z.enum(['append', 'replace']).default('append'),
  text: z.string().max(100_000).optional(),
  adf: z.looseObject({ type: z.literal('doc'), content: z.array(z.unknown()) }).optional(),
  title: z.string().min(1).max(255).optional(),
  message: z.string().max(1000).optional(),
});

const paragraph = (text: string): AdfNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });

/**
 * `POST /wiki/pages/{id}/edit` — the emulator's stand-in for the editor: publishes a new version as the
 * acting user, appending a paragraph (`mode=append`, `text`) or replacing the body (`mode=replace`, `adf`
 * or `text`), optionally with a new title. Accepts a form (answers 303 to the page view) or JSON
 * (answers `{id, version}`), so tests can model "someone else edited the page".
 */
export async function handleEdit(c: Context, site: Site): Promise<Response> {
  const wantsJson = (c.req.header('content-type') ?? '').includes('application/json');
  let raw: unknown;
  try {
    raw = wantsJson ? await c.req.json() : await c.req.parseBody();
  } catch {
    return c.json({ error: 'Body must be JSON or a form' }, 400);
  }
  const parsed = editSchema.safeParse(raw);
  if (!parsed.success) {
    const error = parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    return wantsJson ? c.json({ error }, 400) : errorPage(site, 400, 'Cannot save', error);
  }
  const input = parsed.data;
  const me = actingUser(site);
  const content = site.contents.get(c.req.param('id') ?? '');
  if (!me) return wantsJson ? c.json({ error: 'Not logged in' }, 401) : errorPage(site, 401, 'Log in to edit', 'Choose a user in the top bar.');
  if (!content || !canEdit(site, me.accountId, content)) {
    return wantsJson ? c.json({ error: 'You cannot edit this content' }, 403) : errorPage(site, 403, 'Cannot edit', 'You do not have permission to edit this content.');
  }
  const previous = currentVersion(content).adf;
  let adf: AdfNode;
  if (input.mode === 'replace') adf = (input.adf as AdfNode | undefined) ?? { type: 'doc', version: 1, content: [paragraph(input.text ?? '')] };
  else adf = { ...previous, content: [...(previous.content ?? []), paragraph(input.text ?? '')] };
  const version = editPage(site, content.id, { adf, authorId: me.accountId, ...(input.title ? { title: input.title } : {}), ...(input.message ? { message: input.message } : {}) });
  return wantsJson ? c.json({ id: content.id, version: version.number }) : c.redirect(contentPath(site, content), 303);
}
