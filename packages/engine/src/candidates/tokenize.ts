/** One word of a text block, with its place in the block's text. */
export interface Token {
  /** The word as written. */
  readonly surface: string;
  /** Lowercased form (stopword look-up and stemming use it). */
  readonly lower: string;
  /** UTF-16 offsets in the block text. */
  readonly start: number;
  readonly end: number;
  /** Something other than spaces or one hyphen stands between this word and the previous one. */
  readonly breakBefore: boolean;
  /** First word of the block or of a sentence (capitals there say nothing about names). */
  readonly sentenceStart: boolean;
  /** Exactly one hyphen, no space, joins it to the previous word ("on-call", "two-factor"). */
  readonly hyphenBefore?: boolean;
}

/* Letters, marks and digits, with inner apostrophes ("user's", "l'analyse"). Hyphens split words (as the
   evaluation's normalisation does) but do not break a phrase: "real-time system" stays one phrase. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;
const SENTENCE_END = /[.!?:;•]|\n\s*\n/u;
const HYPHEN = /^[-‐‑]$/u;
const JOINER = /^[ \t\u00a0]*[-‐‑][ \t\u00a0]*$|^[ \t\u00a0\r\n]+$/u;

/**
 * Splits a block's text into words. A phrase break is recorded wherever punctuation, symbols or line
 * structure separate two words, so candidates never cross a comma, bracket or sentence end.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const surface = match[0];
    const gap = previousEnd < 0 ? '' : text.slice(previousEnd, start);
    const breakBefore = previousEnd < 0 || !JOINER.test(gap) || /\n\s*\n/u.test(gap);
    const sentenceStart = previousEnd < 0 || SENTENCE_END.test(gap);
    const token: Token = { surface, lower: surface.toLowerCase(), start, end: start + surface.length, breakBefore, sentenceStart };
    tokens.push(gap.length === 1 && HYPHEN.test(gap) ? { ...token, hyphenBefore: true } : token);
    previousEnd = start + surface.length;
  }
  return tokens;
}
