/**
 * The translator of the open dialog, for every component below `I18nProvider`. The root makes it from
 * the locale the host adapter reports (`Host.getLocale`), so components never read a global locale.
 * Without a provider (tests of one component) they speak English.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { en } from '../messages.js';
import { createTranslator, type Translator } from './translator.js';

/** The English translator, the context's default. */
export const englishTranslator: Translator = createTranslator('en', en);

/** The translator in use. */
export const I18nContext = createContext<Translator>(englishTranslator);

/** Provides `translator` to the dialog below. */
export function I18nProvider({ translator, children }: { readonly translator: Translator; readonly children: ReactNode }) {
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The translator of the dialog this component is in. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
