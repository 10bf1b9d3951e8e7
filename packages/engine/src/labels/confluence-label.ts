/**
 * Confluence label names (measured on Confluence Cloud, see shared/docs/confluence-cloud.md §3.3):
 * lowercased (Unicode-aware), split on whitespace and commas, rejected when they contain any of
 * `space ! # & ( ) * , . : ; < > ? @ [ ] ^` (tab too), at most 255 UTF-16 code units.
 * `/ " ' + _ -`, digits, non-ASCII letters and emoji are accepted.
 */

/** Longest label name Confluence accepts, in UTF-16 code units. */
export const MAX_LABEL_LENGTH = 255;

/** Characters Confluence rejects in a label name (besides whitespace). */
export const REJECTED_LABEL_CHARS: readonly string[] = Object.freeze('!#&()*,.:;<>?@[]^'.split(''));

/** Whitespace, control characters and the reject set: each run becomes one `-`. */
const SEPARATORS = /[\s\p{Cc}!#&()*,.:;<>?@[\]^]+/gu;
/** Invisible characters that would make two labels look alike: zero-width space, word joiner, BOM. */
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
/** A surrogate without its pair: not text, and Confluence stores UTF-16. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORBIDDEN = /[\s\p{Cc}!#&()*,.:;<>?@[\]^]/u;
/**
 * ASCII words joined by single spaces or hyphens (most phrases and every label the engine builds): for
 * these NFC, invisible characters and trimming change nothing, so the label is the lowercased phrase
 * with spaces turned into `-` — the general path's result, without its five regex passes.
 */
const PLAIN_ASCII = /^[A-Za-z0-9]+(?:[ -][A-Za-z0-9]+)*$/;

/** `text` cut to at most `max` UTF-16 code units, never between the two halves of a surrogate pair. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return text.slice(0, cut);
}

/**
 * The Confluence label for a phrase: NFC, lowercased (locale-independent), every run of whitespace,
 * control characters or rejected characters turned into one `-`, runs of `-` collapsed, `-` trimmed
 * from both ends, cut to {@link MAX_LABEL_LENGTH} UTF-16 code units without splitting a surrogate
 * pair. `undefined` when nothing is left (or the input is not a string). Idempotent.
 */
export function toConfluenceLabel(phrase: string): string | undefined {
  if (typeof phrase !== 'string') return undefined;
  if (phrase.length <= MAX_LABEL_LENGTH && PLAIN_ASCII.test(phrase)) return phrase.toLowerCase().replaceAll(' ', '-');
  // Invisible characters go before NFC: removing one later could leave a base and a combining mark
  // side by side that the next call would compose (not idempotent).
  const visible = phrase.replace(LONE_SURROGATE, '').replace(INVISIBLE, '');
  const lowered = visible.normalize('NFC').toLowerCase().normalize('NFC');
  const joined = lowered.replace(SEPARATORS, '-').replace(/-{2,}/g, '-');
  const label = truncate(joined.replace(/^-+|-+$/g, ''), MAX_LABEL_LENGTH).replace(/-+$/, '');
  return label.length > 0 ? label : undefined;
}

/**
 * True when Confluence would store `label` exactly as given: a non-empty, well-formed UTF-16 string of
 * at most {@link MAX_LABEL_LENGTH} code units, already lowercase, with no whitespace, control
 * character or rejected character.
 */
export function isValidConfluenceLabel(label: string): boolean {
  if (typeof label !== 'string' || label.length === 0 || label.length > MAX_LABEL_LENGTH) return false;
  if (FORBIDDEN.test(label) || label !== label.toLowerCase()) return false;
  LONE_SURROGATE.lastIndex = 0;
  return !LONE_SURROGATE.test(label);
}
