import type { LanguageData } from './features/feature-vector.js';
import type { Keyphraseness } from './features/keyphraseness.js';
import documentFrequencyEn from './features/document-frequency-en.json' with { type: 'json' };
import documentFrequencyFr from './features/document-frequency-fr.json' with { type: 'json' };
import documentFrequencyRu from './features/document-frequency-ru.json' with { type: 'json' };
import keyphrasenessEn from './features/keyphraseness-en.json' with { type: 'json' };
import keyphrasenessFr from './features/keyphraseness-fr.json' with { type: 'json' };
import keyphrasenessRu from './features/keyphraseness-ru.json' with { type: 'json' };
import { checkRanker, type LogisticRanker, type RankerModels } from './rank/ranker-model.js';
import models from './rank/ranker-model.json' with { type: 'json' };

const shipped = models as RankerModels;
const withLanguageData = checkRanker(shipped.withLanguageData, 'withLanguageData');
const withoutLanguageData = checkRanker(shipped.withoutLanguageData, 'withoutLanguageData');

/** Language data shipped with the engine, by language (built from development sets only). */
const LANGUAGE_DATA: Readonly<Record<string, LanguageData>> = {
  en: { documentFrequency: documentFrequencyEn, keyphraseness: keyphrasenessEn as unknown as Keyphraseness },
  fr: { documentFrequency: documentFrequencyFr, keyphraseness: keyphrasenessFr as unknown as Keyphraseness },
  ru: { documentFrequency: documentFrequencyRu, keyphraseness: keyphrasenessRu as unknown as Keyphraseness },
};

/** The trained ranker and the language data for a language. */
export function rankingDataFor(language: string): { ranker: LogisticRanker; languageData?: LanguageData } {
  const languageData = Object.hasOwn(LANGUAGE_DATA, language) ? LANGUAGE_DATA[language] : undefined;
  return languageData ? { ranker: withLanguageData, languageData } : { ranker: withoutLanguageData };
}
