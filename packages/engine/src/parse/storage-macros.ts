import type { BlockBuilder, BlockContext, MarkName } from './block-builder.js';
import { PANEL_TYPES } from './markup-rules.js';

/** What opening a storage element asks of the markup walker. */
export interface OpenEffect {
  /** Skip the element's content. */
  readonly skip?: boolean;
  /** The element is a link: its text carries the `link` mark. */
  readonly link?: boolean;
}

interface Macro {
  readonly kind: 'panel' | 'expand' | 'other';
  readonly panelType?: string;
  title: string;
  titleWritten: boolean;
}

interface Link {
  user: boolean;
  text: boolean;
  fallback: string | undefined;
}

interface AdfNode {
  readonly type: string;
  readonly attrs: Record<string, string>;
  /** A list node (decision list): its items are read in the list zone. */
  readonly list: boolean;
}

const ADF_LISTS = new Set(['decision-list', 'task-list']);

/** Macros whose body is code or raw markup: never read. */
const CODE_MACROS = new Set(['code', 'noformat', 'html', 'html-include', 'code-block', 'sql', 'sql-query']);
const EXPAND_MACROS = new Set(['expand', 'ui-expand']);
const HANDLED = new Set([
  'ac:structured-macro', 'ac:macro', 'ac:parameter', 'ac:rich-text-body', 'ac:link', 'ri:user', 'ri:page', 'ri:blog-post',
  'ac:adf-node', 'ac:adf-attribute', 'ac:adf-content',
]);

/**
 * Confluence storage elements that need state across elements: macros (`ac:structured-macro`, by
 * `ac:name`: panels info/note/tip/warning/success/error and `panel` → custom; expand with its `title`
 * parameter — the only parameter ever read, since people see it; code/noformat skipped; any other
 * macro contributes its rich-text body only), links (`ac:link`: a user link is a mention and is
 * dropped; a page link without body text shows the page title), and Cloud's `ac:adf-node` wrappers.
 */
export class StorageMacros {
  private readonly macros: Macro[] = [];
  private readonly links: Link[] = [];
  private readonly adfNodes: AdfNode[] = [];
  private capture: { text: string; key: string } | undefined;

  constructor(private readonly builder: BlockBuilder) {}

  /** True when `name` is one of the elements handled here. */
  handles(name: string): boolean {
    return HANDLED.has(name);
  }

  /** An element opened. */
  open(name: string, attribs: Record<string, string>): OpenEffect {
    const top = this.macros[this.macros.length - 1];
    switch (name) {
      case 'ac:structured-macro':
      case 'ac:macro': {
        const macroName = (attribs['ac:name'] ?? '').toLowerCase();
        this.builder.boundary();
        if (CODE_MACROS.has(macroName)) {
          this.builder.endBlock();
          return { skip: true };
        }
        if (PANEL_TYPES.has(macroName) || macroName === 'panel') {
          this.macros.push({ kind: 'panel', panelType: macroName === 'panel' ? 'custom' : macroName, title: '', titleWritten: false });
        } else {
          this.macros.push({ kind: EXPAND_MACROS.has(macroName) ? 'expand' : 'other', title: '', titleWritten: false });
        }
        return {};
      }
      case 'ac:parameter':
        if (top?.kind === 'expand' && attribs['ac:name'] === 'title') {
          this.capture = { text: '', key: 'title' };
          return {};
        }
        return { skip: true };
      case 'ac:rich-text-body':
        this.builder.push(this.bodyContext(top));
        return {};
      case 'ac:link':
        this.links.push({ user: false, text: false, fallback: undefined });
        return { link: true };
      case 'ri:user': {
        const link = this.links[this.links.length - 1];
        if (link) link.user = true;
        this.builder.boundary();
        return {};
      }
      case 'ri:page':
      case 'ri:blog-post': {
        const link = this.links[this.links.length - 1];
        if (link) link.fallback = attribs['ri:content-title'];
        return {};
      }
      case 'ac:adf-node': {
        const type = attribs.type ?? '';
        const list = ADF_LISTS.has(type);
        if (list) this.builder.push({ zone: 'list' });
        this.adfNodes.push({ type, attrs: {}, list });
        return {};
      }
      case 'ac:adf-attribute':
        this.capture = { text: '', key: attribs.key ?? '' };
        return {};
      case 'ac:adf-content':
        this.builder.push(this.adfContext(this.adfNodes[this.adfNodes.length - 1]));
        return {};
      default:
        return {};
    }
  }

  /** An element handled here closed; `marks` are the marks still in force (the link's included). */
  close(name: string, marks: readonly MarkName[]): void {
    switch (name) {
      case 'ac:structured-macro':
      case 'ac:macro': {
        const macro = this.macros.pop();
        if (macro) this.writeTitle(macro);
        this.builder.boundary();
        return;
      }
      case 'ac:parameter':
        if (this.capture && this.macros.length > 0) this.macros[this.macros.length - 1]!.title = this.capture.text;
        this.capture = undefined;
        return;
      case 'ac:rich-text-body':
      case 'ac:adf-content':
        this.builder.pop();
        return;
      case 'ac:link': {
        const link = this.links.pop();
        if (link?.user) this.builder.boundary();
        else if (link && !link.text && link.fallback !== undefined) this.builder.add(link.fallback, marks);
        return;
      }
      case 'ac:adf-node':
        if (this.adfNodes.pop()?.list === true) this.builder.pop();
        return;
      case 'ac:adf-attribute': {
        const node = this.adfNodes[this.adfNodes.length - 1];
        if (node && this.capture) node.attrs[this.capture.key] = this.capture.text.trim();
        this.capture = undefined;
        return;
      }
      default:
        return;
    }
  }

  /** Takes text that belongs here (a captured parameter, a mention's name); true when taken. */
  takeText(text: string): boolean {
    if (this.capture) {
      this.capture.text += text;
      return true;
    }
    const link = this.links[this.links.length - 1];
    if (link) {
      if (link.user) return true;
      if (text.trim().length > 0) link.text = true;
    }
    return false;
  }

  private bodyContext(macro: Macro | undefined): BlockContext {
    if (macro?.kind === 'panel') return { zone: 'panel', panelType: macro.panelType };
    if (macro?.kind === 'expand') {
      this.writeTitle(macro);
      return { zone: 'expand-body', inExpand: true };
    }
    return {};
  }

  private writeTitle(macro: Macro): void {
    if (macro.kind !== 'expand' || macro.titleWritten) return;
    macro.titleWritten = true;
    this.builder.push({ zone: 'expand-title', inExpand: true });
    this.builder.add(macro.title);
    this.builder.pop();
  }

  private adfContext(node: AdfNode | undefined): BlockContext {
    if (node?.type === 'panel') {
      const type = node.attrs['panel-type'] ?? '';
      return { zone: 'panel', panelType: PANEL_TYPES.has(type) ? type : 'custom' };
    }
    return {};
  }
}
