import { describe, expect, it } from 'vitest';
import { describeEvidence } from './evidence.js';
import { createTranslator, loadTranslator } from './i18n/translator.js';
import { en } from './messages.js';

const english = createTranslator('en', en);

describe('describeEvidence', () => {
  it('says where a label occurs, strongest signals first', () => {
    expect(describeEvidence({ count: 4, inTitle: true, headingLevels: [1, 2], panelTypes: ['info'], inExpand: true, emphasis: ['em', 'strong'] }, english)).toEqual([
      'In the title.',
      'In headings of level 1 and 2.',
      'In info panels.',
      'In an expand.',
      'Emphasised with italics and bold.',
      'Appears 4 times on the page.',
    ]);
  });

  it('says "once" for a single occurrence', () => {
    expect(describeEvidence({ count: 1, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [] }, english)).toEqual(['Appears once on the page.']);
  });

  it('speaks the translator\'s language: panel types, marks and counts included', async () => {
    const german = await loadTranslator('de-DE');
    expect(describeEvidence({ count: 3, inTitle: false, headingLevels: [2, 3], panelTypes: ['warning', 'custom'], inExpand: false, emphasis: ['strong', 'link'] }, german)).toEqual([
      'In Überschriften der Ebene 2 und 3.',
      'In Panels vom Typ Warnung und custom.',
      'Hervorgehoben durch Fettdruck und einen Link.',
      'Kommt 3-mal auf der Seite vor.',
    ]);
    const russian = await loadTranslator('ru-RU');
    const times = (count: number) => describeEvidence({ count, inTitle: false, headingLevels: [], panelTypes: [], inExpand: false, emphasis: [] }, russian)[0];
    expect([1, 2, 5, 21, 22].map(times)).toEqual([
      'Встречается на странице один раз.',
      'Встречается на странице 2 раза.',
      'Встречается на странице 5 раз.',
      'Встречается на странице 21 раз.',
      'Встречается на странице 22 раза.',
    ]);
  });
});
