import type { LanguageKit } from '../lang/types.js';
import { toConfluenceLabel } from './confluence-label.js';

/** Separators between the words of a label. */
const WORD_SEPARATORS = /[-_]+/;

function words(label: string): string[] {
  const form = toConfluenceLabel(label);
  return form === undefined ? [] : form.split(WORD_SEPARATORS).filter((word) => word.length > 0);
}

/**
 * The matching key of a label or phrase: its Confluence form split into words (on `-` and `_`),
 * each stemmed with the page language's kit, joined by `-`. Morphological variants share a key:
 * `api`/`apis`, `test-case`/`test-cases`, `Test Cases`. Empty for text that makes no label.
 */
export function labelKey(label: string, kit: LanguageKit): string {
  return words(label)
    .map((word) => kit.stem(word))
    .join('-');
}

/**
 * The key of a label written with or without separators: its words joined without them, then
 * stemmed as one word, so `test-cases`, `testcases` and `test_case` share a key, as do
 * `e-mail`/`email` and `rest-api`/`restapi`.
 */
export function compactLabelKey(label: string, kit: LanguageKit): string {
  const joined = words(label).join('');
  return joined.length > 0 ? kit.stem(joined) : '';
}
