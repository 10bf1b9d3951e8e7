/**
 * Request bodies about labels. Confluence's label rules (docs/confluence-cloud.md §3.3) live in one
 * place, the engine's `isValidConfluenceLabel`: a valid label is stored unchanged as one label, so what
 * is added is what was picked. On top of them, the API accepts only labels a person could type and
 * see (`isVisibleLabel`, below), in Unicode NFC — so no two labels look alike but differ in
 * invisible or composed characters. (To move into the engine's `isValidConfluenceLabel` later.)
 */
import { isValidConfluenceLabel } from '@labelup/engine';
import { z } from 'zod';

/** Characters no label may hold: controls, surrogates, private use, unassigned, and every separator (Z*). */
const NEVER = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Z}]/u;
/** Invisible characters: format characters (Cf: ZWSP, bidi controls, BOM…) and other default-ignorables (soft hyphen, fillers, variation selectors). */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What may sit between an emoji and a following ZWJ: a presentation selector or a skin-tone modifier. */
const EMOJI_TRAIL = /[\uFE0F\p{Emoji_Modifier}]/u;

const isPictograph = (ch: string | undefined): boolean => ch !== undefined && PICTOGRAPH.test(ch);

/**
 * A label a person could type and see: in NFC; no control, surrogate, private-use, unassigned or
 * separator character (so not U+00A0 nor U+3000 either); no invisible character (Cf or
 * Default_Ignorable_Code_Point: U+200B, U+200E/F, U+202A–U+202E, U+2066–U+2069, U+FEFF, U+00AD, …)
 * EXCEPT the two emoji needs — U+200D ZERO WIDTH JOINER between two pictographs (emoji ZWJ
 * sequences, e.g. 👩‍💻) and U+FE0E/U+FE0F right after a pictograph (e.g. ❤️); and not starting
 * with a combining mark (\p{M}).
 */
export function isVisibleLabel(label: string): boolean {
  if (label.normalize('NFC') !== label) return false;
  if (NEVER.test(label)) return false;
  const chars = [...label];
  if (chars.length === 0 || /^\p{M}/u.test(chars[0] as string)) return false;
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    if (!INVISIBLE.test(ch)) continue;
    if ((ch === '\uFE0F' || ch === '\uFE0E') && isPictograph(chars[i - 1])) continue;
    if (ch === '\u200D') {
      let before = i - 1;
      while (before >= 0 && EMOJI_TRAIL.test(chars[before] as string)) before -= 1;
      if (isPictograph(chars[before]) && isPictograph(chars[i + 1])) continue;
    }
    return false;
  }
  return true;
}

/** One label as the API accepts it: NFC-normalised first, then visible and valid for Confluence. */
export const labelSchema = z
  .string()
  .max(1_024)
  .transform((label) => label.normalize('NFC'))
  .refine(isVisibleLabel, 'not a label a person could type and see')
  .refine(isValidConfluenceLabel, 'not a valid Confluence label');

/** Body of `POST /api/labels`: 1..20 unique valid labels. */
export const addLabelsBodySchema = z.strictObject({
  labels: z
    .array(labelSchema)
    .min(1)
    .max(20)
    .refine((labels) => new Set(labels).size === labels.length, 'labels repeat'),
});

/** Body of `POST /api/suggestions` (may be empty). */
export const requestSuggestionsBodySchema = z.strictObject({ force: z.boolean().optional() });
