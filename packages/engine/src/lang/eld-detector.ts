/**
 * A compiled re-implementation of eld 2.1.0's `detect()` (Nito-ELD, Apache-2.0) over eld's own
 * 'extrasmall' database, vendored in `./eld/extrasmall.json` by `scripts/vendor-eld-data.js`.
 *
 * Why not call eld: on plain-text keyphrase documents, eld's detect() took 28–35 % of the engine's whole
 * time (one core, inspec-trainval). Its scoring walks a `for…in` over an object per n-gram and builds
 * n-gram strings into a dictionary-mode object. Here each n-gram is packed into two int32s and looked up
 * in an open-addressing table of flat typed arrays: nothing is allocated per n-gram.
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
 * An n-gram of at most 6 byte-characters (codes 1–255) is kept as two int32 halves: `lo` holds
 * characters 0–3, `hi` characters 4–5 and the length (bits 16+), so no two n-grams share a key and
 * `hi` is never 0 (0 marks an empty slot). Longer n-grams (the tail of a word over 70 bytes) are in no
 * database and only count as distinct n-grams: they go to a string set.
 */
const MAX_PACKED_LENGTH = 6;

function hashOf(lo: number, hi: number): number {
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 15);
}

/** The database as an open-addressing hash table (linear probing) over flat typed arrays. */
interface CompiledNgrams {
  readonly mask: number;
  readonly keyLo: Int32Array;
  readonly keyHi: Int32Array;
  /** Index of the n-gram's first (language, score) pair, + 1 (0: empty slot). */
  readonly slot: Int32Array;
  readonly start: Uint32Array;
  readonly lang: Uint8Array;
  readonly score: Float64Array;
}

/**
 * Compiles the vendored table (a line per n-gram, `<n-gram>\t<lang>:<score>,…`) straight from its string:
 * no intermediate object of 49,553 objects, whose garbage alone raised the process's peak RSS by ~70 MB.
 */
function compile(table: string): CompiledNgrams {
  const lines = table.split('\n');
  let pairs = 0;
  for (const line of lines) {
    pairs += 1;
    for (let c = line.indexOf('\t') + 1; c < line.length; c++) if (line.charCodeAt(c) === 44) pairs++;
  }
  let capacity = 1;
  while (capacity < lines.length * 2.5) capacity *= 2;
  const mask = capacity - 1;
  const keyLo = new Int32Array(capacity);
  const keyHi = new Int32Array(capacity);
  const slot = new Int32Array(capacity);
  const start = new Uint32Array(lines.length + 1);
  const lang = new Uint8Array(pairs);
  const score = new Float64Array(pairs);
  let p = 0;
  lines.forEach((line, i) => {
    const tab = line.indexOf('\t');
    if (tab > MAX_PACKED_LENGTH) throw new Error(`eld n-gram longer than ${MAX_PACKED_LENGTH}: ${line.slice(0, tab)}`);
    let lo = 0;
    let hi = tab << 16;
    for (let c = 0; c < tab; c++) {
      const code = line.charCodeAt(c);
      if (c < 4) lo |= code << (8 * c);
      else hi |= code << (8 * (c - 4));
    }
    let h = hashOf(lo, hi) & mask;
    while (slot[h] !== 0) h = (h + 1) & mask;
    keyLo[h] = lo;
    keyHi[h] = hi;
    slot[h] = i + 1;
    start[i] = p;
    let at = tab + 1;
    while (at < line.length) {
      const colon = line.indexOf(':', at);
      let end = line.indexOf(',', colon);
      if (end < 0) end = line.length;
      lang[p] = Number(line.slice(at, colon));
      score[p] = Number(line.slice(colon + 1, end)) + BASE_NGRAM_SCORE;
      p++;
      at = end + 1;
    }
  });
  start[lines.length] = p;
  return { mask, keyLo, keyHi, slot, start, lang, score };
}

/**
 * The vendored n-gram table (`scripts/vendor-eld-data.js`: a line per n-gram, `<n-gram>\t<lang>:<score>,…`)
 * as eld's own `{ n-gram: { lang: score } }` object, for the test that compares the copy with eld's file.
 */
