import type { Diagnostic, InputFormat, PageInput, ParsedPage } from '../types.js';
import { readAdf } from './adf.js';
import { BlockBuilder } from './block-builder.js';
import { diagnostic } from './diagnostics.js';
import { readMarkdown } from './markdown.js';
import { readMarkup } from './markup.js';
import { resolveParseLimits, type ParseLimits } from './limits.js';
import { readText } from './text.js';

export { BOUNDARY } from './block-builder.js';
export { DEFAULT_PARSE_LIMITS, type ParseLimits } from './limits.js';

type Reader = (body: string, builder: BlockBuilder, maxDepth: number, diagnostics: Diagnostic[]) => void;

const STRING_READERS: Readonly<Record<Exclude<InputFormat, 'adf'>, Reader>> = {
  text: (body, builder) => readText(body, builder),
  markdown: readMarkdown,
  html: (body, builder, maxDepth, diagnostics) => readMarkup(body, 'html', builder, maxDepth, diagnostics),
  storage: (body, builder, maxDepth, diagnostics) => readMarkup(body, 'storage', builder, maxDepth, diagnostics),
};

/** Share of junk (control characters, U+FFFD, lone surrogates) above which a body "looks binary". */
const JUNK_RATIO = 0.05;

/**
 * Turns a page into text blocks for the ranker. Pure, no I/O, never throws for properties of the input.
 *
 * Steps, in order:
 * 1. the title becomes the first block (zone `title`);
 * 2. the body is read by its format's reader (ADF, storage XHTML, Markdown, HTML, text), each walking
 *    its document iteratively and writing into one `BlockBuilder` with the structure in force
 *    (heading level, panel type, expand, table header/cell, list, quote, caption) and emphasis marks;
 * 3. code, mentions, emoji, dates, URLs, e-mail addresses, media and macro parameters are dropped and
 *    leave a phrase boundary;
 * 4. limits (`ParseLimits`) bound input size, kept text and nesting depth; what they cut is reported as
 *    `input-truncated` / `input-too-deep`; unreadable input as `input-invalid`.
 *
 * @throws RangeError only for invalid `limits` (a caller bug).
 */
export function parsePage(input: PageInput, limits?: ParseLimits): ParsedPage {
  const { maxInputChars, maxTextChars, maxDepth } = resolveParseLimits(limits);
  const diagnostics: Diagnostic[] = [];
  const builder = new BlockBuilder(maxTextChars);
  try {
    if (typeof input.title === 'string') {
      builder.push({ zone: 'title' });
      builder.add(input.title.length > maxInputChars ? input.title.slice(0, maxInputChars) : input.title);
      builder.pop();
    }
    readBody(input, builder, { maxInputChars, maxDepth }, diagnostics);
  } catch (error) {
    // Last line of defence: a reader bug must not take the caller down with it.
    builder.endBlock();
    const name = error instanceof Error ? error.name : typeof error;
    diagnostics.push(diagnostic('input-invalid', 'error', `The page body could not be read (${name}).`));
  }
  builder.endBlock();
  if (builder.full) {
    diagnostics.push(diagnostic('input-truncated', 'warning', `Only the first ${maxTextChars} characters of text were read.`, { maxTextChars }));
  }
  if (builder.junk > 16 && builder.junk > JUNK_RATIO * (builder.junk + builder.kept)) {
    diagnostics.push(diagnostic('input-invalid', 'warning', 'The body looks like binary data; unreadable characters were dropped.', { junkChars: builder.junk }));
  }
  return { blocks: builder.blocks, diagnostics };
}

function readBody(input: PageInput, builder: BlockBuilder, limits: { maxInputChars: number; maxDepth: number }, diagnostics: Diagnostic[]): void {
  const { body, format } = input;
  if (format === 'adf') {
    if (typeof body === 'string' && body.length > limits.maxInputChars) {
      diagnostics.push(diagnostic('input-invalid', 'error', `The ADF body is longer than ${limits.maxInputChars} characters.`, { maxInputChars: limits.maxInputChars }));
      return;
    }
    readAdf(body, builder, limits.maxDepth, diagnostics);
    return;
  }
  const reader = Object.hasOwn(STRING_READERS, format) ? STRING_READERS[format] : undefined;
  if (reader === undefined) {
    diagnostics.push(diagnostic('input-invalid', 'error', `Unknown input format "${String(format)}".`, { supported: ['adf', ...Object.keys(STRING_READERS)] }));
    return;
  }
  if (typeof body !== 'string') {
    diagnostics.push(diagnostic('input-invalid', 'error', `A ${format} body must be a string.`));
    return;
  }
  let text = body;
  if (text.length > limits.maxInputChars) {
    text = text.slice(0, limits.maxInputChars);
    diagnostics.push(diagnostic('input-truncated', 'warning', `Only the first ${limits.maxInputChars} characters of the body were read.`, { maxInputChars: limits.maxInputChars }));
  }
  reader(text, builder, limits.maxDepth, diagnostics);
}
