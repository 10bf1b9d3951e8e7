/**
 * Confluence's label rules (measured on a live site, docs/confluence-cloud.md §3.3): non-empty, at
 * most 255 UTF-16 code units, none of `space ! # & ( ) * , . : ; < > ? @ [ ] ^` nor tabs. Confluence
 * lowercases; a valid label here is already lowercase so that what is added is what was picked.
 */
import { z } from 'zod';

const FORBIDDEN = /[\s!#&()*,.:;<>?@[\]^]/u;

/** True when Confluence would store `name` unchanged as one label. */
export function isValidLabel(name: string): boolean {
  return name.length > 0 && name.length <= 255 && !FORBIDDEN.test(name) && name === name.toLowerCase();
}

/** Body of `POST /api/labels`: 1..20 unique valid labels. */
export const addLabelsBodySchema = z.strictObject({
  labels: z
    .array(z.string().refine(isValidLabel, 'not a valid Confluence label'))
    .min(1)
    .max(20)
    .refine((labels) => new Set(labels).size === labels.length, 'labels repeat'),
});

/** Body of `POST /api/suggestions` (may be empty). */
export const requestSuggestionsBodySchema = z.strictObject({ force: z.boolean().optional() });
