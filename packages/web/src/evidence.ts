/**
 * "Why" a label is suggested: the evidence of a suggestion as sentences from the message catalog,
 * in the language of the translator given (panel types and marks named in that language too).
 */
import type { SuggestedLabel } from '../../service/src/api/contract.js';
import type { Translator } from './i18n/translator.js';
import type { MessageKey } from './messages.js';

const panelKeys: Readonly<Record<string, MessageKey>> = { info: 'panel.info', note: 'panel.note', tip: 'panel.tip', warning: 'panel.warning', error: 'panel.error', success: 'panel.success' };
const markKeys: Readonly<Record<string, MessageKey>> = { strong: 'mark.strong', em: 'mark.em', underline: 'mark.underline', link: 'mark.link' };

/** One sentence per piece of evidence, strongest signals first. */
export function describeEvidence(evidence: SuggestedLabel['evidence'], { t, list }: Pick<Translator, 't' | 'list'>): string[] {
  // A type the catalog does not name (a custom panel) is shown as Confluence stores it.
  const named = (keys: Readonly<Record<string, MessageKey>>, items: readonly string[]) => items.map((i) => (Object.hasOwn(keys, i) ? t(keys[i] as MessageKey) : i));
  const lines: string[] = [];
  if (evidence.kind) {
    // A document kind (post-mortem, runbook…) is read from the title and the headings, not counted.
    if (evidence.kind.signals.includes('title')) lines.push(t('why.kind.title'));
    if (evidence.kind.signals.includes('headings')) lines.push(t('why.kind.headings'));
    return lines;
  }
  if (evidence.inTitle) lines.push(t('why.title'));
  if (evidence.headingLevels.length > 0) lines.push(t('why.headings', { levels: list(evidence.headingLevels) }));
  if (evidence.panelTypes.length > 0) lines.push(t('why.panels', { panels: list(named(panelKeys, evidence.panelTypes)) }));
  if (evidence.inExpand) lines.push(t('why.expand'));
  if (evidence.emphasis.length > 0) lines.push(t('why.emphasis', { marks: list(named(markKeys, evidence.emphasis)) }));
  lines.push(t('why.count', { count: evidence.count }));
  return lines;
}
