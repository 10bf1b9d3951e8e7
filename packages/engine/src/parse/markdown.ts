import MarkdownIt from 'markdown-it';
import type { Diagnostic } from '../types.js';
import type { BlockBuilder, BlockContext, MarkName } from './block-builder.js';
import { diagnostic } from './diagnostics.js';
import { markdownChunks } from './markdown-chunks.js';
import { readMarkup } from './markup.js';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** Pieces parsed at once (see `markdownChunks`), in UTF-16 code units. */
const CHUNK_CHARS = 64_000;

const BLOCK_CONTEXTS: Readonly<Record<string, BlockContext>> = {
  blockquote_open: { zone: 'quote' },
  bullet_list_open: { zone: 'list' },
  ordered_list_open: { zone: 'list' },
  th_open: { zone: 'table-header' },
  td_open: { zone: 'table-cell' },
};

const INLINE_MARKS: Readonly<Record<string, MarkName>> = { strong: 'strong', em: 'em', link: 'link' };
const HTML_MARKS: Readonly<Record<string, MarkName>> = { strong: 'strong', b: 'strong', em: 'em', i: 'em', u: 'underline', ins: 'underline', a: 'link' };
const HTML_TAG = /^<(\/?)([a-zA-Z][\w-]*)/u;

/**
 * Reads Markdown (CommonMark + GFM tables and strikethrough, by markdown-it) into `builder`: headings
 * by level, quotes, lists, table header vs cells, strong/emphasis/link marks (also as inline HTML
 * `<b>`, `<u>`, ...); code spans and blocks dropped; block HTML read as HTML. markdown-it's token
 * stream is flat (no recursion to overflow) and its `maxNesting` bounds depth.
 */
export function readMarkdown(body: string, builder: BlockBuilder, maxDepth: number, diagnostics: Diagnostic[]): void {
  const maxNesting = Math.min(maxDepth, 100);
  const md = new MarkdownIt('default', { html: true, linkify: false, maxNesting });
  let tooDeep = false;
  for (const chunk of markdownChunks(body, CHUNK_CHARS)) {
    if (builder.full) break;
    for (const token of md.parse(defuse(chunk), {})) {
      if (token.level >= maxNesting - 1) tooDeep = true;
      readBlockToken(token, builder, maxDepth, diagnostics);
    }
    builder.endBlock();
  }
  builder.endBlock();
  if (tooDeep) diagnostics.push(diagnostic('input-too-deep', 'warning', `Markdown nested ${maxNesting} levels deep was read flat.`, { maxDepth: maxNesting }));
}

const SYNTAX = /[[\]*_`<~|\\]/gu;
const SYNTAX_CODES = new Set([...'[]*_`<~|\\'].map((c) => c.charCodeAt(0)));

/**
 * A chunk that is mostly inline syntax (`[[[[`, `*a **b`, ...) makes markdown-it's inline rules
 * quadratic (seconds for 64 KB). Such a chunk is not prose: its syntax characters become spaces.
 */
function defuse(chunk: string): string {
  if (chunk.length < 4096) return chunk;
  let syntax = 0;
  for (let i = 0; i < chunk.length; i += 1) if (SYNTAX_CODES.has(chunk.charCodeAt(i))) syntax += 1;
  return syntax > chunk.length / 5 ? chunk.replace(SYNTAX, ' ') : chunk;
}

function readBlockToken(token: Token, builder: BlockBuilder, maxDepth: number, diagnostics: Diagnostic[]): void {
  switch (token.type) {
    case 'inline':
      readInline(token.children ?? [], builder);
      return;
    case 'heading_open':
      builder.push({ zone: 'heading', headingLevel: Number(token.tag.slice(1)) || 1 });
      return;
    case 'fence':
    case 'code_block':
    case 'hr':
      builder.endBlock();
      return;
    case 'html_block':
      builder.endBlock();
      readMarkup(token.content, 'html', builder, maxDepth, diagnostics);
      return;
    default:
      if (token.nesting === 1) builder.push(BLOCK_CONTEXTS[token.type] ?? {});
      else if (token.nesting === -1) builder.pop();
  }
}

function readInline(children: readonly Token[], builder: BlockBuilder): void {
  const marks: MarkName[] = [];
  const change = (mark: MarkName, open: boolean): void => {
    if (open) marks.push(mark);
    else if (marks.includes(mark)) marks.splice(marks.lastIndexOf(mark), 1);
  };
  for (const token of children) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        builder.add(token.content, marks);
        break;
      case 'softbreak':
        builder.add(' ', marks);
        break;
      case 'html_inline': {
        const tag = HTML_TAG.exec(token.content);
        const mark = tag ? HTML_MARKS[tag[2]!.toLowerCase()] : undefined;
        if (mark !== undefined) change(mark, tag![1] !== '/');
        else builder.boundary();
        break;
      }
      default: {
        const mark = INLINE_MARKS[token.type.replace(/_(open|close)$/u, '')];
        if (mark !== undefined && token.nesting !== 0) change(mark, token.nesting === 1);
        else if (token.type !== 's_open' && token.type !== 's_close') builder.boundary(); // code_inline, image, hardbreak
      }
    }
  }
}
