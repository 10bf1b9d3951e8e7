import type { AdfNode } from './types.js';

/**
 * Converts ADF to Confluence storage format (XHTML with `ac:`/`ri:` elements).
 *
 * Hand-written because no npm package converts ADF to *storage* format (the Atlaskit transformers target
 * HTML/Markdown/editor JSON). This is a documented approximation of what Cloud returns for the basic nodes:
 * paragraphs, headings, marks, lists, tables, blockquote, rule, hard break, code block (`code` macro),
 * panels (`info`/`note`/`tip`/`warning` macros), expand (`expand` macro), task lists, mention, emoji,
 * status, date, inline card. Unknown nodes keep their text children; atoms without text are dropped.
 * Cloud adds `ac:schema-version` / `ac:macro-id` on save; we add `ac:schema-version="1"` only.
 */
export function adfToStorage(doc: AdfNode): string {
  return children(doc);
}

function children(node: AdfNode): string {
  return (node.content ?? []).map(convert).join('');
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const attr = (node: AdfNode, name: string): unknown => node.attrs?.[name];
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);

const PANEL_MACRO: Record<string, string> = { info: 'info', note: 'note', tip: 'tip', warning: 'warning', error: 'warning', success: 'tip' };

function macro(name: string, params: Record<string, string>, body: string): string {
  const p = Object.entries(params)
    .map(([k, v]) => `<ac:parameter ac:name="${escapeXml(k)}">${escapeXml(v)}</ac:parameter>`)
    .join('');
  return `<ac:structured-macro ac:name="${name}" ac:schema-version="1">${p}${body}</ac:structured-macro>`;
}

function convert(node: AdfNode): string {
  switch (node.type) {
    case 'text':
      return textWithMarks(node);
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(node, 'level')) || 1));
      return `<h${level}>${children(node)}</h${level}>`;
    }
    case 'hardBreak':
      return '<br />';
    case 'rule':
      return '<hr />';
    case 'blockquote':
      return `<blockquote>${children(node)}</blockquote>`;
    case 'bulletList':
      return `<ul>${children(node)}</ul>`;
    case 'orderedList':
      return `<ol>${children(node)}</ol>`;
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'table':
      return `<table><tbody>${children(node)}</tbody></table>`;
    case 'tableRow':
      return `<tr>${children(node)}</tr>`;
    case 'tableHeader':
      return `<th>${children(node)}</th>`;
    case 'tableCell':
      return `<td>${children(node)}</td>`;
    case 'codeBlock': {
      const code = (node.content ?? []).map((t) => t.text ?? '').join('').replace(/]]>/g, ']]]]><![CDATA[>');
      const lang = str(attr(node, 'language'));
      return macro('code', lang ? { language: lang } : {}, `<ac:plain-text-body><![CDATA[${code}]]></ac:plain-text-body>`);
    }
    case 'panel':
      return macro(PANEL_MACRO[str(attr(node, 'panelType'), 'info')] ?? 'info', {}, `<ac:rich-text-body>${children(node)}</ac:rich-text-body>`);
    case 'expand':
    case 'nestedExpand':
      return macro('expand', { title: str(attr(node, 'title')) }, `<ac:rich-text-body>${children(node)}</ac:rich-text-body>`);
    case 'taskList':
      return `<ac:task-list>${children(node)}</ac:task-list>`;
    case 'taskItem': {
      const status = attr(node, 'state') === 'DONE' ? 'complete' : 'incomplete';
      return `<ac:task><ac:task-status>${status}</ac:task-status><ac:task-body>${children(node)}</ac:task-body></ac:task>`;
    }
    case 'mention':
      return `<ac:link><ri:user ri:account-id="${escapeXml(str(attr(node, 'id')))}" /></ac:link>`;
    case 'emoji':
      return `<ac:emoticon ac:name="blue-star" ac:emoji-shortname="${escapeXml(str(attr(node, 'shortName')))}" ac:emoji-fallback="${escapeXml(str(attr(node, 'text')))}" />`;
    case 'status':
      return macro('status', { title: str(attr(node, 'text')), colour: str(attr(node, 'color'), 'neutral') }, '');
    case 'date': {
      const ts = Number(attr(node, 'timestamp'));
      return Number.isFinite(ts) ? `<time datetime="${new Date(ts).toISOString().slice(0, 10)}" />` : '';
    }
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard': {
      const url = str(attr(node, 'url'));
      return url ? `<a href="${escapeXml(url)}" data-card-appearance="${node.type === 'inlineCard' ? 'inline' : 'block'}">${escapeXml(url)}</a>` : '';
    }
    default:
      return children(node);
  }
}

const MARK_TAGS: Record<string, string> = { strong: 'strong', em: 'em', underline: 'u', strike: 's', code: 'code' };

function textWithMarks(node: AdfNode): string {
  let out = escapeXml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    const tag = MARK_TAGS[mark.type];
    if (tag) out = `<${tag}>${out}</${tag}>`;
    else if (mark.type === 'link') out = `<a href="${escapeXml(str(mark.attrs?.href))}">${out}</a>`;
    else if (mark.type === 'subsup') {
      const t = mark.attrs?.type === 'sup' ? 'sup' : 'sub';
      out = `<${t}>${out}</${t}>`;
    }
  }
  return out;
}
