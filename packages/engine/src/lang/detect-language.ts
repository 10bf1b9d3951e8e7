import { eldDetect, type EldResult } from './eld-detector.js';
import type { DetectedLanguage } from './types.js';

/** Characters of words collected at most: a 10 MB page costs the same as a 4 kB one. */
export const MAX_SAMPLE_CHARS = 4_000;
/** Characters of the input scanned at most while collecting the sample (pages full of numbers or code). */
export const MAX_SCAN_CHARS = 200_000;
/** Fewer letters than this gives `und`: a few words do not tell German from Dutch. */
export const MIN_LETTERS = 24;
/**
 * Samples at least this long are checked for mixing: split into {@link CHUNKS} runs of words, each
 * detected on its own (one detector call, ~0.2 ms, per chunk). Shorter samples are judged whole.
 */
export const MIXED_CHECK_MIN_CHARS = 1_000;
/** Chunks a sample is split into for the mixing check. */
export const CHUNKS = 4;
/** Share of the sample's chunks (by length) that must agree with the winner, else the page is mixed: `und`. */
export const MIN_DOMINANCE = 0.6;
/**
 * A chunk agrees with the winner when it detects the same language, or scores the winner at least
 * this share of its own top score (a Norwegian chunk read as Danish still agrees with Norwegian).
 */
export const AGREEMENT_RATIO = 0.9;

/** The "no answer" value (ISO 639-3 "undetermined", as franc and BCP 47 use it). */
export const UNDETERMINED: DetectedLanguage = Object.freeze({ language: 'und', confidence: 0 });

/**
 * Words and things to skip. URLs and e-mail addresses are matched first so that their letters are
 * skipped (they are not the page's language); words are runs of letters and combining marks, with
 * inner apostrophes (l'équipe, don't).
 */
const TOKEN = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
/** Words only: about twice as fast, used when the scanned text has no URL or e-mail address. */
const WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** True when the scanned part of `text` may hold a URL or an e-mail address. */
function hasAddresses(text: string): boolean {
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  return scanned.includes('@') || scanned.includes('://') || scanned.includes('www.');
}

// eld (Nito-ELD, extrasmall database: 60 languages) is used instead of franc: on 2–3 sentences franc-min
// read Danish and Norwegian as Dutch; eld gets them right and is ~15x faster per call. `eldDetect` is a
// compiled copy of eld's detect() with identical answers (see eld-detector.ts for why). It reads at most
// the first 1,000 characters, and of those about 350 bytes of words.
const detector = { detect: eldDetect };

function sampleWords(text: string): string[] {
  const words: string[] = [];
  let length = 0;
  const pattern = hasAddresses(text) ? TOKEN : WORD;
  const token = new RegExp(pattern.source, pattern.flags);
  for (let match = token.exec(text); match !== null; match = token.exec(text)) {
    if (match.index > MAX_SCAN_CHARS) break;
    const word = match[0];
    if (word.includes('@') || word.includes('/') || word.startsWith('www.')) continue;
    words.push(word);
    length += word.length + 1;
    if (length >= MAX_SAMPLE_CHARS) break;
  }
  return words;
}

/** The words of `text` to detect on: at most {@link MAX_SAMPLE_CHARS} characters, joined by single spaces. */
export function languageSample(text: string): string {
  return typeof text === 'string' ? sampleWords(text).join(' ').slice(0, MAX_SAMPLE_CHARS) : '';
}

/** {@link CHUNKS} consecutive runs of words of about equal length; none for short samples. */
function chunks(words: readonly string[], length: number): string[] {
  if (length < MIXED_CHECK_MIN_CHARS) return [];
  const count = CHUNKS;
  const size = length / count;
  const out: string[] = [];
  let current: string[] = [];
  let currentLength = 0;
  for (const word of words) {
    current.push(word);
    currentLength += word.length + 1;
    if (currentLength >= size && out.length < count - 1) {
      out.push(current.join(' '));
      current = [];
      currentLength = 0;
    }
  }
  if (current.length > 0) out.push(current.join(' '));
  return out;
}

