import type { LanguageKit } from '../lang/types.js';
import { isTemplateHeading } from '../kinds/index.js';
import { isHeadFirst, lexiconFor, UNSEEN_RARITY, type Lexicon, type WordClass } from '../lexicon/index.js';
import type { MarkSpan, TextBlock } from '../types.js';
import { EMPHASIS_MARKS, MAX_PHRASE_WORDS, SURFACE_SAMPLE, type Candidate, type CandidateSet } from './candidate.js';
import { connectorsOf } from './connectors.js';
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
  /** A connector stopword inside the run (see connectors.ts). */
  readonly connector: boolean;
  /** Word class from the lexicon; undefined when unknown (most technical terms) or without a lexicon. */
  readonly cls: WordClass | undefined;
}

/** A run of content words, and whether a stopword (rather than punctuation or an edge) bounds it. */
interface Run extends Array<RunWord> {
  afterStopword?: boolean;
  beforeStopword?: boolean;
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

/** English participles and gerunds, which stand in noun phrases ("distributed systems", "load testing"). */
const ENGLISH_PARTICIPLE = /(?:ing|ed)$/u;

/**
 * Whether a word that passed the stopword test still may not stand in a label: weekday and month names,
 * and words the treebanks know as verbs, adverbs or function words — so that no label is headed by or
 * contains "happened", "automatically", "wednesday". English -ing / -ed forms are let through (gerunds and
 * participles modify nouns there; other languages' treebanks tag such modifiers ADJ).
 */
function isBarred(lower: string, cls: WordClass | undefined, lexicon: Lexicon, language: string): boolean {
  if (lexicon.isCalendarWord(lower)) return true;
  if (cls === 'F' || cls === 'R') return true;
  if (cls === 'V') return !(language === 'en' && ENGLISH_PARTICIPLE.test(lower));
  return false;
}

/** A German noun as written: capitalised, or an acronym or code with a capital or digit in it. */
const GERMAN_NOUN_FORM = /^\p{Lu}|\p{Lu}|\p{N}/u;

/** A word that may stand in a hyphenated compound: letters, not a bare number. */
const COMPOUND_PART = /^\p{L}[\p{L}\p{M}\p{N}]*$/u;


/**
 * Whether a word can head a label: not an adjective or verb by the lexicon, and in English not an -ed
 * form the lexicon does not know as a noun ("timed", "paged": past tenses and participles the small
 * treebank never saw).
 */
function canHead(word: RunWord, language: string, lexicon: Lexicon): boolean {
  return word.cls !== 'A' && canStandAlone(word, language, lexicon);
}

/** A one-word candidate may be an adjective ("agile", "multilingual") but not a verb or an English past form. */
function canStandAlone(word: RunWord, language: string, lexicon: Lexicon): boolean {
  return word.cls !== 'V' && !(language === 'en' && word.cls === undefined && isEnglishPast(word.token.lower, lexicon));
}

/** An -ed form whose base is an English word ("timed" ← time, "paged" ← page), not "embed" or "speed". */
function isEnglishPast(lower: string, lexicon: Lexicon): boolean {
  if (!lower.endsWith('ed') || lower.endsWith('eed') || lower.length < 5) return false;
  return lexicon.rarity(lower.slice(0, -1)) < UNSEEN_RARITY || lexicon.rarity(lower.slice(0, -2)) < UNSEEN_RARITY;
}

/** A multi-word phrase must be headed by a noun (or a word the lexicon does not know): not "reviews bigger". */
function hasNominalHead(run: readonly RunWord[], i: number, n: number, headFirst: boolean, language: string, lexicon: Lexicon): boolean {
  return canHead(run[headFirst ? i : i + n - 1]!, language, lexicon);
}

const POSSESSIVE = /['’]s$/u;

/**
 * English possessives read as their noun, with a phrase break after it: "GitHub's search" gives
 * "GitHub" and "search" (no label `github's`, nor `github's-search`).
 */
function dropPossessives(tokens: Token[]): Token[] {
  if (!tokens.some((t) => POSSESSIVE.test(t.lower))) return tokens;
  let breakNext = false;
  return tokens.map((t) => {
    const after = breakNext && !t.breakBefore ? { ...t, breakBefore: true } : t;
    breakNext = POSSESSIVE.test(t.lower) && t.lower.length > 3;
    return breakNext ? { ...after, surface: t.surface.slice(0, -2), lower: t.lower.slice(0, -2), end: t.end - 2 } : after;
  });
}

/** French elided articles and pronouns: "l'analyse" → "l'" + "analyse", "d'images" → "d'" + "images". */
const FRENCH_ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=[\p{L}\p{M}\p{N}])/u;

/**
 * In French, splits an elided word into its stopword ("l'", "d'", "qu'"…) and the word it is attached to,
 * so that "l'analyse syntaxique" yields "analyse syntaxique" and "traitement d'images" keeps its connector.
 * Other languages are left as tokenised.
 */
function splitElisions(tokens: Token[], language: string): Token[] {
  if (language === 'en') return dropPossessives(tokens);
  if (language !== 'fr') return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const m = FRENCH_ELISION.exec(t.lower);
    if (m === null || m[0].length >= t.lower.length) {
      out.push(t);
      continue;
    }
    const cut = m[0].length;
    out.push({ surface: t.surface.slice(0, cut), lower: `${m[0].slice(0, -1)}'`, start: t.start, end: t.start + cut, breakBefore: t.breakBefore, sentenceStart: t.sentenceStart });
    const rest = t.surface.slice(cut);
    out.push({ surface: rest, lower: rest.toLowerCase(), start: t.start + cut, end: t.end, breakBefore: false, sentenceStart: false });
  }
  return out;
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
  let connectors = 0;
  for (let k = i; k < i + n; k += 1) {
    stems.push(run[k]!.stem);
    if (run[k]!.connector) connectors += 1;
  }
  return {
    key, stems, connectors, count: 0, maximalCount: 0, leftInside: 0, rightInside: 0, leftStop: 0, rightStop: 0, capitalisedCount: 0, firstWord: run[i]!.position, lastWord: run[i]!.position,
    firstBlock: blockIndex, inTitle: false, inExpand: false, headingCount: 0, headingMask: 0, emphasisMask: 0, panelTypes: null,
    firstSurface: surface, surfaces: null,
  };
}

