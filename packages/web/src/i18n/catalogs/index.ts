/**
 * The catalogs by language. English is in the main bundle (the fallback, and the text shown before
 * the host has said which language to speak); each other language is its own chunk of about 2 kB
 * (gzip), fetched once the host has given the locale, so no one downloads twelve catalogs to read one.
 */
import { en, type Catalog } from '../../messages.js';
import type { UiLanguage } from '../languages.js';

const loaders: Readonly<Record<Exclude<UiLanguage, 'en'>, () => Promise<Catalog>>> = {
  de: () => import('./de.js').then((m) => m.de),
  fr: () => import('./fr.js').then((m) => m.fr),
  es: () => import('./es.js').then((m) => m.es),
  pt: () => import('./pt.js').then((m) => m.pt),
  it: () => import('./it.js').then((m) => m.it),
  nl: () => import('./nl.js').then((m) => m.nl),
  ru: () => import('./ru.js').then((m) => m.ru),
  pl: () => import('./pl.js').then((m) => m.pl),
  sv: () => import('./sv.js').then((m) => m.sv),
  da: () => import('./da.js').then((m) => m.da),
  no: () => import('./no.js').then((m) => m.no),
  fi: () => import('./fi.js').then((m) => m.fi),
};

/** The catalog of `language` (rejects when its chunk cannot be fetched). */
export function loadCatalog(language: UiLanguage): Promise<Catalog> {
  return language === 'en' ? Promise.resolve(en) : loaders[language]();
}
