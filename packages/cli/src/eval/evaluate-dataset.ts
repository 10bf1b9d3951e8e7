import { performance } from 'node:perf_hooks';
import { chooseOurPick, DEFAULT_PICK_RULE, toConfluenceLabel, type PageInput, type PickRule, type SuggestOptions, type SuggestResult } from '@labelup/engine';
import { expectedCalibrationError, precisionAbove, reliabilityBins, type CalibrationBin, type ScoredOutcome } from './calibration.js';
import type { KeyphraseDataset } from './dataset.js';
import { documentBytes, documentPage } from './document-page.js';
import { countAtK, macroAverage, microAverage, type DocumentCounts, type PrfAtK } from './metrics.js';
import { evaluationStemmer, normalizePhrase, normalizeRanked } from './normalize.js';

/** The engine entry point being evaluated (injectable for tests). */
export type SuggestFunction = (input: PageInput, options?: SuggestOptions) => SuggestResult;

/** Figures for one dataset, as printed by `labelup eval --json`. */
export interface DatasetReport {
  readonly docs: number;
  readonly micro: PrfAtK;
  readonly macro: PrfAtK;
  readonly ece: number;
  readonly precisionAbove70: number;
  readonly docsPerSecond: number;
  readonly mbPerSecond: number;
  readonly peakRssMb: number;
  /** Documents per wall-clock second (lower than `docsPerSecond` when the machine is shared). */
  readonly wallDocsPerSecond: number;
  /**
   * Our Pick (the engine's default rule) on pages with at least {@link PICK_MIN_WORDS} words: the share
   * of them where it is non-empty, the share of picked labels that are gold, and the pages counted.
   */
  readonly ourPick: { readonly pages: number; readonly nonEmpty: number; readonly precision: number; readonly labels: number };
  /** The reliability curve behind `ece` (10 bins). */
  readonly reliability: readonly CalibrationBin[];
}

/** Our Pick is measured on pages of at least this many words (the "pages with ≥ 100 words"). */
export const PICK_MIN_WORDS = 100;

/** Suggestions asked for per document: the largest cut-off measured. */
export const SUGGESTIONS_PER_DOCUMENT = 10;
/**
 * Warm-up before the timed pass: the engine runs over the dataset's documents (cycling) until it has
 * seen this many documents or spent {@link WARM_UP_CPU_MS} of CPU, whichever comes first, so that the
 * timed pass measures the steady state of a long-running process (V8's optimising compiler needs a few
 * hundred calls; a 20-document warm-up measured inspec-test at about half its steady-state speed).
 * The stem caches are warm after it too, as they are in a service that has processed pages before.
 */
export const WARM_UP_DOCUMENTS = 500;
/** CPU budget of the warm-up, in milliseconds. */
export const WARM_UP_CPU_MS = 2_000;

function warmUp(pages: readonly PageInput[], suggest: SuggestFunction, options: SuggestOptions): number {
  if (pages.length === 0) return 0;
  const started = process.cpuUsage();
  let calls = 0;
  while (calls < WARM_UP_DOCUMENTS) {
    suggest(pages[calls % pages.length]!, options);
    calls += 1;
    const cpu = process.cpuUsage(started);
    if ((cpu.user + cpu.system) / 1000 >= WARM_UP_CPU_MS) break;
  }
  return calls;
}

/**
 * Pages as in a Confluence space whose other pages are labelled: each page's `vocabulary` is the labels of
 * every other document of the set, with how many documents carry each (its own labels left out, so the
 * figure measures "prefer the space's labels", not "read the answer").
 */
function withSpaceVocabulary(dataset: KeyphraseDataset): PageInput[] {
  const labelsOf = dataset.documents.map((d) => [...new Set(d.keyphrases.map((k) => toConfluenceLabel(k)).filter((l): l is string => l !== undefined))]);
  const counts = new Map<string, number>();
  for (const labels of labelsOf) for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return dataset.documents.map((doc, i) => {
    const own = new Set(labelsOf[i]);
    const vocabulary = [...counts].flatMap(([label, count]) => {
      const others = own.has(label) ? count - 1 : count;
      return others > 0 ? [{ label, count: others }] : [];
    });
    return { ...documentPage(doc), vocabulary };
  });
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Runs the engine over every document, timing one full pass (CPU time of this single-threaded process)
 * after a warm-up ({@link WARM_UP_DOCUMENTS}, {@link WARM_UP_CPU_MS}),
 * then scores the suggestions (labels, `-` read as a space) against the gold keyphrases.
 */
export function evaluateDataset(dataset: KeyphraseDataset, suggest: SuggestFunction, pickRule: PickRule = DEFAULT_PICK_RULE, spaceVocabulary = false): DatasetReport {
  const options = { maxSuggestions: SUGGESTIONS_PER_DOCUMENT };
  const pages = spaceVocabulary ? withSpaceVocabulary(dataset) : dataset.documents.map(documentPage);
  warmUp(pages, suggest, options);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = pages.map((page) => suggest(page, options));
  const cpu = process.cpuUsage(cpuStarted);
  const wallSeconds = Math.max(1e-9, (performance.now() - started) / 1000);
  // One core: the engine is synchronous and single-threaded, so its CPU time is its one-core time,
  // and unlike wall time it does not count waiting for a shared machine's other processes.
  const seconds = Math.max(1e-9, (cpu.user + cpu.system) / 1e6);
  const bytes = dataset.documents.reduce((s, d) => s + documentBytes(d), 0);

  const at5: DocumentCounts[] = [];
  const at10: DocumentCounts[] = [];
  const outcomes: ScoredOutcome[] = [];
  const pick = { pages: 0, nonEmpty: 0, labels: 0, correct: 0 };
  dataset.documents.forEach((doc, i) => {
    const stem = evaluationStemmer(doc.lang);
    const gold = new Set(doc.keyphrases.map((k) => normalizePhrase(k, stem)).filter((k) => k.length > 0));
    const suggestions = results[i]!.suggestions;
    const predicted = normalizeRanked(suggestions.map((s) => s.label.replace(/-/gu, ' ')), stem);
    at5.push(countAtK(predicted, gold, 5));
    at10.push(countAtK(predicted, gold, 10));
    const isGold = (label: string): boolean => gold.has(normalizePhrase(label.replace(/-/gu, ' '), stem));
    for (const s of suggestions) outcomes.push({ relevance: s.relevance, correct: isGold(s.label) });
    if (wordCount(doc.text) >= PICK_MIN_WORDS) {
      const picked = chooseOurPick(suggestions, [], pickRule);
      pick.pages += 1;
      if (picked.length > 0) pick.nonEmpty += 1;
      pick.labels += picked.length;
      pick.correct += picked.filter((s) => isGold(s.label)).length;
    }
  });
  return {
    docs: dataset.documents.length,
    micro: microAverage(at5, at10),
    macro: macroAverage(at5, at10),
    ece: expectedCalibrationError(outcomes),
    precisionAbove70: precisionAbove(outcomes, 0.7),
    docsPerSecond: dataset.documents.length / seconds,
    mbPerSecond: bytes / 1e6 / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    wallDocsPerSecond: dataset.documents.length / wallSeconds,
    reliability: reliabilityBins(outcomes),
    ourPick: { pages: pick.pages, nonEmpty: pick.pages === 0 ? 0 : pick.nonEmpty / pick.pages, precision: pick.labels === 0 ? 0 : pick.correct / pick.labels, labels: pick.labels },
  };
}
