/**
 * "Why" a label is suggested: the evidence of a suggestion as sentences from the message catalog.
 */
import type { SuggestedLabel } from '../../core/src/contract.js';
import { t } from './messages.js';

/** One sentence per piece of evidence, strongest signals first. */
export function describeEvidence(evidence: SuggestedLabel['evidence'], uiLanguage = 'en'): string[] {
  const list = (items: readonly (string | number)[]) =>
    new Intl.ListFormat(uiLanguage, { style: 'long', type: 'conjunction' }).format(items.map(String));
  const lines: string[] = [];
  if (evidence.kind) {
    // A document kind (post-mortem, runbook…) is read from the title and the headings, not counted.
    if (evidence.kind.signals.includes('title')) lines.push(t('why.kind.title'));
    if (evidence.kind.signals.includes('headings')) lines.push(t('why.kind.headings'));
    return lines;
  }
  if (evidence.inTitle) lines.push(t('why.title'));
  if (evidence.headingLevels.length > 0) lines.push(t('why.headings', { levels: list(evidence.headingLevels) }));
  if (evidence.panelTypes.length > 0) lines.push(t('why.panels', { panels: list(evidence.panelTypes) }));
  if (evidence.inExpand) lines.push(t('why.expand'));
  if (evidence.emphasis.length > 0) lines.push(t('why.emphasis', { marks: list(evidence.emphasis) }));
  lines.push(evidence.count === 1 ? t('why.countOnce') : t('why.count', { count: evidence.count }));
  return lines;
}
