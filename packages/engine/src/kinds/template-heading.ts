import { COMPILED, foldHeading } from './compile.js';
import { kindLanguage } from './languages.js';

/**
 * True when `text` is a generic template section name (of one of the kinds, or a generic one such as
 * "Introduction", "Overview", "References", "Next steps") in the page's language or in English:
 * "Summary", "Root cause", "Action items", "Attendees", "Offene Punkte", "Ordre du jour"… Exact
 * match on the folded text (case, diacritics, punctuation and leading/trailing numbers ignored:
 * "2. Summary:" is one), so "Root cause of the DNS outage" is not. Section names that are also
 * real topics ("Design", "Architecture", "Users", "Rollback") are not template headings. An unknown
 * language uses the English names only.
 */
export function isTemplateHeading(text: string, language: string): boolean {
  if (typeof text !== 'string') return false;
  const compiled = COMPILED.get(kindLanguage(language) ?? 'en');
  if (compiled === undefined) return false;
  const folded = foldHeading(text);
  return folded.length > 0 && compiled.templateNames.has(folded);
}
