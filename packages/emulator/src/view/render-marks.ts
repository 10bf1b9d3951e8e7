import type { AdfNode } from '../state/index.js';
import { escapeHtml, safeHref } from './html.js';

type Mark = NonNullable<AdfNode['marks']>[number];

const COLOR = /^#[0-9a-fA-F]{3,8}$/;

/** Wraps already-escaped text in the HTML of one ADF mark. Unknown marks leave the text as is. */
function wrap(inner: string, mark: Mark): string {
  const attrs = mark.attrs ?? {};
  switch (mark.type) {
    case 'strong':
      return `<strong>${inner}</strong>`;
    case 'em':
      return `<em>${inner}</em>`;
    case 'underline':
      return `<u>${inner}</u>`;
    case 'strike':
      return `<s>${inner}</s>`;
    case 'code':
      return `<code>${inner}</code>`;
    case 'subsup':
      return attrs['type'] === 'sup' ? `<sup>${inner}</sup>` : `<sub>${inner}</sub>`;
    case 'textColor':
      return typeof attrs['color'] === 'string' && COLOR.test(attrs['color']) ? `<span style="color:${attrs['color']}">${inner}</span>` : inner;
    case 'backgroundColor':
      return typeof attrs['color'] === 'string' && COLOR.test(attrs['color']) ? `<span style="background-color:${attrs['color']}">${inner}</span>` : inner;
    case 'link': {
      const href = safeHref(attrs['href']);
      if (!href) return inner;
      const external = /^https?:/i.test(href);
      return `<a href="${escapeHtml(href)}"${external ? ' rel="noopener noreferrer" target="_blank"' : ''}>${inner}</a>`;
    }
    default:
      return inner;
  }
}

// Links outermost, code innermost, so `[**x**](url)` nests as <a><strong>x</strong></a>.
const ORDER = ['link', 'textColor', 'backgroundColor', 'strong', 'em', 'underline', 'strike', 'subsup', 'code'];

/** Renders a text node with its marks; the text is escaped. */
export function renderText(node: AdfNode): string {
  const text = escapeHtml(node.text ?? '');
  const marks = [...(node.marks ?? [])].sort((a, b) => ORDER.indexOf(b.type) - ORDER.indexOf(a.type));
  return marks.reduce(wrap, text);
}
