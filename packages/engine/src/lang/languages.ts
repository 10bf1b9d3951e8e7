import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as porter } from 'stemmer';
import { createLanguageKit } from './language-kit.js';
import { stemPolish } from './polish-stemmer.js';
import { stopwords as da } from './stopwords/da.js';
import { stopwords as de } from './stopwords/de.js';
import { stopwords as en } from './stopwords/en.js';
import { stopwords as es } from './stopwords/es.js';
import { stopwords as fi } from './stopwords/fi.js';
import { stopwords as fr } from './stopwords/fr.js';
import { stopwords as it } from './stopwords/it.js';
import { stopwords as nl } from './stopwords/nl.js';
import { stopwords as no } from './stopwords/no.js';
import { stopwords as pl } from './stopwords/pl.js';
import { stopwords as pt } from './stopwords/pt.js';
import { stopwords as ru } from './stopwords/ru.js';
import { stopwords as sv } from './stopwords/sv.js';
import type { LanguageKit } from './types.js';

/**
 * The kits of the supported languages. English uses Porter (1980), as the evaluation normalises
 * English with Porter; Polish, which has no Snowball algorithm, a light stemmer of ours
 * (`polish-stemmer.ts`); the others their Snowball stemmer (@orama/stemmers).
 */
const KITS: readonly LanguageKit[] = [
  createLanguageKit({ code: 'en', name: 'English', stopwords: en, stem: porter }),
  createLanguageKit({ code: 'de', name: 'German', stopwords: de, stem: german }),
  createLanguageKit({ code: 'fr', name: 'French', stopwords: fr, stem: french }),
  createLanguageKit({ code: 'es', name: 'Spanish', stopwords: es, stem: spanish }),
  createLanguageKit({ code: 'pt', name: 'Portuguese', stopwords: pt, stem: portuguese }),
  createLanguageKit({ code: 'it', name: 'Italian', stopwords: it, stem: italian }),
  createLanguageKit({ code: 'nl', name: 'Dutch', stopwords: nl, stem: dutch }),
  createLanguageKit({ code: 'ru', name: 'Russian', stopwords: ru, stem: russian }),
  createLanguageKit({ code: 'pl', name: 'Polish', stopwords: pl, stem: stemPolish }),
  createLanguageKit({ code: 'sv', name: 'Swedish', stopwords: sv, stem: swedish }),
  createLanguageKit({ code: 'da', name: 'Danish', stopwords: da, stem: danish }),
  createLanguageKit({ code: 'no', name: 'Norwegian', stopwords: no, stem: norwegian }),
  createLanguageKit({ code: 'fi', name: 'Finnish', stopwords: fi, stem: finnish }),
];

const BY_CODE: ReadonlyMap<string, LanguageKit> = new Map(KITS.map((kit) => [kit.code, kit]));

/** ISO 639-1 codes of the languages Label UP! suggests labels in. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(KITS.map((kit) => kit.code));

/** Codes that name a supported language under another code: Bokmål (`nb`, as in the locale `nb-NO`) is `no`, the code the detector returns. */
const ALIASES: Readonly<Record<string, string>> = { nb: 'no' };

/**
 * The kit of a supported language, or `undefined`. Takes an ISO 639-1 code or a locale / BCP 47 tag
 * whose primary subtag is one (`de`, `DE`, `de-CH`, `pt_BR`, `nb-NO` for Norwegian), case-insensitive.
 */
export function getLanguageKit(code: string): LanguageKit | undefined {
  if (typeof code !== 'string') return undefined;
  const primary = /^([a-z]{2})(?:[-_][0-9a-z]{1,8})*$/i.exec(code.trim());
  if (!primary) return undefined;
  const language = primary[1]!.toLowerCase();
  return BY_CODE.get(ALIASES[language] ?? language);
}
