import { describe, expect, it } from 'vitest';
import { formattingLocale, uiLanguageOf } from './languages.js';
import { createTranslator } from './translator.js';

describe('the locale picks the catalog', () => {
  it.each([
    ['de-DE', 'de'], ['de_CH', 'de'], ['fr-CA', 'fr'], ['pt_BR', 'pt'], ['pt-PT', 'pt'], ['nb-NO', 'no'], ['nn_NO', 'no'], ['no', 'no'],
    ['sv-SE', 'sv'], ['da-DK', 'da'], ['fi-FI', 'fi'], ['pl-PL', 'pl'], ['ru-RU', 'ru'], ['it-IT', 'it'], ['nl-NL', 'nl'], ['es-ES', 'es'], ['EN-gb', 'en'],
  ])('%s → %s', (locale, language) => {
    expect(uiLanguageOf(locale)).toBe(language);
  });

  it.each([['ja-JP'], ['tr_TR'], ['zh-Hans-CN'], [''], ['not a locale'], [undefined]])('%s → English', (locale) => {
    expect(uiLanguageOf(locale)).toBe('en');
    expect(createTranslator(locale).t('ourPick.title')).toBe('Our Pick');
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
  it('a German user sees German', () => {
    const { t, language, locale } = createTranslator('de-DE');
    expect([language, locale]).toEqual(['de', 'de-DE']);
    expect(t('ourPick.title')).toBe('Unsere Auswahl');
    expect(t('ourPick.apply')).toBe('Diese übernehmen');
    expect(t('large.pickCount', { count: 3, max: 20 })).toBe('3 von 20 Labels ausgewählt');
    expect(t('large.relevance', { relevance: 0.85 })).toBe('Relevanz 85\u00a0%');
  });

  it('Polish and Russian use all their plural forms', () => {
    const pl = createTranslator('pl-PL');
    expect([1, 2, 5, 12, 22, 25].map((excess) => pl.t('large.tooMany', { max: 20, excess }).split('Usuń ')[1])).toEqual([
      '1 etykietę, aby kontynuować.', '2 etykiety, aby kontynuować.', '5 etykiet, aby kontynuować.',
      '12 etykiet, aby kontynuować.', '22 etykiety, aby kontynuować.', '25 etykiet, aby kontynuować.',
    ]);
    const ru = createTranslator('ru');
    expect([1, 3, 5, 21].map((excess) => ru.t('large.tooMany', { max: 20, excess }).split('Удалите ')[1])).toEqual([
      '1 метку, чтобы продолжить.', '3 метки, чтобы продолжить.', '5 меток, чтобы продолжить.', '21 метку, чтобы продолжить.',
    ]);
    expect(ru.t('large.pickCount', { count: 4, max: 20 })).toBe('Выбрано 4 из 20 меток');
    expect(ru.t('ourPick.added', { count: 21, labels: 'a' })).toMatch(/^Добавлены метки: a\./);
    expect(ru.t('ourPick.added', { count: 1, labels: 'a' })).toMatch(/^Добавлена метка: a\./);
  });

  it('names languages and joins lists in the user’s language, sorted as that language sorts', () => {
    const de = createTranslator('de-DE');
    expect(de.languageName('ja')).toBe('Japanisch');
    expect(de.languageList(['fr', 'en', 'de'])).toBe('Deutsch, Englisch und Französisch');
    expect(de.list(['a', 'b', 'c'])).toBe('a, b und c');
    expect(createTranslator('fr-FR').languageName('ja')).toBe('japonais');
    expect(createTranslator('fi').languageList(['sv', 'fi'])).toBe('ruotsi ja suomi');
    expect(createTranslator('en').languageName('zz')).toBe('zz'); // no name known: the code
    expect(createTranslator('en').languageName('!')).toBe('!'); // not a code: as given
  });

  it('falls back to English when a message cannot be formatted, never throwing', () => {
    // A required argument missing: the German message fails, the English one fails too, the template is shown.
    expect(() => createTranslator('de').t('failure.supported')).not.toThrow();
  });
});
