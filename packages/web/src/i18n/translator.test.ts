import { describe, expect, it } from 'vitest';
import { formattingLocale, uiLanguageOf } from './languages.js';
import { loadTranslator } from './translator.js';

describe('the locale picks the catalog', () => {
  it.each([
    ['de-DE', 'de'], ['de_CH', 'de'], ['fr-CA', 'fr'], ['pt_BR', 'pt'], ['pt-PT', 'pt'], ['nb-NO', 'no'], ['nn_NO', 'no'], ['no', 'no'],
    ['sv-SE', 'sv'], ['da-DK', 'da'], ['fi-FI', 'fi'], ['pl-PL', 'pl'], ['ru-RU', 'ru'], ['it-IT', 'it'], ['nl-NL', 'nl'], ['es-ES', 'es'], ['EN-gb', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(uiLanguageOf(locale)).toBe(language);
  });

  it.each([['ja-JP'], ['tr_TR'], ['zh-Hans-CN'], [''], ['not a locale'], [undefined]])('%s → English', async (locale) => {
    expect(uiLanguageOf(locale)).toBe('en');
    expect((await loadTranslator(locale)).t('ourPick.title')).toBe('Our Pick');
  });

  it('formats numbers and lists in the host locale when its language has a catalog', () => {
    expect(formattingLocale('pt_BR')).toBe('pt-BR');
    expect(formattingLocale('de-CH')).toBe('de-CH');
    expect(formattingLocale('nb-NO')).toBe('nb-NO');
    expect(formattingLocale('en_GB')).toBe('en-GB');
    expect(formattingLocale('ja-JP')).toBe('en');
    expect(formattingLocale(undefined)).toBe('en');
  });
});

describe('createTranslator', () => {
  it('a German user sees German', async () => {
    const { t, language, locale } = await loadTranslator('de-DE');
    expect([language, locale]).toEqual(['de', 'de-DE']);
    expect(t('ourPick.title')).toBe('Unsere Auswahl');
    expect(t('ourPick.apply')).toBe('Diese übernehmen');
    expect(t('large.pickCount', { count: 3, max: 20 })).toBe('3 von 20 Labels ausgewählt');
    expect(t('large.relevance', { relevance: 0.85 })).toBe('Relevanz 85\u00a0%');
  });

  it('Polish and Russian use all their plural forms', async () => {
    const pl = await loadTranslator('pl-PL');
    expect([1, 2, 5, 12, 22, 25].map((excess) => pl.t('large.tooMany', { max: 20, excess }).split('Usuń ')[1])).toEqual([
      '1 etykietę, aby kontynuować.', '2 etykiety, aby kontynuować.', '5 etykiet, aby kontynuować.',
      '12 etykiet, aby kontynuować.', '22 etykiety, aby kontynuować.', '25 etykiet, aby kontynuować.',
    ]);
    const ru = await loadTranslator('ru');
    expect([1, 3, 5, 21].map((excess) => ru.t('large.tooMany', { max: 20, excess }).split('Удалите ')[1])).toEqual([
      '1 метку, чтобы продолжить.', '3 метки, чтобы продолжить.', '5 меток, чтобы продолжить.', '21 метку, чтобы продолжить.',
    ]);
    expect(ru.t('large.pickCount', { count: 4, max: 20 })).toBe('Выбрано 4 из 20 меток');
    expect(ru.t('ourPick.added', { count: 21, labels: 'a' })).toMatch(/^Добавлены метки: a\./);
    expect(ru.t('ourPick.added', { count: 1, labels: 'a' })).toMatch(/^Добавлена метка: a\./);
  });

  it('names languages and joins lists in the user’s language, sorted as that language sorts', async () => {
    const de = await loadTranslator('de-DE');
    expect(de.languageName('ja')).toBe('Japanisch');
    expect(de.languageList(['fr', 'en', 'de'])).toBe('Deutsch, Englisch und Französisch');
    expect(de.list(['a', 'b', 'c'])).toBe('a, b und c');
    expect((await loadTranslator('fr-FR')).languageName('ja')).toBe('japonais');
    expect((await loadTranslator('fi')).languageList(['sv', 'fi'])).toBe('ruotsi ja suomi');
    const en = await loadTranslator('en');
    expect(en.languageName('zz')).toBe('zz'); // no name known: the code
    expect(en.languageName('!')).toBe('!'); // not a code: as given
  });

  it('falls back to English when a message cannot be formatted, never throwing', async () => {
    // A required argument missing: the German message fails, the English one fails too, the template is shown.
    const de = await loadTranslator('de');
    expect(() => de.t('failure.supported')).not.toThrow();
  });

  it('speaks English when the catalog of the language cannot be fetched', async () => {
    const offline = await loadTranslator('de-DE', () => Promise.reject(new Error('chunk failed')));
    expect([offline.language, offline.t('ourPick.title')]).toEqual(['en', 'Our Pick']);
  });
});
