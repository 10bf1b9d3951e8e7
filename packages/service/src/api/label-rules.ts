/**
 * Request bodies about labels. Confluence's label rules (docs/confluence-cloud.md §3.3) live in one
 * place, the engine's `isValidConfluenceLabel`: a valid label is stored unchanged as one label, so what
 * is added is what was picked.
 */
import { isValidConfluenceLabel } from '@labelup/engine';
import { z } from 'zod';

/** Body of `POST /api/labels`: 1..20 unique valid labels. */
export const addLabelsBodySchema = z.strictObject({
  labels: z
    .array(z.string().refine(isValidConfluenceLabel, 'not a valid Confluence label'))
    .min(1)
    .max(20)
    .refine((labels) => new Set(labels).size === labels.length, 'labels repeat'),
});

/** Body of `POST /api/suggestions` (may be empty). */
export const requestSuggestionsBodySchema = z.strictObject({ force: z.boolean().optional() });
