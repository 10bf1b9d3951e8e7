/**
 * Label name rules as measured on a live Confluence Cloud site (mozilla/markfluence `docs/confluence/labels.md`,
 * verified 2026-09): a name containing spaces or commas is split into several labels; each part is lowercased
 * (Unicode-aware); the reject set `! # & ( ) * . : ; < > ? @ [ ] ^` and tab gives 400
 * `label.contains.invalid.chars`; more than 255 UTF-16 code units gives 400 `label.name.is.too.long`;
 * an empty name gives 400.
 */

/** Why a label name was refused (the codes Confluence answers with). */
export type LabelNameError = {
  code: 'label.contains.invalid.chars' | 'label.name.is.too.long' | 'label.name.empty';
  message: string;
  name: string;
};

/** The characters Confluence refuses in a label name (space and comma split instead). */
export const LABEL_REJECTED_CHARS = ['!', '#', '&', '(', ')', '*', '.', ':', ';', '<', '>', '?', '@', '[', ']', '^', '\t'];

/** Longest label name, in UTF-16 code units (JavaScript `length`). */
export const LABEL_MAX_LENGTH = 255;

/** Splits, lowercases and validates one submitted label name. */
export function parseLabelName(raw: string): { names: string[] } | { error: LabelNameError } {
  const parts = raw
    .split(/[ ,]+/)
    .map((p) => p.toLowerCase())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return { error: { code: 'label.name.empty', message: 'Label name must not be empty', name: raw } };
  for (const part of parts) {
    const bad = LABEL_REJECTED_CHARS.find((c) => part.includes(c));
    if (bad !== undefined) {
      return { error: { code: 'label.contains.invalid.chars', message: `Label name contains invalid characters: ${part}`, name: part } };
    }
    if (part.length > LABEL_MAX_LENGTH) {
      return { error: { code: 'label.name.is.too.long', message: `Label name is too long (max ${LABEL_MAX_LENGTH})`, name: part } };
    }
  }
  return { names: [...new Set(parts)] };
}
