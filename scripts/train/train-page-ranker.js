// Trains the documentation ranker ("page" in rank/ranker-model.json) on the documentation development
// sets (../shared/datasets/docs: pages with their authors' tags) and prints cross-validated figures:
//   - 5-fold cross-validation over the pooled pages (folds by a hash of set + id): each page is scored by
//     a model that never saw it; the Platt calibration is fitted on these out-of-fold scores;
//   - leave-one-source-out: each set scored by a model trained on the other two (how the engine does on a
//     documentation source it has never seen — what the independent evaluation measures).
// F1 here runs the engine's own pipeline (candidates, ranker, selection, label rules) at top 10.
// Usage: node scripts/train/train-page-ranker.js [--write]   (build the engine and cli first)
import { random } from './random.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLabelResolver, extractCandidates, isHeadFirst, kitFor, lexiconFor, mostFrequentSurface, pageBlocks, pageFeatureVector, PAGE_FEATURE_NAMES, rankPhrases, selectSuggestions } from './engine-parts.js';
import { fitLogistic, fitPlatt } from './logistic.js';
import { isHeldOut } from './dataset-files.js';

const cli = new URL('../../packages/cli/dist/eval/', import.meta.url);
const { evaluationStemmer, normalizePhrase } = await import(new URL('normalize.js', cli).href);
const DOCS = fileURLToPath(new URL('../../../shared/datasets/docs/', import.meta.url));
export const PAGE_PLAN = {
  sets: ['hetzner-tutorials-en', 'hugo-docs', '18f-blog'],
  l2: 3,
  maxNegativesPerDoc: 300,
  folds: 5,
};
const write = process.argv.includes('--write');

const rand = random(7);

const docs = [];
for (const set of PAGE_PLAN.sets) {
  const lines = readFileSync(`${DOCS}${set}.jsonl`, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  for (const doc of lines) {
    const kit = kitFor(doc.lang);
    const stem = evaluationStemmer(doc.lang);
    const gold = new Set(doc.keyphrases.map((k) => normalizePhrase(k, stem)).filter((k) => k));
    const blocks = pageBlocks(doc);
    const cset = extractCandidates(blocks, kit);
    const ctx = { set: cset, lexicon: lexiconFor(kit.code), headFirst: isHeadFirst(kit.code), connectorFeature: kit.code === 'en' };
    const all = [...cset.candidates.values()].map((c) => ({ x: pageFeatureVector(c, ctx), y: gold.has(normalizePhrase(mostFrequentSurface(c), stem)) ? 1 : 0 }));
    const negatives = all.filter((r) => !r.y).length;
    const keepRate = Math.min(1, PAGE_PLAN.maxNegativesPerDoc / Math.max(1, negatives));
    const rows = all.filter((r) => r.y || keepRate === 1 || rand() < keepRate);
    let fold = 0;
    for (let f = 1; f < PAGE_PLAN.folds; f += 1) if (isHeldOut(`f${f}:${set}:${doc.id}`, 1 / (PAGE_PLAN.folds - f + 1))) { fold = f; break; }
    docs.push({ set, doc, kit, stem, gold, blocks, rows, keepRate, fold, weight: 1 / lines.length });
  }
  console.error(`collected ${set}`);
}

function train(filter) {
  const rows = [];
  for (const d of docs) if (filter(d)) for (const r of d.rows) rows.push({ x: r.x, y: r.y, w: r.y ? d.weight : d.weight / d.keepRate });
  const total = rows.reduce((s, r) => s + r.w, 0);
  for (const r of rows) r.w *= rows.length / total;
  return { features: [...PAGE_FEATURE_NAMES], ...fitLogistic(rows, { l2: PAGE_PLAN.l2 }), calibration: { a: 1, b: 0 } };
}

/** Runs the engine's pipeline with `model` on a page: top-10 suggestions as { s, y }. */
function suggest(d, model) {
  const ranking = rankPhrases(d.blocks, { kit: d.kit, ranker: model, pageRanker: model });
  const resolver = createLabelResolver({ kit: d.kit, existingLabels: [], vocabulary: [] });
  const top = selectSuggestions(ranking.phrases, { maxSuggestions: 10, minRelevance: 0, resolver });
  return top.map((s) => ({ s: Math.log(s.relevance / (1 - s.relevance)), y: d.gold.has(normalizePhrase(s.label.replace(/-/gu, ' '), d.stem)) ? 1 : 0 }));
}

function f1(results) {
  const r = { c5: 0, p5: 0, c10: 0, p10: 0, g: 0 };
  for (const { top, gold } of results) {
    const seen = new Set();
    r.g += gold;
    top.forEach((t, i) => {
      if (i < 5) { r.p5 += 1; r.c5 += t.y; }
      r.p10 += 1; r.c10 += t.y;
    });
    void seen;
  }
  const f = (c, p) => (c === 0 ? 0 : (2 * (c / p) * (c / r.g)) / (c / p + c / r.g));
  return { f5: +f(r.c5, r.p5).toFixed(4), f10: +f(r.c10, r.p10).toFixed(4) };
}

// 5-fold CV (pooled)
const oof = new Map();
for (let f = 0; f < PAGE_PLAN.folds; f += 1) {
  const model = train((d) => d.fold !== f);
  for (const d of docs) if (d.fold === f) oof.set(d, suggest(d, model));
  console.error(`fold ${f} done`);
}
const points = [...oof].flatMap(([d, top]) => top.map((t) => ({ s: t.s, y: t.y, w: d.weight })));
const calibration = fitPlatt(points);
const ece = (items) => {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, rel: 0, hit: 0 }));
  for (const t of items) {
    const rel = 1 / (1 + Math.exp(-(calibration.a * t.s + calibration.b)));
    const b = bins[Math.min(9, Math.floor(rel * 10))];
    b.n += 1; b.rel += rel; b.hit += t.y;
  }
  const n = items.length;
  return +bins.reduce((s, b) => s + (b.n ? (b.n / n) * Math.abs(b.rel / b.n - b.hit / b.n) : 0), 0).toFixed(4);
};
const report = {};
for (const set of PAGE_PLAN.sets) {
  const mine = [...oof].filter(([d]) => d.set === set);
  report[set] = { cv5: { ...f1(mine.map(([d, top]) => ({ top, gold: d.gold.size }))), ece: ece(mine.flatMap(([, top]) => top)) } };
}
// Leave one source out
for (const set of PAGE_PLAN.sets) {
  const model = train((d) => d.set !== set);
  const mine = docs.filter((d) => d.set === set).map((d) => ({ top: suggest(d, model), gold: d.gold.size }));
  report[set].leaveSourceOut = f1(mine);
}
console.log(JSON.stringify({ calibration, report }, null, 1));
const shipped = { ...train(() => true), calibration };
console.log(PAGE_FEATURE_NAMES.map((f, i) => `${f}=${shipped.weights[i].toFixed(2)}`).join(' '));
if (write) {
  const url = new URL('../../packages/engine/src/rank/ranker-model.json', import.meta.url);
  const models = JSON.parse(readFileSync(url, 'utf8'));
  models.trainedOn.page = PAGE_PLAN.sets;
  models.page = shipped;
  writeFileSync(url, `${JSON.stringify(models)}\n`);
  console.error('wrote the page ranker into ranker-model.json');
}
