/**
 * Every catalog by language. All are in the bundle (about 8 kB each before compression): the locale is
 * known only after the host answers, and a second round trip for a catalog would show English first.
 */
import { en, type Catalog } from '../../messages.js';
import type { UiLanguage } from '../languages.js';
import { da } from './da.js';
import { de } from './de.js';
import { es } from './es.js';
import { fi } from './fi.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';

/** The catalog of each UI language. */
export const catalogs: Readonly<Record<UiLanguage, Catalog>> = { en, de, fr, es, pt, it, nl, ru, pl, sv, da, no, fi };
