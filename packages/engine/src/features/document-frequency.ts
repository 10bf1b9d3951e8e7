/**
 * A document-frequency table for one language: in how many documents of a reference corpus each word
 * stem occurs. Shipped as data (built by `scripts/train/build-df.js` from development sets only).
 */
export interface DocumentFrequency {
  /** Documents in the reference corpus. */
  readonly docs: number;
  /** Stem → documents containing it (stems seen in fewer than 2 documents are left out). */
  readonly df: Readonly<Record<string, number>>;
}

/** Inverse document frequency of a stem, smoothed: ln((N + 1) / (df + 1)). Unknown stems get the highest. */
export function inverseDocumentFrequency(table: DocumentFrequency, stem: string): number {
  const df = Object.hasOwn(table.df, stem) ? table.df[stem]! : 0;
  return Math.log((table.docs + 1) / (df + 1));
}
