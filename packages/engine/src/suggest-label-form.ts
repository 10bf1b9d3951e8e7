/**
 * Turns a candidate phrase into its Confluence label form: lowercase, words joined with `-`.
 * Candidate phrases hold only letters, marks, digits, inner apostrophes, spaces and hyphens (see
 * `candidates/tokenize.ts`), none of which Confluence rejects (it rejects space ! # & ( ) * , . : ; < > ? @ [ ] ^),
 * so this cannot produce an invalid label for them; labels longer than 255 UTF-16 units are refused.
 */
export function labelForm(phrase: string): string | undefined {
  const label = phrase.toLowerCase().trim().split(/[\s\-‐‑]+/u).filter((w) => w.length > 0).join('-');
  return label.length > 0 && label.length <= 255 ? label : undefined;
}
