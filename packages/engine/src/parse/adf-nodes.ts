import type { BlockContext, MarkName } from './block-builder.js';

/** A loosely typed ADF node as it arrives (validated field by field while walking). */
export interface AdfNode {
  readonly type?: unknown;
  readonly attrs?: unknown;
  readonly content?: unknown;
  readonly text?: unknown;
  readonly marks?: unknown;
}

/**
 * How the walker treats one ADF node type:
 * - `container`: its content is read inside `context` (ends the current block before and after);
 * - `inline-container`: content read in the current block (e.g. the doc root);
 * - `boundary`: an atom whose text never becomes words (mention, emoji, date, status, hard break, ...);
 * - `block-drop`: a block whose content is never read (code block, cards, media, macro parameters);
 * - `text`, `expand`: handled specially.
 */
export type AdfRule =
  | { readonly kind: 'container'; readonly context: (attrs: Record<string, unknown>) => BlockContext }
  | { readonly kind: 'inline-container' | 'boundary' | 'block-drop' | 'text' | 'expand' };

const PANEL_TYPES = new Set(['info', 'note', 'tip', 'warning', 'error', 'success', 'custom']);

const plain = { kind: 'container', context: () => ({}) } as const;
const zone = (z: BlockContext['zone']): AdfRule => ({ kind: 'container', context: () => ({ zone: z }) });
const boundary = { kind: 'boundary' } as const;
const dropped = { kind: 'block-drop' } as const;

function headingLevel(attrs: Record<string, unknown>): number {
  const level = attrs.level;
  return typeof level === 'number' && Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 1;
}

function panelType(attrs: Record<string, unknown>): string {
  return typeof attrs.panelType === 'string' && PANEL_TYPES.has(attrs.panelType) ? attrs.panelType : 'custom';
}

/**
 * Every node type of `@atlaskit/adf-schema` (full and stage-0 JSON schemas); a test enumerates the
 * schema so a new node type fails until it is listed here. Types not listed are read as plain
 * containers (their text and content), never a crash.
 */
export const ADF_RULES: Readonly<Record<string, AdfRule>> = {
  doc: { kind: 'inline-container' },
  text: { kind: 'text' },
  paragraph: plain,
  heading: { kind: 'container', context: (attrs) => ({ zone: 'heading', headingLevel: headingLevel(attrs) }) },
  blockquote: zone('quote'),
  panel: { kind: 'container', context: (attrs) => ({ zone: 'panel', panelType: panelType(attrs) }) },
  expand: { kind: 'expand' },
  nestedExpand: { kind: 'expand' },
  bulletList: zone('list'),
  orderedList: zone('list'),
  listItem: plain,
  taskList: zone('list'),
  taskItem: plain,
  blockTaskItem: plain,
  decisionList: zone('list'),
  decisionItem: plain,
  table: plain,
  tableRow: plain,
  tableHeader: zone('table-header'),
  tableCell: zone('table-cell'),
  layoutSection: plain,
  layoutColumn: plain,
  // Macros: only bodies are read; `attrs.parameters` and `attrs.text` are never looked at.
  bodiedExtension: plain,
  multiBodiedExtension: plain,
  extensionFrame: plain,
  extension: dropped,
  inlineExtension: boundary,
  syncBlock: dropped,
  bodiedSyncBlock: plain,
  bodiedRule: plain,
  rule: dropped,
  codeBlock: dropped,
  mediaSingle: plain,
  mediaGroup: plain,
  media: dropped,
  mediaInline: boundary,
  caption: zone('caption'),
  blockCard: dropped,
  embedCard: dropped,
  inlineCard: boundary,
  mention: boundary,
  emoji: boundary,
  date: boundary,
  status: boundary,
  hardBreak: boundary,
  placeholder: boundary,
};

/** The rule for unknown node types: read what they contain. */
export const UNKNOWN_RULE: AdfRule = plain;

const MARKS: ReadonlySet<string> = new Set<MarkName>(['strong', 'em', 'underline', 'link']);

/**
 * The emphasis marks of a text node, or `null` when the text must be dropped (it carries `code`).
 * Unknown or malformed marks are ignored.
 */
export function textMarks(marks: unknown): MarkName[] | null {
  if (!Array.isArray(marks)) return [];
  const found: MarkName[] = [];
  for (const mark of marks as unknown[]) {
    const type = typeof mark === 'object' && mark !== null ? (mark as { type?: unknown }).type : undefined;
    if (type === 'code') return null;
    if (typeof type === 'string' && MARKS.has(type) && !found.includes(type as MarkName)) found.push(type as MarkName);
  }
  return found;
}
