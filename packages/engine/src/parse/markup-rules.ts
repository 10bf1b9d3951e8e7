import type { BlockContext, MarkName } from './block-builder.js';

/**
 * What one HTML or Confluence storage element means for text extraction:
 * - `context`: a block-level container; its content is read with this context (`{}` = a plain block);
 * - `mark`: inline emphasis;
 * - `skip`: the element and everything inside it is never read (code, scripts, macro parameters) and
 *   leaves a phrase boundary;
 * - `boundary`: an atom replaced by a phrase boundary (line break, image, mention, emoticon, date);
 * - nothing (`undefined` rule): inline, read as is.
 */
export interface ElementRule {
  readonly context?: BlockContext;
  readonly mark?: MarkName;
  readonly skip?: boolean;
  readonly boundary?: boolean;
}

const block: ElementRule = { context: {} };
const skip: ElementRule = { skip: true };
const boundary: ElementRule = { boundary: true };

const BLOCKS = 'address article body center dd div dl dt fieldset figure footer form header hgroup html li main nav p section tr';
const SKIPPED = 'audio button canvas code head iframe kbd map math noscript object option samp script select style svg template textarea title var video';

/** Rules for HTML (and the HTML part of storage). */
export const HTML_RULES: ReadonlyMap<string, ElementRule> = new Map<string, ElementRule>([
  ...BLOCKS.split(' ').map((name): [string, ElementRule] => [name, block]),
  ...SKIPPED.split(' ').map((name): [string, ElementRule] => [name, skip]),
  ...[1, 2, 3, 4, 5, 6].map((level): [string, ElementRule] => [`h${level}`, { context: { zone: 'heading', headingLevel: level } }]),
  ['ul', { context: { zone: 'list' } }],
  ['ol', { context: { zone: 'list' } }],
  ['menu', { context: { zone: 'list' } }],
  ['table', block],
  ['th', { context: { zone: 'table-header' } }],
  ['td', { context: { zone: 'table-cell' } }],
  ['caption', { context: { zone: 'caption' } }],
  ['figcaption', { context: { zone: 'caption' } }],
  ['blockquote', { context: { zone: 'quote' } }],
  ['details', { context: { zone: 'expand-body', inExpand: true } }],
  ['summary', { context: { zone: 'expand-title', inExpand: true } }],
  ['strong', { mark: 'strong' }],
  ['b', { mark: 'strong' }],
  ['em', { mark: 'em' }],
  ['i', { mark: 'em' }],
  ['u', { mark: 'underline' }],
  ['ins', { mark: 'underline' }],
  ['a', { mark: 'link' }],
  ['br', boundary],
  ['hr', block],
  ['img', boundary],
  ['time', skip],
  ['pre', { skip: true, context: {} }],
]);

/** Panel types the engine knows; a storage macro of one of these names is a panel of that type. */
export const PANEL_TYPES: ReadonlySet<string> = new Set(['info', 'note', 'tip', 'warning', 'error', 'success']);

/** Rules for Confluence storage elements (`ac:` / `ri:`) other than macros, which `markup.ts` handles. */
export const STORAGE_RULES: ReadonlyMap<string, ElementRule> = new Map<string, ElementRule>([
  ...HTML_RULES,
  ['ac:parameter', skip],
  ['ac:plain-text-body', skip],
  ['ac:rich-text-body', block],
  ['ac:emoticon', boundary],
  ['ac:placeholder', skip],
  ['ac:image', boundary],
  ['ac:caption', { context: { zone: 'caption' } }],
  ['ac:task-list', { context: { zone: 'list' } }],
  ['ac:task', block],
  ['ac:task-id', skip],
  ['ac:task-uuid', skip],
  ['ac:task-status', skip],
  ['ac:task-assignee', skip],
  ['ac:task-body', block],
  ['ac:layout', block],
  ['ac:layout-section', block],
  ['ac:layout-cell', block],
  // Cloud wraps ADF-only nodes (decision lists, some panels) in ac:adf-extension with a fallback
  // rendering that repeats the content: the fallback is skipped so nothing counts twice.
  ['ac:adf-fallback', skip],
]);

/** Panel type of an HTML element that renders a callout (aside, or Confluence's exported panel divs). */
export function htmlPanelType(name: string, className: string | undefined): string | undefined {
  const classes = (className ?? '').toLowerCase();
  const exported = /confluence-information-macro-(\w+)/u.exec(classes)?.[1];
  if (exported !== undefined) return PANEL_TYPES.has(exported) ? exported : 'custom';
  if (name !== 'aside') return undefined;
  for (const type of PANEL_TYPES) if (classes.split(/\s+/u).includes(type)) return type;
  return 'custom';
}
