// Trains the shipped ranker (logistic regression + Platt calibration) on development sets only and
// prints held-out figures. Usage: node scripts/train/train-ranker.js [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { collectDocument } from './collect.js';
import { isHeldOut, readDevelopmentSet } from './dataset-files.js';
import { FEATURE_NAMES } from './engine-parts.js';
import { fitLogistic, fitPlatt, modelLogit } from './logistic.js';
import { heldOutReport, topDistinct } from './held-out-report.js';
import { TRAINING_PLAN } from './training-plan.js';

const write = process.argv.includes('--write');
const dfUrl = (lang) => new URL(`../../packages/engine/src/features/document-frequency-${lang}.json`, import.meta.url);
const dfTables = {};
for (const lang of TRAINING_PLAN.dfLanguages) dfTables[lang] = JSON.parse(readFileSync(dfUrl(lang), 'utf8'));

/** Deterministic pseudo-random numbers (mulberry32) for negative sampling. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function trainModel(name, datasets, useIdf) {
  const rand = random(42);
  const train = [];
  const heldOut = {};
  for (const { set, weight } of datasets) {
    const docs = readDevelopmentSet(set);
    heldOut[set] = [];
    for (const doc of docs) {
      const table = useIdf ? dfTables[doc.lang] : undefined;
      if (useIdf && !table) continue;
      const collected = collectDocument(doc, table);
      if (isHeldOut(doc.id)) {
        heldOut[set].push(collected);
        continue;
      }
      const negatives = collected.rows.filter((r) => r.y === 0);
      const keep = Math.min(1, TRAINING_PLAN.maxNegativesPerDoc / Math.max(1, negatives.length));
      const docWeight = weight / docs.length;
      for (const r of collected.rows) {
        if (r.y === 1) train.push({ x: r.x, y: 1, w: docWeight });
        else if (rand() < keep) train.push({ x: r.x, y: 0, w: docWeight / keep });
      }
    }
  }
  const total = train.reduce((s, r) => s + r.w, 0);
  for (const r of train) r.w *= train.length / total;
  console.error(`${name}: ${train.length} training rows`);
  const model = fitLogistic(train, { l2: TRAINING_PLAN.l2 });
  const score = (row) => modelLogit(model, row.x) + row.bonus;
  const calibrationPoints = [];
  for (const docs of Object.values(heldOut)) for (const d of docs) for (const p of topDistinct(d.rows, score, 10)) calibrationPoints.push(p);
  const calibration = fitPlatt(calibrationPoints);
  const report = heldOutReport(heldOut, score, calibration);
  return { model: { features: [...FEATURE_NAMES], ...model, calibration }, report };
}

const withIdf = trainModel('withIdf', TRAINING_PLAN.withIdf, true);
const withoutIdf = trainModel('withoutIdf', TRAINING_PLAN.withoutIdf, false);
console.log(JSON.stringify({ withIdf: withIdf.report, withoutIdf: withoutIdf.report }, null, 1));
if (write) {
  const trainedOn = { withIdf: TRAINING_PLAN.withIdf.map((d) => d.set), withoutIdf: TRAINING_PLAN.withoutIdf.map((d) => d.set) };
  const out = new URL('../../packages/engine/src/rank/ranker-model.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify({ trainedOn, withIdf: withIdf.model, withoutIdf: withoutIdf.model })}\n`);
  console.error(`wrote ${out.pathname}`);
}
