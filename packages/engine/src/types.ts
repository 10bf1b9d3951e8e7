/**
 * Public types of the Label UP! engine. Pure data: no I/O, no classes.
 * Score direction is in the name: `relevance` in [0, 1], higher is better.
 */

/** Formats a page body can arrive in. */
export type InputFormat = 'adf' | 'storage' | 'markdown' | 'html' | 'text';

/** A label the space already uses, with how many pages carry it. */
export interface VocabularyEntry {
  readonly label: string;
  readonly count: number;
}

/** A page to suggest labels for. */
export interface PageInput {
  /** The body: ADF as a JSON string or parsed object, or storage XHTML / Markdown / HTML / text as a string. */
  readonly body: string | object;
  readonly format: InputFormat;
  /** The page title (weighs most). */
  readonly title?: string;
  /** Labels already on the page: never suggested again, nor their morphological variants. */
  readonly existingLabels?: readonly string[];
  /** The space's label vocabulary: a phrase matching one of these takes its spelling. */
  readonly vocabulary?: readonly VocabularyEntry[];
  /** ISO 639-1 hint; detection still runs when absent. */
  readonly language?: string;
}

/** Options; invalid options throw a RangeError when given to `suggestLabels`. */
export interface SuggestOptions {
  /** Most suggestions returned. Default 20, range 1..100. */
  readonly maxSuggestions?: number;
  /** Least relevance returned, in [0, 1]. Default 0. */
  readonly minRelevance?: number;
  /** Suggest the page's document kind (`post-mortem`, `runbook`, `meeting-notes`…) when recognised. Default true. */
  readonly documentKinds?: boolean;
}

/** Where a suggestion's phrase occurs on the page. */
export interface Evidence {
  /** Occurrences in the whole page (title included), after stemming. */
  readonly count: number;
  readonly inTitle: boolean;
  /** Heading levels (1..6) it occurs in, ascending, unique. */
  readonly headingLevels: readonly number[];
  /** Panel types it occurs in (info, note, tip, warning, error, success, custom), unique, sorted. */
  readonly panelTypes: readonly string[];
  /** It occurs in an expand's title or body. */
  readonly inExpand: boolean;
  /** Emphasis marks it carries somewhere (strong, em, underline, link), unique, sorted. */
  readonly emphasis: readonly string[];
  /** Index of the first block it occurs in (0 = title), for "first seen" explanations. */
  readonly firstPosition: number;
  /**
   * Present when the label names the page's document kind (`post-mortem`, `runbook`, `meeting-notes`…),
   * recognised from its title and/or template headings rather than from a phrase's occurrences.
   */
  readonly kind?: { readonly id: string; readonly signals: readonly ('title' | 'headings')[] };
}

/** One suggested label. */
export interface Suggestion {
  /** A valid Confluence label: lowercase, words joined with `-`, no forbidden characters, <= 255 UTF-16 units. */
  readonly label: string;
  /** The phrase as people read it (most frequent surface form on the page). */
  readonly phrase: string;
  /** Calibrated probability-like score in [0, 1]; higher is better. */
  readonly relevance: number;
  readonly evidence: Evidence;
  /** True when the label's spelling came from the space vocabulary. */
  readonly fromVocabulary: boolean;
}

/** Stable diagnostic codes; the UI translates by code. */
export type DiagnosticCode =
  | 'language-detected'
  | 'language-undetermined'
  | 'language-unsupported'
  | 'text-too-short'
  | 'input-invalid'
  | 'input-truncated'
  | 'input-too-deep';

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** Machine-readable details, e.g. `{ language: 'de' }` or `{ supported: ['en', ...] }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** The engine's answer: suggestions plus diagnostics, never an exception for properties of the input. */
export interface SuggestResult {
  /** Ranked by relevance (desc), then label (asc). Empty when an error diagnostic is present. */
  readonly suggestions: readonly Suggestion[];
  /** ISO 639-1 code of the language used, or `und`. */
  readonly language: string;
  readonly diagnostics: readonly Diagnostic[];
}

/* ---------- Intermediate representation between parsing and ranking ---------- */

/** Where a block of text sits in the page structure. */
export type Zone = 'title' | 'heading' | 'paragraph' | 'panel' | 'expand-title' | 'expand-body' | 'list' | 'table-header' | 'table-cell' | 'quote' | 'caption' | 'other';

/** A span of emphasised text inside a block, in UTF-16 offsets of `text`. */
export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly mark: 'strong' | 'em' | 'underline' | 'link';
}

/**
 * One block of readable text (a paragraph, heading, cell, ...). Code, mentions, emoji, dates, URLs,
 * media and macro parameters are already removed; where something was removed a sentence-break-like
 * boundary is kept so that phrases never join across it.
 */
export interface TextBlock {
  readonly text: string;
  readonly zone: Zone;
  /** 1..6 for headings. */
  readonly headingLevel?: number;
  /** Innermost enclosing panel type, if any. */
  readonly panelType?: string;
  /** Inside an expand (title or body). */
  readonly inExpand?: boolean;
  readonly marks: readonly MarkSpan[];
}

/** A parsed page: title block first (zone `title`) when there is a title. */
export interface ParsedPage {
  readonly blocks: readonly TextBlock[];
  readonly diagnostics: readonly Diagnostic[];
}