export function parseNgramTable(table: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const line of table.split('\n')) {
    const tab = line.indexOf('\t');
    const scores: Record<string, number> = {};
    for (const pair of line.slice(tab + 1).split(',')) {
      const colon = pair.indexOf(':');
      scores[pair.slice(0, colon)] = Number(pair.slice(colon + 1));
    }
    out[line.slice(0, tab)] = scores;
  }
  return out;
}

const NGRAMS = compile(data.ngrams);

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

/**
 * The distinct n-grams of one call: an open-addressing set stamped with the call's number, so it is
 * never cleared. A call has at most ~330 n-grams (≤ 384 bytes), far below the capacity.
 */
const SEEN_CAPACITY = 2048;
const seenLo = new Int32Array(SEEN_CAPACITY);
const seenHi = new Int32Array(SEEN_CAPACITY);
const seenStamp = new Int32Array(SEEN_CAPACITY);
let stamp = 0;
let distinct = 0;
let longNgrams: Set<string> | undefined;

/** Adds the database scores of a packed n-gram the first time it is seen in this call. */
function addPacked(lo: number, hi: number): void {
  const seenMask = SEEN_CAPACITY - 1;
  const h0 = hashOf(lo, hi);
  let h = h0 & seenMask;
  while (seenStamp[h] === stamp) {
    if (seenLo[h] === lo && seenHi[h] === hi) return;
    h = (h + 1) & seenMask;
  }
  seenStamp[h] = stamp;
  seenLo[h] = lo;
  seenHi[h] = hi;
  distinct++;
  const { mask, keyLo, keyHi, slot, start, lang, score } = NGRAMS;
  let d = h0 & mask;
  for (let i = slot[d]!; i !== 0; i = slot[d]!) {
    if (keyLo[d] === lo && keyHi[d] === hi) {
      for (let p = start[i - 1]!, end = start[i]!; p < end; p++) {
        const l = lang[p]!;
        langScore[l] = langScore[l]! + score[p]!;
      }
      return;
    }
    d = (d + 1) & mask;
  }
}

/** The n-gram of bytes [from, to) with an optional leading and trailing space. */
function addNgram(from: number, to: number, lead: boolean, trail: boolean): void {
  const length = to - from + (lead ? 1 : 0) + (trail ? 1 : 0);
  if (length > MAX_PACKED_LENGTH) {
    let s = lead ? ' ' : '';
    for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]!);
    if (trail) s += ' ';
    longNgrams ??= new Set();
    if (!longNgrams.has(s)) {
      longNgrams.add(s);
      distinct++;
    }
    return;
  }
  let lo = 0;
  let hi = length << 16;
  let at = 0;
  if (lead) {
    lo = SPACE;
    at = 1;
  }
  for (let i = from; i < to; i++, at++) {
    if (at < 4) lo |= bytes[i]! << (8 * at);
    else hi |= bytes[i]! << (8 * (at - 4));
  }
  if (trail) {
    if (at < 4) lo |= SPACE << (8 * at);
    else hi |= SPACE << (8 * (at - 4));
  }
  addPacked(lo, hi);
}

/**
 * eld's getByteNgrams + calculateScores: 4-byte n-grams with stride 3, the first with a leading space,
 * the last with a trailing one; each distinct n-gram adds its database scores once. Returns the number
 * of distinct n-grams.
 */
function scoreNgrams(): number {
  stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
  if (stamp === 1) seenStamp.fill(0);
  distinct = 0;
  longNgrams = undefined;
  langScore.fill(0);
  let wordStart = 0;
  for (const wordEnd of wordEnds) {
    const full = wordEnd - wordStart;
    const len = Math.min(full, MAX_WORD_BYTES);
    let j = 0;
    for (; j + 4 < len; j += 3) addNgram(wordStart + j, wordStart + j + 4, j === 0, false);
    // eld: word.substring(len !== 3 ? len - 4 : 0) — a negative start is 0, and it runs to the word's real end.
    const tailStart = len !== 3 ? Math.max(0, len - 4) : 0;
    addNgram(wordStart + tailStart, wordEnd, j === 0, true);
    wordStart = wordEnd;
  }
  return distinct;
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
  const numNgrams = scoreNgrams();
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
  return new Result(LANGUAGES[best]!, Float64Array.from(langScore), numNgrams);
}
