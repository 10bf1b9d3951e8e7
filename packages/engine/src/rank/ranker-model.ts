import { FEATURE_NAMES } from '../features/feature-vector.js';

/**
 * A logistic-regression ranker as shipped in `rank/ranker-model.json` (written by
 * `scripts/train/train-ranker.js`): features are standardised, weighted and summed into a logit.
 */
export interface LogisticRanker {
  readonly features: readonly string[];
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
  /** Platt scaling fitted on held-out development documents: relevance = σ(a·logit + b). */
  readonly calibration: { readonly a: number; readonly b: number };
}

/** The shipped models: one for languages with shipped language data, one for the others. */
export interface RankerModels {
  /** What the models and language data were trained on, for the record. */
  readonly trainedOn: Readonly<Record<string, readonly string[]>>;
  readonly withLanguageData: LogisticRanker;
  readonly withoutLanguageData: LogisticRanker;
  /**
   * The documentation ranker for pages (ADF, storage, HTML, Markdown): trained on documentation pages with
   * their authors' tags, features from the page and the language's lexicon only (PAGE_FEATURE_NAMES).
   */
  readonly page?: LogisticRanker;
}

/** Checks a model read from JSON against the feature list of this build; throws on mismatch. */
export function checkRanker(model: LogisticRanker, name: string, names: readonly string[] = FEATURE_NAMES): LogisticRanker {
  const expected = names.join(',');
  if (model.features.join(',') !== expected) throw new Error(`ranker ${name}: feature list differs from this build`);
  const n = names.length;
  if (model.mean.length !== n || model.scale.length !== n || model.weights.length !== n) {
    throw new Error(`ranker ${name}: expected ${n} weights`);
  }
  return model;
}

/** The ranker's logit for one feature vector (higher = more likely a keyphrase). */
export function logit(model: LogisticRanker, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i += 1) z += (model.weights[i]! * (x[i]! - model.mean[i]!)) / model.scale[i]!;
  return z;
}
