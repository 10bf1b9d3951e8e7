import { SUPPORTED_LANGUAGES, detectLanguage, getLanguageKit } from './lang/index.js';
import type { LanguageKit } from './lang/types.js';
import type { Diagnostic, TextBlock } from './types.js';

/** Language used when detection gives no answer (reported with `language-undetermined`). */
export const FALLBACK_LANGUAGE = 'en';

/** The language step's outcome: a kit to work with, or none (unsupported language). */
export interface LanguageChoice {
  /** ISO 639-1 code reported in the result, `und` when undetermined. */
  readonly language: string;
  readonly kit: LanguageKit | undefined;
  readonly diagnostic: Diagnostic;
}

function unsupported(language: string): LanguageChoice {
  return {
    language, kit: undefined,
    diagnostic: {
      code: 'language-unsupported', severity: 'error', message: `Labels cannot be suggested for pages in this language (${language}).`,
      data: { language, supported: [...SUPPORTED_LANGUAGES] },
    },
  };
}

/** Characters of page text handed to detection: it samples far less (see lang/detect-language.ts). */
const DETECTION_TEXT_CHARS = 20_000;

/** The page's text for detection, without joining every block of a long page. */
function detectionText(blocks: readonly TextBlock[]): string {
  const parts: string[] = [];
  let length = 0;
  for (const b of blocks) {
    if (length >= DETECTION_TEXT_CHARS) break;
    parts.push(b.text);
    length += b.text.length + 1;
  }
  return parts.join('\n');
}

/**
 * Picks the language: the caller's hint when given (it must be supported), else detection over the
 * page text. Undetermined pages are processed with the English kit and say so.
 */
export function chooseLanguage(blocks: readonly TextBlock[], hint: string | undefined): LanguageChoice {
  if (hint !== undefined) {
    const kit = getLanguageKit(hint);
    if (!kit) return unsupported(hint.toLowerCase());
    return { language: kit.code, kit, diagnostic: { code: 'language-detected', severity: 'info', message: `Language given: ${kit.name}.`, data: { language: kit.code, confidence: 1, hint: true } } };
  }
  const detected = detectLanguage(detectionText(blocks));
  if (detected.language === 'und') {
    return {
      language: 'und', kit: getLanguageKit(FALLBACK_LANGUAGE),
      diagnostic: { code: 'language-undetermined', severity: 'warning', message: 'The language could not be determined; English rules were used.', data: { fallback: FALLBACK_LANGUAGE } },
    };
  }
  const kit = getLanguageKit(detected.language);
  if (!kit) return unsupported(detected.language);
  return {
    language: kit.code, kit,
    diagnostic: { code: 'language-detected', severity: 'info', message: `Language detected: ${kit.name}.`, data: { language: kit.code, confidence: detected.confidence } },
  };
}
