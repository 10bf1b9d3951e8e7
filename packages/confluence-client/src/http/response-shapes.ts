/**
 * The shapes the client reads from Confluence, as zod schemas: only the fields the client uses are
 * required, anything else is kept loose. An answer that is not the documented shape (a 204 with no
 * body, an HTML page, a list without `results`) becomes a `MalformedResponseError` naming the call,
 * never a TypeError somewhere later. The error's message never quotes the body.
 */
import { z } from 'zod';
import { MalformedResponseError } from '../errors.js';

const id = z.union([z.string().regex(/^\d{1,30}$/), z.number().int().nonnegative()]).transform(String);

/** v2 label `{id, name, prefix}`. */
export const labelShape = z.looseObject({ id, name: z.string().min(1).max(255), prefix: z.string() });

/** v2 page or blog post (the fields the client reads). */
export const contentShape = z.looseObject({
  id,
  status: z.string(),
  title: z.string(),
  spaceId: id,
  version: z.looseObject({ number: z.number().int().positive() }),
  body: z.record(z.string(), z.looseObject({ representation: z.string(), value: z.string() }).optional()).optional(),
});

/** v2 content property. */
export const propertyShape = z.looseObject({
  id,
  key: z.string(),
  value: z.unknown(),
  version: z.looseObject({ number: z.number().int().positive() }),
});

/** One page of a v2 list: `results` and an optional `_links.next`. */
export const v2PageShape = <T extends z.ZodType>(item: T) =>
  z.looseObject({ results: z.array(item), _links: z.looseObject({ next: z.string().optional() }).optional() });

/** v1 `POST /content/{id}/label` answer: the content's labels. */
export const v1LabelsShape = z.looseObject({ results: z.array(labelShape) });

/** `raw` as `schema` says, or a MalformedResponseError for `what` (e.g. `GET /api/v2/pages/{id}`). */
export function expectShape<T extends z.ZodType>(schema: T, raw: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.code}`).join('; ');
    throw new MalformedResponseError(`${what}: the answer is not the expected shape (${raw === undefined ? 'no body' : where})`);
  }
  return parsed.data;
}
