/** Everything the ranker needs to know about one candidate phrase, gathered over the whole page. */
export interface Candidate {
  /** Stems joined by one space: the identity of the phrase. */
  readonly key: string;
  /** Stems of its words, in order. */
  readonly stems: readonly string[];
  /** Connector stopwords inside the phrase ("of" in "quality of service"). */
  readonly connectors: number;
  /** Occurrences in the page, title included. */
  count: number;
  /** Occurrences that are a whole run of content words (nothing of the run left out). */
  maximalCount: number;
  /** Occurrences with a content word right before / after them (the phrase is part of a longer run). */
  leftInside: number;
  rightInside: number;
  /** Occurrences right after / before a stopword (not punctuation): "the [phrase] of". */
  leftStop: number;
  rightStop: number;
  /** Occurrences whose first word is capitalised away from a sentence start. */
  capitalisedCount: number;
  /** Global word index of the first and last occurrence (stopwords counted). */
  firstWord: number;
  lastWord: number;
  /** Index of the first block it occurs in (0 = title when there is one). */
  firstBlock: number;
  inTitle: boolean;
  inExpand: boolean;
  /** Occurrences in headings. */
  headingCount: number;
  /** Heading levels it occurs in, as bits (bit n = level n); bitmasks keep long pages allocation-light. */
  headingMask: number;
  /** Emphasis marks it carries somewhere, as bits of EMPHASIS_MARKS. */
  emphasisMask: number;
  /** Panel types it occurs in (null until it occurs in a panel). */
  panelTypes: string[] | null;
  /** The first surface form as written. */
  readonly firstSurface: string;
  /** Surface forms with counts, over the first SURFACE_SAMPLE occurrences (null while all were the first form). */
  surfaces: Map<string, number> | null;
}

/** Emphasis marks in bit order of `Candidate.emphasisMask`. */
export const EMPHASIS_MARKS = ['em', 'link', 'strong', 'underline'] as const;

/** Occurrences whose surface form is looked at when choosing the phrase shown to people. */
export const SURFACE_SAMPLE = 16;

/** A page turned into candidates plus the word statistics the features need. */
export interface CandidateSet {
  readonly candidates: ReadonlyMap<string, Candidate>;
  /** Words in the page, stopwords included. */
  readonly totalWords: number;
  /** Occurrences of each content-word stem. */
  readonly stemCounts: ReadonlyMap<string, number>;
}

/** Longest candidate phrase, in words (connectors included). */
export const MAX_PHRASE_WORDS = 4;
