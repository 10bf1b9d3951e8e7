import type { LanguageKit } from '../lang/types.js';
import type { MarkSpan, TextBlock } from '../types.js';
import { EMPHASIS_MARKS, MAX_PHRASE_WORDS, SURFACE_SAMPLE, type Candidate, type CandidateSet } from './candidate.js';
import { tokenize, type Token } from './tokenize.js';

const NUMBER = /^\p{N}+$/u;
const UPPER_START = /^\p{Lu}/u;
const ODD_SPACE = /\s\s|[^\S ]/u;
/** Scripts written without spaces or with one-letter words that still carry meaning. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

interface RunWord {
  readonly token: Token;
  readonly stem: string;
  readonly position: number;
}

/** A word that may stand inside a candidate phrase. */
function isContentWord(token: Token, kit: LanguageKit): boolean {
  const w = token.lower;
  if (w.length > 40 || kit.stopwords.has(w) || NUMBER.test(w)) return false;
  if (w.length < 2 && !IDEOGRAPHIC.test(w)) return false;
  // "user's" → look up "user" too, so that "it's"-like forms behave like their stopword.
  const apostrophe = w.search(/['’]/u);
  return apostrophe < 0 || !kit.stopwords.has(w.slice(0, apostrophe));
}

function emphasisBits(marks: readonly MarkSpan[], start: number, end: number): number {
  let bits = 0;
  for (const m of marks) if (m.start < end && m.end > start) bits |= 1 << EMPHASIS_MARKS.indexOf(m.mark);
  return bits;
}

function surfaceOf(block: TextBlock, first: RunWord, last: RunWord): string {
  const s = block.text.slice(first.token.start, last.token.end);
  return ODD_SPACE.test(s) ? s.replace(/\s+/gu, ' ') : s;
}

function newCandidate(key: string, run: readonly RunWord[], i: number, n: number, blockIndex: number, surface: string): Candidate {
  const stems: string[] = [];
  for (let k = i; k < i + n; k += 1) stems.push(run[k]!.stem);
  return {
    key, stems, count: 0, maximalCount: 0, capitalisedCount: 0, firstWord: run[i]!.position, lastWord: run[i]!.position,
    firstBlock: blockIndex, inTitle: false, inExpand: false, headingMask: 0, emphasisMask: 0, panelTypes: null,
    firstSurface: surface, surfaces: null,
  };
}

/** Records one occurrence of candidate `c` spanning run[i .. i+n-1]. */
function addOccurrence(c: Candidate, run: readonly RunWord[], i: number, n: number, block: TextBlock): void {
  const first = run[i]!;
  const last = run[i + n - 1]!;
  c.count += 1;
  c.lastWord = first.position;
  if (n === run.length) c.maximalCount += 1;
  if (!first.token.sentenceStart && UPPER_START.test(first.token.surface)) c.capitalisedCount += 1;
  if (block.zone === 'title') c.inTitle = true;
  else if (block.zone !== 'paragraph') {
    if (block.inExpand || block.zone === 'expand-title' || block.zone === 'expand-body') c.inExpand = true;
    if (block.zone === 'heading' && block.headingLevel !== undefined) c.headingMask |= 1 << block.headingLevel;
  }
  if (block.panelType !== undefined && !(c.panelTypes ??= []).includes(block.panelType)) c.panelTypes.push(block.panelType);
  if (block.marks.length > 0) c.emphasisMask |= emphasisBits(block.marks, first.token.start, last.token.end);
  if (c.count > 1 && c.count <= SURFACE_SAMPLE) {
    const surface = surfaceOf(block, first, last);
    if (c.surfaces !== null || surface !== c.firstSurface) {
      c.surfaces ??= new Map([[c.firstSurface, c.count - 1]]);
      c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    }
  }
}

/**
 * Candidate extraction: every 1..4-word n-gram inside a run of content words, runs being split at
 * stopwords, numbers, punctuation and block boundaries. A part-of-speech filter is deliberately absent:
 * it would work for one language only; the ranker learns which phrases look like labels instead.
 */
export function extractCandidates(blocks: readonly TextBlock[], kit: LanguageKit): CandidateSet {
  const candidates = new Map<string, Candidate>();
  const stemCache = new Map<string, string>();
  const stemCounts = new Map<string, number>();
  const contentSequence: (string | null)[] = [];
  const contentPositions: number[] = [];
  let wordIndex = 0;
  const stemOf = (lower: string): string => {
    let s = stemCache.get(lower);
    if (s === undefined) {
      s = /['’]/u.test(lower) ? lower.split(/['’]/u).map((part) => kit.stem(part)).join("'") : kit.stem(lower);
      stemCache.set(lower, s);
    }
    return s;
  };
  const addRun = (run: readonly RunWord[], block: TextBlock, blockIndex: number): void => {
    for (let i = 0; i < run.length; i += 1) {
      let key = '';
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n += 1) {
        key = n === 1 ? run[i]!.stem : `${key} ${run[i + n - 1]!.stem}`;
        let c = candidates.get(key);
        if (c === undefined) {
          c = newCandidate(key, run, i, n, blockIndex, surfaceOf(block, run[i]!, run[i + n - 1]!));
          candidates.set(key, c);
        }
        addOccurrence(c, run, i, n, block);
      }
    }
  };

  blocks.forEach((block, blockIndex) => {
    let run: RunWord[] = [];
    const flush = (): void => {
      if (run.length > 0) addRun(run, block, blockIndex);
      run = [];
      if (contentSequence.length > 0 && contentSequence[contentSequence.length - 1] !== null) {
        contentSequence.push(null);
        contentPositions.push(-1);
      }
    };
    for (const token of tokenize(block.text)) {
      if (token.breakBefore) flush();
      if (isContentWord(token, kit)) {
        const stem = stemOf(token.lower);
        run.push({ token, stem, position: wordIndex });
        stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
        contentSequence.push(stem);
        contentPositions.push(wordIndex);
      } else if (run.length > 0) {
        flush();
      }
      wordIndex += 1;
    }
    flush();
  });
  return { candidates, totalWords: wordIndex, stemCounts, contentSequence, contentPositions };
}
