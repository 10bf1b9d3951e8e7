/**
 * A compiled re-implementation of eld 2.1.0's `detect()` (Nito-ELD, Apache-2.0) over eld's own
 * 'extrasmall' database, vendored in `./eld/extrasmall.json` by `scripts/vendor-eld-data.js`.
 *
 * Why not call eld: on plain-text keyphrase documents, eld's detect() took 28–35 % of the engine's whole
 * time (one core, inspec-trainval). Its scoring walks a `for…in` over an object per n-gram and builds
 * n-gram strings into a dictionary-mode object. Here each n-gram is a number (its ≤ 6 byte-characters in
 * base 256) looked up in a Map of flat typed arrays, with no per-call objects besides one Set.
 * The results are eld's exactly — same language, same scores, same `isReliable()` (including eld's
 * comparison of the best score with the runner-up's language *index*, kept so that nothing changes):
 * `test/lang/eld-detector.test.ts` checks the data against the installed eld and the answers against
 * eld.detect() on every language fixture and on random text.
 */
import data from './eld/extrasmall.json' with { type: 'json' };

/** eld subtracts this from every stored score to keep its database small. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale of the 0–1 score. */
const SCALE = 25;
/** eld reads at most this many characters… */
const MAX_CHARS = 1_000;
/** …and stops at the first space after this many UTF-8 bytes… */
const CUT_AFTER = 350;
/** …or after any character past this many. */
const ENFORCE_CUT_AFTER = 380;
/** Bytes of a word that give n-grams (the last n-gram still reaches the word's end). */
const MAX_WORD_BYTES = 70;
/** eld's default reliability threshold. */
const RELIABLE_RATIO = 0.75;

const SPACE = 32;
const LANGUAGES: readonly string[] = data.languages;
const AVG_SCORE: Readonly<Record<string, number>> = data.avgScore;
const SEPARATORS = new RegExp(data.separators, 'gu');

/** eld writes each UTF-8 byte as one character: ASCII as itself, other bytes through its dictionary. */
const BYTE_CODE = new Uint8Array(256);
for (let b = 0; b < 256; b++) BYTE_CODE[b] = b < 0x80 ? b : (data.dictionary[b] ?? ' ').charCodeAt(0);

/**
 * An n-gram of at most 6 byte-characters as one exact number: its characters in base 256 plus its length
 * times 2^48 (so that no two n-grams share a number, whatever their characters), below 2^51.
 */
const MAX_NUMERIC_LENGTH = 6;
const LENGTH_WEIGHT = 2 ** 48;

interface CompiledNgrams {
  readonly index: Map<number, number>;
  readonly start: Uint32Array;
  readonly lang: Uint8Array;
  readonly score: Float64Array;
}

function keyOf(ngram: string): number {
  let key = ngram.length * LENGTH_WEIGHT;
  let weight = 1;
  for (let i = 0; i < ngram.length; i++) {
    key += ngram.charCodeAt(i) * weight;
    weight *= 256;
  }
  return key;
}

function compile(ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>): CompiledNgrams {
  const keys = Object.keys(ngrams);
  let pairs = 0;
  for (const k of keys) pairs += Object.keys(ngrams[k]!).length;
  const index = new Map<number, number>();
  const start = new Uint32Array(keys.length + 1);
  const lang = new Uint8Array(pairs);
  const score = new Float64Array(pairs);
  let p = 0;
  keys.forEach((k, i) => {
    if (k.length > MAX_NUMERIC_LENGTH) throw new Error(`eld n-gram longer than ${MAX_NUMERIC_LENGTH}: ${k}`);
    index.set(keyOf(k), i);
    start[i] = p;
    for (const [l, s] of Object.entries(ngrams[k]!)) {
      lang[p] = Number(l);
      score[p] = s + BASE_NGRAM_SCORE;
      p++;
    }
  });
  start[keys.length] = p;
  return { index, start, lang, score };
}

const NGRAMS = compile(data.ngrams as Record<string, Record<string, number>>);

/** eld's answer for one text: the best language ('' when none) and, on demand, its scores. */
export interface EldResult {
  readonly language: string;
  /** Languages with a score above 0, best first, scaled to [0, 1] as eld does. */
  getScores(): Record<string, number>;
  /** `getScores()[language] ?? 0` without building the object. */
  scoreOf(language: string): number;
  isReliable(): boolean;
}

const LANGUAGE_INDEX = new Map(LANGUAGES.map((code, i) => [code, i]));

// Scratch space reused by every call (the engine is synchronous, so calls never overlap).
const bytes = new Uint8Array(ENFORCE_CUT_AFTER + 8);
const wordEnds: number[] = [];
const langScore = new Float64Array(LANGUAGES.length);

