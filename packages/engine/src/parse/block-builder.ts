import type { MarkSpan, TextBlock, Zone } from '../types.js';
import { scrub, type ScrubSink } from './scrub.js';

/** An emphasis mark the ranker weighs. */
export type MarkName = MarkSpan['mark'];

/** What a structural container says about the text inside it. Unset fields inherit from outside. */
export interface BlockContext {
  readonly zone?: Zone;
  readonly headingLevel?: number;
  readonly panelType?: string;
  readonly inExpand?: boolean;
}

/**
 * Written where something was removed (a mention, emoji, date, URL, line break, code): a
 * sentence-break-like separator, so that the tokenizer never joins a phrase across it.
 */
export const BOUNDARY = ' • ';

interface Resolved {
  readonly zone: Zone;
  readonly headingLevel: number | undefined;
  readonly panelType: string | undefined;
  readonly inExpand: boolean;
}

const ROOT: Resolved = { zone: 'paragraph', headingLevel: undefined, panelType: undefined, inExpand: false };

/**
 * Collects text into `TextBlock`s, the one place where every format's walker writes. Walkers say where
 * structure starts and ends (`push`/`pop`/`endBlock`); text goes into the current block, which opens
 * lazily with the context in force. Whitespace is collapsed, boundaries collapse and never start or end
 * a block, mark offsets are UTF-16 offsets in the final text. Stops taking text at `maxTextChars`.
 */
export class BlockBuilder implements ScrubSink {
  readonly blocks: TextBlock[] = [];
  /** Junk code units dropped (see `scrub`). */
  junk = 0;
  /** Text chars seen (kept), for the junk ratio. */
  kept = 0;
  /** True once `maxTextChars` was reached: walkers should stop. */
  full = false;
  private readonly stack: Resolved[] = [ROOT];
  private text = '';
  private marks: MarkSpan[] = [];
  private pendingSpace = false;
  /** Marks of the text whose trailing whitespace made `pendingSpace` (a marked space joins spans). */
  private pendingSpaceMarks: readonly MarkName[] = [];
  private pendingBoundary = false;
  private total = 0;
  private currentMarks: readonly MarkName[] = [];

  constructor(private readonly maxTextChars: number) {}

  /** Enters a container: ends the current block, later text takes this context. */
  push(context: BlockContext): void {
    this.endBlock();
    const top = this.top();
    this.stack.push({
      zone: context.zone ?? top.zone,
      headingLevel: context.headingLevel ?? top.headingLevel,
      panelType: context.panelType ?? top.panelType,
      inExpand: top.inExpand || context.inExpand === true,
    });
  }

  /** Leaves the innermost container pushed. */
  pop(): void {
    this.endBlock();
    if (this.stack.length > 1) this.stack.pop();
  }

  /** Adds text (scrubbed: URLs, mentions, dates, emoji, junk become boundaries) carrying `marks`. */
  add(text: string, marks: readonly MarkName[] = []): void {
    if (this.full || text.length === 0) return;
    this.currentMarks = marks;
    // Text far past the room left is never kept: don't scan it (whitespace collapse can at most halve it).
    const room = this.maxTextChars - this.total;
    scrub(text.length > room * 2 + 65_536 ? text.slice(0, room * 2 + 65_536) : text, this);
  }

  /** Marks a place no phrase may cross (a removed atom, a line break). */
  boundary(): void {
    if (this.text.length > 0) this.pendingBoundary = true;
  }

  /** Closes the current block (a paragraph ended); the next text starts a new one. */
  endBlock(): void {
    if (this.text.length > 0) {
      const ctx = this.top();
      const block: { -readonly [K in keyof TextBlock]: TextBlock[K] } = { text: this.text, zone: ctx.zone, marks: this.marks };
      if (ctx.headingLevel !== undefined) block.headingLevel = ctx.headingLevel;
      if (ctx.panelType !== undefined) block.panelType = ctx.panelType;
      if (ctx.inExpand) block.inExpand = true;
      this.blocks.push(block);
    }
    this.text = '';
    this.marks = [];
    this.pendingSpace = false;
    this.pendingBoundary = false;
  }

  /** @internal ScrubSink: a kept piece of text. */
  keep(piece: string): void {
    const normalized = piece.replace(/\s+/gu, ' ');
    const leading = normalized.startsWith(' ');
    const core = normalized.trim();
    if (core.length === 0) {
      if (normalized.length > 0 && this.text.length > 0) {
        if (!this.pendingSpace) this.pendingSpaceMarks = this.currentMarks;
        this.pendingSpace = true;
      }
      return;
    }
    let spaceMarks: readonly MarkName[] = [];
    if (this.text.length > 0) {
      if (this.pendingBoundary) this.text += BOUNDARY;
      else if (this.pendingSpace || leading) {
        this.text += ' ';
        spaceMarks = leading ? this.currentMarks : this.pendingSpaceMarks;
      }
    }
    const room = this.maxTextChars - this.total;
    const kept = core.length > room ? core.slice(0, room) : core;
    const start = this.text.length;
    this.text += kept;
    this.total += kept.length;
    this.kept += kept.length;
    for (const mark of this.currentMarks) this.addMark(start, this.text.length, mark, spaceMarks.includes(mark));
    this.pendingBoundary = false;
    this.pendingSpace = normalized.endsWith(' ');
    this.pendingSpaceMarks = this.currentMarks;
    if (this.total >= this.maxTextChars) this.full = true;
  }

  /** @internal ScrubSink: a dropped span. */
  drop(): void {
    this.boundary();
  }

  /** Records a span, extending the previous one of the same mark when only a (marked) space parts them. */
  private addMark(start: number, end: number, mark: MarkName, spaceMarked: boolean): void {
    const joinAt = spaceMarked ? start - 1 : start;
    for (let i = this.marks.length - 1; i >= 0; i -= 1) {
      const span = this.marks[i]!;
      if (span.end < joinAt) break;
      if (span.mark === mark && (span.end === start || span.end === joinAt)) {
        this.marks[i] = { start: span.start, end, mark };
        return;
      }
    }
    this.marks.push({ start, end, mark });
  }

  private top(): Resolved {
    return this.stack[this.stack.length - 1]!;
  }
}
