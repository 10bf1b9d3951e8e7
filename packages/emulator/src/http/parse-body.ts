import type { z } from 'zod';
import { ApiError, badRequest } from './api-error.js';

/** Reads a JSON request body or answers 400. */
export async function jsonBody(req: Request): Promise<unknown> {
  const text = await req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'Could not parse the request body as JSON');
  }
}

/** Validates a parsed body against a zod schema; 400 listing every problem otherwise. */
export function parseWith<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body);
  if (!r.success) throw badRequest(`Invalid request body: ${r.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
  return r.data;
}
