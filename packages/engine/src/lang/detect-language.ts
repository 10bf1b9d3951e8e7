import { eld } from 'eld/extrasmall';
import type { DetectedLanguage } from './types.js';

/** Letters examined at most: enough for a reliable answer, and a 10 MB page costs the same as a 4 kB one. */
export const MAX_SAMPLE_CHARS = 4_000;
/** Characters of the input scanned at most while collecting the sample (pages full of numbers or code). */
export const MAX_SCAN_CHARS = 200_000;
/** Fewer letters than this gives `und`: a few words do not tell German from Dutch. */
export const MIN_LETTERS = 24;

/** Characters of words per chunk when checking that one language dominates the sample. */
export const CHUNK_CHARS = 240;
/** Share of the sample's chunks (by length) the winner must win, else the page is mixed: `und`. */
export const MIN_DOMINANCE = 0.6;

/** The "no answer" value (ISO 639-3 "undetermined", as franc and BCP 47 use it). */
export const UNDETERMINED: DetectedLanguage = Object.freeze({ language: 'und', confidence: 0 });

/**
 * Words and things to skip. URLs and e-mail addresses are skipped (their letters are not the page's
 * language); words are runs of letters and combining marks, with inner apostrophes (l'équipe, don't).
 */
const TOKEN = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

// One isolated instance (the static extrasmall database: 60 languages, ~1 MB, shipped in the npm package),
// so no other user of eld's global instance can change our language subset or cleanup setting.
// eld (Nito-ELD) is used instead of franc: on 2–3 sentences franc-min confuses Danish and Norwegian with
// Dutch and has no Danish/Norwegian model; eld gets them right and is ~15x faster per call.
const detector = eld.newInstance();

/** The words of `text` to detect on: at most {@link MAX_SAMPLE_CHARS}, joined by single spaces. */
export function languageSample(text: string): string {
  return sampleWords(text).join(' ').slice(0, MAX_SAMPLE_CHARS);
}

function sampleWords(text: string): string[] {
  const words: string[] = [];
  let length = 0;
  for (const match of text.slice(0, MAX_SCAN_CHARS).matchAll(TOKEN)) {
    const word = match[0];
    if (word.includes('@') || word.includes('/') || word.startsWith('www.')) continue;
    words.push(word);
    length += word.length + 1;
    if (length >= MAX_SAMPLE_CHARS) break;
  }
  return words;
}

/** Consecutive runs of about {@link CHUNK_CHARS} characters of words. */
function chunks(words: readonly string[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const word of words) {
    current.push(word);
    length += word.length + 1;
    if (length >= CHUNK_CHARS) {
      out.push(current.join(' '));
      current = [];
      length = 0;
    }
  }
  if (current.length > 0) out.push(current.join(' '));
  return out;
}

/**
 * Share (by length) of the chunks whose own detection agrees with `language`. A page written in two
 * languages in comparable amounts (a bilingual page, a long quotation) scores low. Chunks too short
 * for a reliable answer count as agreeing when the detector still ranks `language` first.
 */
function dominance(words: readonly string[], language: string): number {
  const parts = chunks(words);
  if (parts.length < 2) return 1;
  let agree = 0;
  let total = 0;
  for (const part of parts) {
    total += part.length;
    if (detector.detect(part).language === language) agree += part.length;
  }
  return agree / total;
}

function letterCount(sample: string): number {
  let n = 0;
  for (const ch of sample) if (ch !== ' ') n++;
  return n;
}

/**
 * Detect the language of a page's text. Deterministic; examines at most the first
 * {@link MAX_SAMPLE_CHARS} characters of words. Returns the ISO 639-1 code of any of the detector's
 * 60 languages (supported or not: check with `getLanguageKit`), or `und` with confidence 0 when the
 * text is too short, mixed (no language wins {@link MIN_DOMINANCE} of it), or otherwise not reliably in one language.
 * `confidence` is the detector's normalised n-gram score of the winner, in [0, 1].
 */
export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') return UNDETERMINED;
  const words = sampleWords(text);
  const sample = words.join(' ').slice(0, MAX_SAMPLE_CHARS);
  if (letterCount(sample) < MIN_LETTERS) return UNDETERMINED;
  const result = detector.detect(sample);
  if (result.language === '' || !result.isReliable()) return UNDETERMINED;
  if (dominance(words, result.language) < MIN_DOMINANCE) return UNDETERMINED;
  const score = result.getScores()[result.language] ?? 0;
  return { language: result.language, confidence: Math.min(1, Math.max(0, score)) };
}
