import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../types.js';
import type { BlockBuilder, BlockContext, MarkName } from './block-builder.js';
import { diagnostic } from './diagnostics.js';
import { HTML_RULES, STORAGE_RULES, htmlPanelType, type ElementRule } from './markup-rules.js';
import { StorageMacros } from './storage-macros.js';

/** Which markup a body is in. */
export type MarkupDialect = 'html' | 'storage';

/** What opening one element did, undone when it closes. */
interface Opened {
  pushed: boolean;
  skip: boolean;
  mark: MarkName | undefined;
  special: boolean;
}

/**
 * htmlparser2 keeps its open-element stack with `unshift`/`shift`, so time grows with the square of the
 * nesting depth (100,000 nested `<div>`s take ~20 s). Reading stops when nesting reaches this many
 * times `maxDepth`; content nested deeper than `maxDepth` is already skipped before that.
 */
const STOP_DEPTH_FACTOR = 4;

/**
 * Reads HTML or Confluence storage XHTML (htmlparser2: tolerant of broken markup, streaming, no DOM)
 * into `builder`. Storage macros (`ac:structured-macro`) and links (`ac:link`) go through
 * `StorageMacros`; everything else through the element rules of `markup-rules.ts`.
 */
export function readMarkup(body: string, dialect: MarkupDialect, builder: BlockBuilder, maxDepth: number, diagnostics: Diagnostic[]): void {
  const rules = dialect === 'storage' ? STORAGE_RULES : HTML_RULES;
  const macros = new StorageMacros(builder);
  const opened: Opened[] = [];
  const markCounts = new Map<MarkName, number>();
  let marks: MarkName[] = [];
  let depth = 0;
  let skipping = 0;
  let tooDeep = false;
  let stopped = false;
  let stoppedDeep = false;

  const changeMark = (mark: MarkName, delta: number): void => {
    markCounts.set(mark, (markCounts.get(mark) ?? 0) + delta);
    marks = [...markCounts].filter(([, count]) => count > 0).map(([name]) => name);
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth += 1;
        if (depth > maxDepth) {
          tooDeep = true;
          if (depth >= maxDepth * STOP_DEPTH_FACTOR && !stopped) {
            stopped = true;
            stoppedDeep = true;
            parser.pause();
          }
          return;
        }
        const entry: Opened = { pushed: false, skip: false, mark: undefined, special: false };
        opened.push(entry);
        if (skipping > 0) {
          entry.skip = true;
          skipping += 1;
          return;
        }
        if (dialect === 'storage' && macros.handles(name)) {
          entry.special = true;
          const effect = macros.open(name, attribs);
          if (effect.skip) {
            entry.skip = true;
            skipping += 1;
          }
          if (effect.link) {
            entry.mark = 'link';
            changeMark('link', 1);
          }
          return;
        }
        const rule: ElementRule | undefined = rules.get(name);
        const panelType = name === 'div' || name === 'aside' ? htmlPanelType(name, attribs.class) : undefined;
        const context: BlockContext | undefined = panelType !== undefined ? { zone: 'panel', panelType } : rule?.context;
        if (context !== undefined) {
          builder.push(context);
          entry.pushed = true;
        }
        if (rule?.boundary === true || rule?.skip === true) builder.boundary();
        if (rule?.skip === true) {
          entry.skip = true;
          skipping += 1;
        }
        if (rule?.mark !== undefined) {
          entry.mark = rule.mark;
          changeMark(rule.mark, 1);
        }
      },
      onclosetag(name) {
        depth -= 1;
        if (depth + 1 > maxDepth) return;
        const entry = opened.pop();
        if (entry === undefined) return;
        if (entry.skip) skipping -= 1;
        if (entry.special) macros.close(name, marks);
        if (entry.mark !== undefined) changeMark(entry.mark, -1);
        if (entry.pushed) builder.pop();
      },
      ontext(text) {
        if (depth > maxDepth || skipping > 0) return;
        if (dialect === 'storage' && macros.takeText(text)) return;
        builder.add(text, marks);
        if (builder.full && !stopped) {
          stopped = true;
          parser.pause();
        }
      },
    },
    { decodeEntities: true, recognizeCDATA: dialect === 'storage', recognizeSelfClosing: dialect === 'storage' },
  );
  parser.write(body);
  if (!stopped) parser.end();
  builder.endBlock();
  if (tooDeep) {
    const message = stoppedDeep
      ? `Elements nested ${maxDepth * STOP_DEPTH_FACTOR} levels deep: reading stopped there.`
      : `Elements nested deeper than ${maxDepth} levels were skipped.`;
    diagnostics.push(diagnostic('input-too-deep', 'warning', message, { maxDepth }));
  }
}
