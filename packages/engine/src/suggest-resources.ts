import type { DocumentFrequency } from './features/document-frequency.js';
import documentFrequencyEn from './features/document-frequency-en.json' with { type: 'json' };
import { checkRanker, type LogisticRanker, type RankerModels } from './rank/ranker-model.js';
import models from './rank/ranker-model.json' with { type: 'json' };

const shipped = models as RankerModels;
const withIdf = checkRanker(shipped.withIdf, 'withIdf');
const withoutIdf = checkRanker(shipped.withoutIdf, 'withoutIdf');

/** Document-frequency tables shipped with the engine, by language (built from development sets). */
const DOCUMENT_FREQUENCY: Readonly<Record<string, DocumentFrequency>> = { en: documentFrequencyEn as DocumentFrequency };

/** The trained ranker and document-frequency table for a language. */
export function rankingDataFor(language: string): { ranker: LogisticRanker; documentFrequency?: DocumentFrequency } {
  const documentFrequency = Object.hasOwn(DOCUMENT_FREQUENCY, language) ? DOCUMENT_FREQUENCY[language] : undefined;
  return documentFrequency ? { ranker: withIdf, documentFrequency } : { ranker: withoutIdf };
}