/** eld's strToUtf8Bytes: the words' bytes (as eld's characters) into `bytes`, each word's end into `wordEnds`. */
function encodeWords(text: string): void {
  wordEnds.length = 0;
  let n = 0;
  let count = 0;
  const put = (b: number): void => {
    bytes[n++] = BYTE_CODE[b]!;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === SPACE) {
        if (n > (wordEnds.length === 0 ? 0 : wordEnds[wordEnds.length - 1]!)) wordEnds.push(n);
        if (count > CUT_AFTER) break;
      } else {
        put(c);
      }
      count++;
    } else if (c < 0x800) {
      put(0xc0 | (c >> 6));
      put(0x80 | (c & 0x3f));
      count += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      put(0xe0 | (c >> 12));
      put(0x80 | ((c >> 6) & 0x3f));
      put(0x80 | (c & 0x3f));
      count += 3;
    } else {
      i++;
      // A lone surrogate at the end reads NaN, which `& 0x3ff` makes 0 — as in eld.
      c = 0x10000 + (((c & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      put(0xf0 | (c >> 18));
      put(0x80 | ((c >> 12) & 0x3f));
      put(0x80 | ((c >> 6) & 0x3f));
      put(0x80 | (c & 0x3f));
      count += 4;
    }
    if (count > ENFORCE_CUT_AFTER) break;
  }
  if (n > (wordEnds.length === 0 ? 0 : wordEnds[wordEnds.length - 1]!)) wordEnds.push(n);
}

/** The n-gram of bytes [from, to) with an optional leading and trailing space, as a number or (if long) a string. */
function ngram(from: number, to: number, lead: boolean, trail: boolean): number | string {
  const length = to - from + (lead ? 1 : 0) + (trail ? 1 : 0);
  if (length > MAX_NUMERIC_LENGTH) {
    let s = lead ? ' ' : '';
    for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]!);
    return trail ? s + ' ' : s;
  }
  let key = length * LENGTH_WEIGHT;
  let weight = 1;
  if (lead) {
    key += SPACE;
    weight = 256;
  }
  for (let i = from; i < to; i++) {
    key += bytes[i]! * weight;
    weight *= 256;
  }
  if (trail) key += SPACE * weight;
  return key;
}

/** eld's getByteNgrams: 4-byte n-grams with stride 3, the first with a leading space, the last with a trailing one. */
function collectNgrams(): Set<number | string> {
  const seen = new Set<number | string>();
  let wordStart = 0;
  for (const wordEnd of wordEnds) {
    const full = wordEnd - wordStart;
    const len = Math.min(full, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) seen.add(ngram(wordStart + j, wordStart + j + 4, j === 0, false));
    // eld: word.substring(len !== 3 ? len - 4 : 0) — a negative start is 0, and it runs to the word's real end.
    const tailStart = len !== 3 ? Math.max(0, len - 4) : 0;
    seen.add(ngram(wordStart + tailStart, wordEnd, j === 0, true));
    wordStart = wordEnd;
  }
  return seen;
}

class Result implements EldResult {
  private ordered: Array<[number, number]> | undefined;
  constructor(
    readonly language: string,
    private readonly results: Float64Array | undefined,
    private readonly numNgrams: number,
  ) {}

  private order(): Array<[number, number]> {
    if (this.ordered !== undefined) return this.ordered;
    const out: Array<[number, number]> = [];
    if (this.results !== undefined) {
      for (let l = 0; l < this.results.length; l++) {
        const raw = this.results[l]!;
        if (raw > 0) {
          const ngramScore = raw / this.numNgrams;
          out.push([l, ngramScore / (ngramScore + SCALE)]);
        }
      }
      out.sort((a, b) => b[1] - a[1]);
    }
    this.ordered = out;
    return out;
  }

  getScores(): Record<string, number> {
    const scores: Record<string, number> = {};
    for (const [l, s] of this.order()) scores[LANGUAGES[l]!] = s;
    return scores;
  }

  scoreOf(language: string): number {
    const l = LANGUAGE_INDEX.get(language);
    const raw = l === undefined || this.results === undefined ? 0 : this.results[l]!;
    if (!(raw > 0)) return 0;
    const ngramScore = raw / this.numNgrams;
    return ngramScore / (ngramScore + SCALE);
  }

  isReliable(): boolean {
    const ordered = this.order();
    if (ordered.length === 0 || this.numNgrams < 3) return false;
    // eld 2.1.0 compares with the runner-up's language index ([1][0]), not its score; kept as eld has it.
    const next = ordered.length > 1 ? ordered[1]![0] : 0;
    const best = ordered[0]![1];
    return !((AVG_SCORE[this.language] ?? 0) * RELIABLE_RATIO > best || 0.01 > Math.abs(best - next));
  }
}

const NONE = new Result('', undefined, 0);

/** eld.detect(text) with eld's extrasmall database and text cleanup off (eld's default). */
export function eldDetect(text: string): EldResult {
  const lowered = text.substring(0, MAX_CHARS).replace(SEPARATORS, ' ').trim().toLowerCase();
  encodeWords(lowered);
  const seen = collectNgrams();
  langScore.fill(0);
  const { index, start, lang, score } = NGRAMS;
  for (const key of seen) {
    if (typeof key !== 'number') continue;
    const i = index.get(key);
    if (i === undefined) continue;
    for (let p = start[i]!, end = start[i + 1]!; p < end; p++) {
      const l = lang[p]!;
      langScore[l] = langScore[l]! + score[p]!;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let l = 0; l < langScore.length; l++) {
    const v = langScore[l]!;
    if (v > 0 && v > bestScore) {
      bestScore = v;
      best = l;
    }
  }
  if (best < 0) return NONE;
  return new Result(LANGUAGES[best]!, Float64Array.from(langScore), seen.size);
}
