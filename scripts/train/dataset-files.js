// Reading the development keyphrase datasets for training (never the test sets: see assertNotTestSet).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the shared keyphrase datasets, seen from the repository. */
export const DATASETS = fileURLToPath(new URL('../../../shared/datasets/keyphrase/', import.meta.url));

/** Sets that are reported only: training or tuning on them is not allowed (docs/evaluation.md). */
export const REPORT_ONLY = new Set(['inspec-test', 'semeval2010-test', 'semeval2017', 'semeval2017-es-mt']);

/** Throws when asked to train on a test or report-only set. */
export function assertNotTestSet(name) {
  if (REPORT_ONLY.has(name)) throw new Error(`${name} is a test/report set: never train or tune on it`);
}

/** Reads one development dataset: [{id, lang, title, text, keyphrases}]. */
export function readDevelopmentSet(name) {
  assertNotTestSet(name);
  return readFileSync(`${DATASETS}${name}.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Deterministic split: about `share` of the documents (by a hash of the id) are held out. */
export function isHeldOut(id, share = 0.25) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  return (h % 1000) / 1000 < share;
}