/** Records one occurrence of candidate `c` spanning run[i .. i+n-1]. */
function addOccurrence(c: Candidate, run: Run, i: number, n: number, block: TextBlock): void {
  const first = run[i]!;
  const last = run[i + n - 1]!;
  c.count += 1;
  if (i > 0) c.leftInside += 1;
  else if (run.afterStopword) c.leftStop += 1;
  if (i + n < run.length) c.rightInside += 1;
  else if (run.beforeStopword) c.rightStop += 1;
  c.lastWord = first.position;
  if (n === run.length) c.maximalCount += 1;
  if (!first.token.sentenceStart && UPPER_START.test(first.token.surface)) c.capitalisedCount += 1;
  if (block.zone === 'title') c.inTitle = true;
  else if (block.zone !== 'paragraph') {
    if (block.inExpand || block.zone === 'expand-title' || block.zone === 'expand-body') c.inExpand = true;
    if (block.zone === 'heading' && block.headingLevel !== undefined) {
      c.headingMask |= 1 << block.headingLevel;
      c.headingCount += 1;
    }
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
 * stopwords, numbers, punctuation, block boundaries and words that may not stand in a label (verbs,
 * adverbs, function words, weekdays and months: `isBarred`, from the language's lexicon); multi-word
 * phrases must have a nominal head. `options.lexicon: false` turns the word-class rules off (measurement).
 */
export function extractCandidates(blocks: readonly TextBlock[], kit: LanguageKit, options: { readonly lexicon?: boolean } = {}): CandidateSet {
  const lexicon = options.lexicon === false ? undefined : lexiconFor(kit.code);
  const headFirst = isHeadFirst(kit.code);
  const candidates = new Map<string, Candidate>();
  const stemCache = new Map<string, string>();
  const stemCounts = new Map<string, number>();
  let wordIndex = 0;
  const stemOf = (lower: string): string => {
    let s = stemCache.get(lower);
    if (s === undefined) {
      s = /['’]/u.test(lower) ? lower.split(/['’]/u).map((part) => kit.stem(part)).join("'") : kit.stem(lower);
      stemCache.set(lower, s);
    }
    return s;
  };
  const addRun = (run: Run, block: TextBlock, blockIndex: number): void => {
    for (let i = 0; i < run.length; i += 1) {
      if (run[i]!.connector) continue;
      // Never start inside a hyphenated compound ("mortem" of "post-mortem", "factor" of "two-factor").
      if (lexicon !== undefined && i > 0 && run[i]!.token.hyphenBefore === true) continue;
      let key = '';
      for (let n = 1; n <= MAX_PHRASE_WORDS && i + n <= run.length; n += 1) {
        key = n === 1 ? run[i]!.stem : `${key} ${run[i + n - 1]!.stem}`;
        if (run[i + n - 1]!.connector) continue;
        // Nor end inside one ("post" of "post-mortem").
        if (lexicon !== undefined && i + n < run.length && run[i + n]!.token.hyphenBefore === true) continue;
        if (lexicon !== undefined && (n > 1 ? !hasNominalHead(run, i, n, headFirst, kit.code, lexicon) : !canStandAlone(run[i]!, kit.code, lexicon))) continue;
        // German capitalises every noun: a head written in lower case is a verb, adjective or adverb
        // ("kunden exportieren", "wird automatisch") whatever the small treebank knows.
        if (lexicon !== undefined && kit.code === 'de' && !GERMAN_NOUN_FORM.test(run[i + n - 1]!.token.surface)) continue;
        let c = candidates.get(key);
        if (c === undefined) {
          c = newCandidate(key, run, i, n, blockIndex, surfaceOf(block, run[i]!, run[i + n - 1]!));
          candidates.set(key, c);
        }
        addOccurrence(c, run, i, n, block);
      }
    }
  };

  const connectors = connectorsOf(kit.code);
  blocks.forEach((block, blockIndex) => {
    // A template section heading ("Symptoms", "Open questions", "Action items") names a part of the
    // page's kind, not its topic: its words are not candidates there (they still are elsewhere).
    if (lexicon !== undefined && block.zone === 'heading' && isTemplateHeading(block.text, kit.code)) return;
    let run: Run = [];
    let previousWasStopword = false;
    const flush = (beforeStopword: boolean): void => {
      if (run.length > 0 && run[run.length - 1]!.connector) {
        run.pop();
        beforeStopword = true;
      }
      if (run.length > 0) {
        run.beforeStopword = beforeStopword;
        addRun(run, block, blockIndex);
      }
      run = [];
    };
    const tokens = splitElisions(tokenize(block.text), kit.code);
    tokens.forEach((token, t) => {
      if (token.breakBefore) {
        flush(false);
        previousWasStopword = false;
      }
      const cls = lexicon?.wordClass(token.lower);
      // A word hyphenated to its neighbour is part of a compound ("on-call", "two-factor", "end-to-end")
      // and stands in the phrase whatever it is alone.
      const inCompound = lexicon !== undefined && (token.hyphenBefore === true || tokens[t + 1]?.hyphenBefore === true) && COMPOUND_PART.test(token.lower);
      if (inCompound || (isContentWord(token, kit) && (lexicon === undefined || !isBarred(token.lower, cls, lexicon, kit.code)))) {
        const stem = stemOf(token.lower);
        if (run.length === 0) run.afterStopword = previousWasStopword;
        run.push({ token, stem, position: wordIndex, connector: false, cls });
        stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1);
        previousWasStopword = false;
      } else if (run.length > 0 && !run[run.length - 1]!.connector && connectors.has(token.lower)) {
        run.push({ token, stem: token.lower, position: wordIndex, connector: true, cls: 'F' });
      } else {
        flush(true);
        previousWasStopword = true;
      }
      wordIndex += 1;
    });
    flush(false);
  });
  return { candidates, totalWords: wordIndex, stemCounts };
}
