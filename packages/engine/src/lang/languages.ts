import { stemmer as porter } from 'stemmer';
import { createLanguageKit } from './language-kit.js';
import { stopwords as en } from './stopwords/en.js';
import type { LanguageKit } from './types.js';

/**
 * The kits of the supported languages. English uses Porter (1980), as the evaluation normalises
 * English with Porter; the other languages use their Snowball stemmer.
 */
const KITS: readonly LanguageKit[] = [
  createLanguageKit({ code: 'en', name: 'English', stopwords: en, stem: porter }),
];

const BY_CODE: ReadonlyMap<string, LanguageKit> = new Map(KITS.map((kit) => [kit.code, kit]));

/** ISO 639-1 codes of the languages Label UP! suggests labels in. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(KITS.map((kit) => kit.code));

/** The kit of a supported language (ISO 639-1 code, case-insensitive), or `undefined`. */
export function getLanguageKit(code: string): LanguageKit | undefined {
  return typeof code === 'string' ? BY_CODE.get(code.toLowerCase()) : undefined;
}
