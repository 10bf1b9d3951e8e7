/**
 * Reads and validates a JSON request body with a zod schema; an empty body counts as `{}`. Any
 * failure is the catalog's `invalid-request` (the zod issues go to the log detail, never values).
 * Called by the routes, so bodies are read only after the context JWT was verified; a non-empty
 * body must be `application/json` (16 KB at most).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { readJsonText } from '../http/read-json-body.js';

/** Largest JSON body the API accepts. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The parsed body, or throws AppError('invalid-request'). */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await readJsonText(c.req.raw, { maxBytes: MAX_BODY_BYTES, what: 'api' });
  let json: unknown = {};
  if (text.trim() !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      throw new AppError('invalid-request', 'body is not JSON');
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code}`).join('; ');
    throw new AppError('invalid-request', `body failed validation (${where})`);
  }
  return parsed.data;
}
