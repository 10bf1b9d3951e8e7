import type { Evidence } from '../types.js';

/** A candidate phrase after ranking, before it becomes a Confluence label. */
export interface RankedPhrase {
  /** Stems joined by one space. */
  readonly key: string;
  /** Most frequent surface form on the page. */
  readonly phrase: string;
  /** Ranker logit, structure bonus included. */
  readonly score: number;
  /** Calibrated relevance in [0, 1]. */
  readonly relevance: number;
  readonly evidence: Evidence;
}
