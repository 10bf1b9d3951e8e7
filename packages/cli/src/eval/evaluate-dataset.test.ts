import { suggestLabels, type PageInput, type SuggestResult } from '@labelup/engine';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './dataset.js';
import { evaluateDataset, WARM_UP_DOCUMENTS } from './evaluate-dataset.js';

const doc = (id: string, title: string, text: string, keyphrases: string[]): string => JSON.stringify({ id, lang: 'en', title, text, keyphrases });
const dataset = parseDataset('tiny', [
  doc('1', 'Payment gateway outage', 'The payment gateway rejected card transactions after a certificate rotation. The payment gateway recovered after the certificate rotation was rolled back.', ['payment gateways', 'certificate rotation', 'absent phrase']),
  doc('2', 'Database migration', 'The customer database moves to a new database server. The database migration needs a backup of the customer database.', ['database migration', 'customer database']),
].join('\n'));

describe('evaluateDataset', () => {
  it('scores the real engine with stemmed exact match and reports speed and calibration', () => {
    const r = evaluateDataset(dataset, suggestLabels);
    expect(r.docs).toBe(2);
    expect(r.micro.r10).toBeGreaterThan(0.5); // "payment gateways" matches "payment gateway" after stemming
    for (const v of [...Object.values(r.micro), ...Object.values(r.macro), r.ece, r.precisionAbove70]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(r.docsPerSecond).toBeGreaterThan(0);
    expect(r.reliability).toHaveLength(10);
  });
  it('gives each page, with --space-vocabulary, the other documents\' labels with their counts and never its own', () => {
    const seen: { title?: string; vocabulary?: readonly { label: string; count: number }[] }[] = [];
    const spy = (page: PageInput): SuggestResult => {
      seen.push({ ...(page.title === undefined ? {} : { title: page.title }), ...(page.vocabulary === undefined ? {} : { vocabulary: page.vocabulary }) });
      return { language: 'en', diagnostics: [], suggestions: [] };
    };
    evaluateDataset(dataset, spy, undefined, true);
    const last = seen.slice(-2);
    expect(last[0]!.vocabulary!.map((v) => v.label).sort()).toEqual(['customer-database', 'database-migration']);
    expect(last[1]!.vocabulary!.map((v) => v.label).sort()).toEqual(['absent-phrase', 'certificate-rotation', 'payment-gateways']);
    expect(last[0]!.vocabulary!.every((v) => v.count === 1)).toBe(true);
  });
  it('reports Our Pick on pages of at least 100 words only', () => {
    const r = evaluateDataset(dataset, suggestLabels);
    expect(r.ourPick.pages).toBe(0);
  });
  it('counts exactly what a fixed engine returns (hand-computed)', () => {
    const fixed = (labels: string[]): SuggestResult => ({
      language: 'en', diagnostics: [],
      suggestions: labels.map((label, i) => ({ label, phrase: label, relevance: 0.9 - i * 0.1, fromVocabulary: false, evidence: { count: 1, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [], firstPosition: 0 } })),
    });
    let calls = 0;
    const answers: Record<string, string[]> = { 'Payment gateway outage': ['payment-gateway', 'outage'], 'Database migration': ['database-migrations', 'database-migration', 'server'] };
    const r = evaluateDataset(dataset, (page) => {
      calls += 1;
      return fixed(answers[page.title!]!);
    });
    // doc 1: 1 correct of 2, gold 3; doc 2: duplicates collapse → 1 correct of 2, gold 2.
    expect(r.micro.p10).toBeCloseTo(2 / 4, 10);
    expect(r.micro.r10).toBeCloseTo(2 / 5, 10);
    // A cheap engine never reaches the warm-up's CPU budget: the full warm-up count, then the timed pass.
    expect(calls).toBe(WARM_UP_DOCUMENTS + 2);
  });
});
