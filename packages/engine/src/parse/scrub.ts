/**
 * What must never become a label, wherever it stands in text: URLs, e-mail addresses, @mentions,
 * numeric dates and times, emoji (pictographs and `:shortcodes:`), and binary junk (control characters,
 * lone surrogates, U+FFFD). Each is replaced by a phrase boundary, never by text.
 *
 * Hand-written regular expressions rather than a linkify library: we only need to *remove* these
 * spans, not to build links, and one linear scan with one sticky alternation keeps it fast on 10 MB.
 */

const NOT_WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;

// `scheme://` is matched even glued to a word before it ("Seehttps://…" after a lost space).
const URL = String.raw`(?:(?:https?|ftp|file|ssh|git|s3|smb):\/\/|\b(?:mailto|tel):|\bwww\.)[^\s<>"'\u00a0]+`;
const EMAIL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const MENTION = String.raw`${NOT_WORD_BEFORE}@[\p{L}\p{N}_][\p{L}\p{N}_.-]*`;
const ISO_DATE = String.raw`\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const NUMERIC_DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?`;
const DATE = String.raw`${NOT_WORD_BEFORE}(?:${ISO_DATE}|${NUMERIC_DATE}|${TIME})${NOT_WORD_AFTER}`;
const EMOJI = String.raw`(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0f|\u20e3)+`;
const SHORTCODE = String.raw`${NOT_WORD_BEFORE}:[a-z][a-z0-9_+-]*:${NOT_WORD_AFTER}`;
const JUNK = String.raw`[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\ufffe\uffff\p{Cs}]+`;

/** Index of the JUNK group among the alternatives (1-based capture group). */
const DROP = new RegExp(`(${JUNK})|${URL}|${EMAIL}|${MENTION}|${DATE}|${EMOJI}|${SHORTCODE}`, 'gu');

/**
 * A whitespace-delimited word holding a character that can start or make up a dropped span. None of
 * the dropped spans contains whitespace, so only these words need the (slower) full expression.
 */
const SUSPECT = new RegExp(String.raw`(?<!\S)\S*?(?:[@:\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|www\.|\d[-./:]\d|\u200d|\ufe0f|\u20e3|${JUNK})\S*`, 'gu');

/** Receives the pieces of a scrubbed string, in order. */
export interface ScrubSink {
  keep(text: string): void;
  drop(): void;
  /** Count of junk (binary) code units seen, for the "looks binary" diagnostic. */
  junk: number;
}

/** Splits `text` into kept pieces and dropped spans (boundaries), calling `sink` for each in order. */
export function scrub(text: string, sink: ScrubSink): void {
  let last = 0;
  for (const suspect of text.matchAll(SUSPECT)) {
    const word = suspect[0];
    const offset = suspect.index;
    for (const match of word.matchAll(DROP)) {
      const start = offset + match.index;
      if (start > last) sink.keep(text.slice(last, start));
      if (match[1] !== undefined) sink.junk += match[1].length;
      sink.drop();
      last = start + match[0].length;
    }
  }
  if (last < text.length) sink.keep(last === 0 ? text : text.slice(last));
}
