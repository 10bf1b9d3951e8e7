import type { AdfNode } from '../state/index.js';
import { SafeHtml, escapeHtml, safeHref } from './html.js';
import { renderText } from './render-marks.js';

/** Options of {@link renderAdf}. */
export interface RenderAdfOptions {
  /** Display name for a mention without `attrs.text` (Confluence looks the account up). */
  displayName?: (accountId: string) => string | undefined;
}

const PANEL_TYPES = new Set(['info', 'note', 'tip', 'warning', 'error', 'success', 'custom']);
const STATUS_COLORS = new Set(['neutral', 'purple', 'blue', 'red', 'yellow', 'green']);
const ICONS: Record<string, string> = { info: 'ℹ️', note: '📝', tip: '💡', warning: '⚠️', error: '⛔', success: '✅', custom: '📌' };

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const attr = (node: AdfNode, key: string): unknown => node.attrs?.[key];

/**
 * Renders an ADF document to HTML as the Confluence page view shows it. Everything from the document is
 * escaped; link targets are restricted to http(s)/mailto/site-relative; unknown nodes render their
 * children inside `<div class="adf-unknown" data-type>` so nothing is silently lost.
 */
export function renderAdf(doc: AdfNode, options: RenderAdfOptions = {}): SafeHtml {
  const children = (node: AdfNode): string => (node.content ?? []).map(one).join('');

  function one(node: AdfNode): string {
    if (!node || typeof node !== 'object' || typeof node.type !== 'string') return '';
    switch (node.type) {
      case 'doc':
        return children(node);
      case 'text':
        return renderText(node);
      case 'paragraph':
        return `<p>${children(node)}</p>`;
      case 'hardBreak':
        return '<br>';
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(attr(node, 'level')) || 1));
        return `<h${level}>${children(node)}</h${level}>`;
      }
      case 'blockquote':
        return `<blockquote>${children(node)}</blockquote>`;
      case 'rule':
        return '<hr>';
      case 'panel': {
        const type = str(attr(node, 'panelType'));
        const kind = PANEL_TYPES.has(type) ? type : 'info';
        return `<div class="panel panel-${kind}" data-panel-type="${kind}"><span class="panel-icon" aria-hidden="true">${ICONS[kind]}</span><div class="panel-body">${children(node)}</div></div>`;
      }
      case 'expand':
      case 'nestedExpand':
        return `<details class="expand"><summary>${escapeHtml(str(attr(node, 'title')) || 'Click here to expand…')}</summary>${children(node)}</details>`;
      case 'codeBlock': {
        const lang = str(attr(node, 'language'));
        const text = (node.content ?? []).map((t) => t.text ?? '').join('');
        const cls = /^[\w+#.-]{1,32}$/.test(lang) ? ` class="language-${escapeHtml(lang)}" data-language="${escapeHtml(lang)}"` : '';
        return `<pre class="code-block"><code${cls}>${escapeHtml(text)}</code></pre>`;
      }
      case 'bulletList':
        return `<ul>${children(node)}</ul>`;
      case 'orderedList': {
        const start = Number(attr(node, 'order'));
        return `<ol${Number.isInteger(start) && start > 1 ? ` start="${start}"` : ''}>${children(node)}</ol>`;
      }
      case 'listItem':
        return `<li>${children(node)}</li>`;
      case 'taskList':
        return `<ul class="task-list">${children(node)}</ul>`;
      case 'taskItem':
      case 'blockTaskItem': {
        const done = attr(node, 'state') === 'DONE';
        return `<li class="task${done ? ' task-done' : ''}"><input type="checkbox" disabled${done ? ' checked' : ''}> <span>${children(node)}</span></li>`;
      }
      case 'decisionList':
        return `<ul class="decision-list">${children(node)}</ul>`;
      case 'decisionItem':
        return `<li class="decision"><span class="decision-icon" aria-hidden="true">↳</span> ${children(node)}</li>`;
      case 'table':
        return `<div class="table-wrap"><table>${children(node)}</table></div>`;
      case 'tableRow':
        return `<tr>${children(node)}</tr>`;
      case 'tableHeader':
      case 'tableCell': {
        const tag = node.type === 'tableHeader' ? 'th' : 'td';
        const span = (k: string): string => {
          const n = Number(attr(node, k));
          return Number.isInteger(n) && n > 1 ? ` ${k}="${n}"` : '';
        };
        return `<${tag}${span('colspan')}${span('rowspan')}>${children(node)}</${tag}>`;
      }
      case 'mention': {
        const id = str(attr(node, 'id'));
        const label = str(attr(node, 'text')) || `@${options.displayName?.(id) ?? 'Unknown user'}`;
        return `<span class="mention" data-account-id="${escapeHtml(id)}">${escapeHtml(label.startsWith('@') ? label : `@${label}`)}</span>`;
      }
      case 'emoji': {
        const text = str(attr(node, 'text')) || str(attr(node, 'shortName'));
        return `<span class="emoji" title="${escapeHtml(str(attr(node, 'shortName')))}">${escapeHtml(text)}</span>`;
      }
      case 'status': {
        const color = str(attr(node, 'color'));
        return `<span class="status status-${STATUS_COLORS.has(color) ? color : 'neutral'}">${escapeHtml(str(attr(node, 'text')))}</span>`;
      }
      case 'date': {
        const ms = Number(attr(node, 'timestamp'));
        const iso = Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
        return `<time class="date" datetime="${iso}">${iso}</time>`;
      }
      case 'inlineCard':
      case 'blockCard':
      case 'embedCard': {
        const href = safeHref(attr(node, 'url'));
        const link = href ? `<a class="smart-link" href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">${escapeHtml(href)}</a>` : '<span class="smart-link">(link)</span>';
        return node.type === 'inlineCard' ? link : `<div class="card">${link}</div>`;
      }
      case 'mediaSingle':
      case 'mediaGroup':
        return `<div class="media-group">${children(node)}</div>`;
      case 'media':
      case 'mediaInline': {
        const alt = str(attr(node, 'alt')) || str(attr(node, 'id')) || 'attachment';
        return `<span class="media-placeholder" role="img" aria-label="${escapeHtml(alt)}">🖼 ${escapeHtml(alt)}</span>`;
      }
      case 'extension':
      case 'inlineExtension':
      case 'bodiedExtension':
        return `<div class="extension" data-extension-key="${escapeHtml(str(attr(node, 'extensionKey')))}">Macro: ${escapeHtml(str(attr(node, 'extensionKey')) || 'unknown')}${children(node)}</div>`;
      case 'layoutSection':
        return `<div class="layout-section">${children(node)}</div>`;
      case 'layoutColumn':
        return `<div class="layout-column">${children(node)}</div>`;
      case 'placeholder':
        return `<span class="placeholder">${escapeHtml(str(attr(node, 'text')))}</span>`;
      default:
        return `<div class="adf-unknown" data-type="${escapeHtml(node.type)}">${children(node)}</div>`;
    }
  }

  return new SafeHtml(one(doc));
}
