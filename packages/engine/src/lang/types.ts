/** What the rest of the engine needs to know about one supported language. */
export interface LanguageKit {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name, for messages. */
  readonly name: string;
  /** Lowercased stopwords reviewed for labelling (good labels like "system", "test" kept out). */
  readonly stopwords: ReadonlySet<string>;
  /** Stem (or lemmatise) one lowercased word; pure, fast, deterministic. */
  stem(word: string): string;
}

/** Result of language detection: `und` when undetermined. */
export interface DetectedLanguage {
  readonly language: string;
  /** [0, 1]; 0 for `und`. */
  readonly confidence: number;
}
