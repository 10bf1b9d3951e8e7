import type { Diagnostic } from '../types.js';
import { ADF_RULES, UNKNOWN_RULE, textMarks, type AdfNode } from './adf-nodes.js';
import type { BlockBuilder } from './block-builder.js';
import { diagnostic } from './diagnostics.js';
import { parseJson } from './json.js';

const EXIT = Symbol('exit');
type Frame = { readonly node: unknown; readonly depth: number } | typeof EXIT;

const EMPTY: Record<string, unknown> = {};

function attrsOf(node: AdfNode): Record<string, unknown> {
  return typeof node.attrs === 'object' && node.attrs !== null ? (node.attrs as Record<string, unknown>) : EMPTY;
}

/**
 * Reads an ADF document (JSON string or parsed object) into `builder`.
 *
 * The walk is iterative with an explicit stack: a recursive walker (like `@atlaskit/adf-utils`'
 * `traverse`) overflows the call stack on a 10,000-deep document. Nodes deeper than `maxDepth` are
 * skipped (`input-too-deep`); a node object met twice (a cyclic or shared object graph passed in by a
 * caller) is read once; malformed nodes are skipped and counted.
 */
export function readAdf(body: string | object, builder: BlockBuilder, maxDepth: number, diagnostics: Diagnostic[]): void {
  let root: unknown = body;
  if (typeof body === 'string') {
    // An ADF node level is two JSON levels (node object, content array): a body nested four times
    // deeper than maxDepth is refused; one a little deeper is read down to maxDepth.
    const parsed = parseJson(body, maxDepth * 8);
    if (!parsed.ok) {
      diagnostics.push(parsed.diagnostic);
      return;
    }
    root = parsed.value;
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    diagnostics.push(diagnostic('input-invalid', 'error', 'The ADF body is not a JSON object.'));
    return;
  }
  if ((root as AdfNode).type !== 'doc') {
    diagnostics.push(diagnostic('input-invalid', 'warning', 'The ADF root node is not of type "doc"; read it anyway.'));
  }
  const seen = typeof body === 'string' ? null : new WeakSet<object>();
  let malformed = 0;
  let tooDeep = false;
  const stack: Frame[] = [{ node: root, depth: 0 }];
  while (stack.length > 0 && !builder.full) {
    const frame = stack.pop()!;
    if (frame === EXIT) {
      builder.pop();
      continue;
    }
    const { node, depth } = frame;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      malformed += 1;
      continue;
    }
    if (seen) {
      if (seen.has(node)) continue;
      seen.add(node);
    }
    if (depth > maxDepth) {
      tooDeep = true;
      continue;
    }
    const adf = node as AdfNode;
    const rule = (typeof adf.type === 'string' ? ADF_RULES[adf.type] : undefined) ?? UNKNOWN_RULE;
    switch (rule.kind) {
      case 'text': {
        const marks = textMarks(adf.marks);
        if (typeof adf.text !== 'string') malformed += 1;
        else if (marks === null) builder.boundary();
        else builder.add(adf.text, marks);
        continue;
      }
      case 'boundary':
        builder.boundary();
        continue;
      case 'block-drop':
        builder.endBlock();
        continue;
      case 'expand': {
        const title = attrsOf(adf).title;
        builder.push({ zone: 'expand-title', inExpand: true });
        if (typeof title === 'string') builder.add(title);
        builder.pop();
        builder.push({ zone: 'expand-body', inExpand: true });
        stack.push(EXIT);
        break;
      }
      case 'container':
        builder.push(rule.context(attrsOf(adf)));
        stack.push(EXIT);
        // Unknown node types may carry their own text.
        if (rule === UNKNOWN_RULE && typeof adf.text === 'string') builder.add(adf.text);
        break;
      case 'inline-container':
        break;
    }
    if (Array.isArray(adf.content)) {
      const content = adf.content as unknown[];
      for (let i = content.length - 1; i >= 0; i -= 1) stack.push({ node: content[i], depth: depth + 1 });
    } else if (adf.content !== undefined) {
      malformed += 1;
    }
  }
  builder.endBlock();
  if (tooDeep) {
    diagnostics.push(diagnostic('input-too-deep', 'warning', `ADF nodes nested deeper than ${maxDepth} levels were skipped.`, { maxDepth }));
  }
  if (malformed > 0) {
    diagnostics.push(diagnostic('input-invalid', 'warning', `${malformed} malformed ADF node(s) were skipped.`, { malformed }));
  }
}
