import type { LanguageData } from './features/feature-vector.js';
import type { Keyphraseness } from './features/keyphraseness.js';
import documentFrequencyEn from './features/document-frequency-en.json' with { type: 'json' };
import documentFrequencyFr from './features/document-frequency-fr.json' with { type: 'json' };
import documentFrequencyRu from './features/document-frequency-ru.json' with { type: 'json' };
import keyphrasenessEn from './features/keyphraseness-en.json' with { type: 'json' };
import keyphrasenessFr from './features/keyphraseness-fr.json' with { type: 'json' };
import keyphrasenessRu from './features/keyphraseness-ru.json' with { type: 'json' };
import { PAGE_FEATURE_NAMES } from './features/page-features.js';
import { checkRanker, type LogisticRanker, type RankerModels } from './rank/ranker-model.js';
import type { InputFormat } from './types.js';
import models from './rank/ranker-model.json' with { type: 'json' };

const shipped = models as RankerModels;
const withLanguageData = checkRanker(shipped.withLanguageData, 'withLanguageData');
const withoutLanguageData = checkRanker(shipped.withoutLanguageData, 'withoutLanguageData');
const page = shipped.page === undefined ? undefined : checkRanker(shipped.page, 'page', PAGE_FEATURE_NAMES);

/** Language data shipped with the engine, by language (built from development sets only). */
const LANGUAGE_DATA: Readonly<Record<string, LanguageData>> = {
  en: { documentFrequency: documentFrequencyEn, keyphraseness: keyphrasenessEn as unknown as Keyphraseness },
  fr: { documentFrequency: documentFrequencyFr, keyphraseness: keyphrasenessFr as unknown as Keyphraseness },
  ru: { documentFrequency: documentFrequencyRu, keyphraseness: keyphrasenessRu as unknown as Keyphraseness },
};

/**
 * The trained rankers and the language data for a language and body format. Pages — ADF, storage, HTML,
 * Markdown: what Confluence and documentation hold — get the documentation ranker; plain text (abstracts,
 * papers, news: the keyphrase sets) the prose rankers, with the language data where there is some.
 */
export function rankingDataFor(language: string, format: InputFormat = 'text'): { ranker: LogisticRanker; languageData?: LanguageData; pageRanker?: LogisticRanker } {
  const languageData = Object.hasOwn(LANGUAGE_DATA, language) ? LANGUAGE_DATA[language] : undefined;
  const prose = languageData ? { ranker: withLanguageData, languageData } : { ranker: withoutLanguageData };
  return page !== undefined && format !== 'text' ? { ...prose, pageRanker: page } : prose;
}