/** One chunk's detector result and its length. */
interface ChunkScores {
  readonly length: number;
  readonly top: string;
  readonly result: EldResult;
}

function agrees(chunk: ChunkScores, language: string): boolean {
  if (chunk.top === language) return true;
  // A chunk with no answer agrees with nothing.
  return chunk.top !== '' && chunk.result.scoreOf(language) >= AGREEMENT_RATIO * chunk.result.scoreOf(chunk.top);
}

/** Share (by length) of the chunks that agree with `language`. */
function share(chunks: readonly ChunkScores[], language: string): number {
  let agree = 0;
  let total = 0;
  for (const chunk of chunks) {
    total += chunk.length;
    if (agrees(chunk, language)) agree += chunk.length;
  }
  return total === 0 ? 0 : agree / total;
}

/**
 * The language most of a long sample is in: each chunk votes for every language it scores within
 * {@link AGREEMENT_RATIO} of its best; the language with the largest share wins, the first chunk's
 * reliable answer first on ties. So a page that opens with an English template and goes on in German is German.
 */
function dominant(parts: readonly string[]): DetectedLanguage {
  let first = '';
  const chunks: ChunkScores[] = parts.map((part, i) => {
    const result = detector.detect(part);
    if (i === 0 && result.isReliable()) first = result.language;
    return { length: part.length, top: result.language, result };
  });
  let best = first;
  let bestShare = first === '' ? 0 : share(chunks, first);
  for (const chunk of chunks) {
    if (chunk.top === '' || chunk.top === best) continue;
    const s = share(chunks, chunk.top);
    if (s > bestShare) [best, bestShare] = [chunk.top, s];
  }
  if (bestShare < MIN_DOMINANCE) return UNDETERMINED;
  const agreeing = chunks.filter((chunk) => agrees(chunk, best));
  const confidence = agreeing.reduce((sum, chunk) => sum + chunk.result.scoreOf(best), 0) / agreeing.length;
  return { language: best, confidence: Math.min(1, Math.max(0, confidence)) };
}

function letterCount(words: readonly string[]): number {
  let n = 0;
  for (const word of words) n += word.length;
  return n;
}

/**
 * Detect the language of a page's text. Deterministic; examines at most the first
 * {@link MAX_SAMPLE_CHARS} characters of words (URLs and e-mail addresses skipped). Returns the
 * ISO 639-1 code of any of the detector's 60 languages (supported or not: check with
 * `getLanguageKit`), or `und` with confidence 0 when the text is too short ({@link MIN_LETTERS}),
 * the detector is not reliable, or the page is mixed. Samples of {@link MIXED_CHECK_MIN_CHARS} or
 * more are judged by {@link CHUNKS} chunks: the winner must have {@link MIN_DOMINANCE} of them.
 * `confidence` is the detector's normalised n-gram score of the winner (mean over agreeing chunks), in [0, 1].
 */
export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') return UNDETERMINED;
  const words = sampleWords(text);
  if (letterCount(words) < MIN_LETTERS) return UNDETERMINED;
  const sample = words.join(' ').slice(0, MAX_SAMPLE_CHARS);
  const parts = chunks(words, sample.length);
  // A long sample is judged by its chunks only: the detector reads at most its first 1,000 characters,
  // which the first chunks already cover, so a whole-sample call would double the cost for nothing.
  // The first chunk's reliable answer breaks ties, as the whole sample's did.
  if (parts.length > 0) return dominant(parts);
  const result = detector.detect(sample);
  if (result.language === '' || !result.isReliable()) return UNDETERMINED;
  const score = result.scoreOf(result.language);
  return { language: result.language, confidence: Math.min(1, Math.max(0, score)) };
}
