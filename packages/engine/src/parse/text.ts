import type { BlockBuilder } from './block-builder.js';

const BLANK_LINE = /\r?\n[ \t\f\v\u00a0]*\r?\n\s*/u;

/** Reads plain text: paragraphs are separated by blank lines; single line breaks are spaces. */
export function readText(body: string, builder: BlockBuilder): void {
  for (const paragraph of body.split(BLANK_LINE)) {
    if (builder.full) break;
    builder.add(paragraph);
    builder.endBlock();
  }
}
