// Trains the shipped rankers (logistic regression + Platt calibration) and keyphraseness tables on
// development sets only, and prints held-out figures. Usage: node scripts/train/train-ranker.js [--write]
import { random } from './random.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { collectDocument, featureRows } from './collect.js';
import { isHeldOut, readDevelopmentSet } from './dataset-files.js';
import { FEATURE_NAMES } from './engine-parts.js';
import { heldOutReport, topDistinct } from './held-out-report.js';
import { buildKeyphraseness } from './keyphraseness.js';
import { fitLogistic, fitPlatt, modelLogit } from './logistic.js';
import { TRAINING_PLAN as PLAN } from './training-plan.js';

const write = process.argv.includes('--write');
const engineSrc = new URL('../../packages/engine/src/', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, engineSrc), 'utf8'));

const rand = random(42);

// 1. Collect every document once: candidates, labels, stems.
const weights = new Map(PLAN.rankers.map((r) => [r.set, r.weight]));
const sets = new Set([...PLAN.rankers.map((r) => r.set), ...Object.values(PLAN.languageData).flat()]);
const docs = [];
for (const set of sets) {
  const all = readDevelopmentSet(set);
  for (const doc of all) {
    const heldOut = isHeldOut(doc.id);
    const collected = collectDocument(doc, { keepAll: heldOut, maxNegatives: PLAN.maxNegativesPerDoc, rand });
    docs.push({ ...collected, dataset: set, lang: doc.lang, heldOut, fold: isHeldOut(`fold:${doc.id}`, 0.5) ? 1 : 0, weight: (weights.get(set) ?? 0) / all.length });
  }
  console.error(`collected ${set}`);
}

// 2. Language data: shipped tables from all documents; cross-fitted tables for the training rows.
const languageData = {};
for (const lang of PLAN.dataLanguages) {
  const sources = docs.filter((d) => d.lang === lang && PLAN.languageData[lang].includes(d.dataset));
  const documentFrequency = readJson(`features/document-frequency-${lang}.json`);
  const kp = (filter) => buildKeyphraseness(sources.filter(filter));
  languageData[lang] = {
    shipped: { documentFrequency, keyphraseness: kp(() => true) },
    heldOut: { documentFrequency, keyphraseness: kp((d) => !d.heldOut) },
    folds: [0, 1].map((f) => ({ documentFrequency, keyphraseness: kp((d) => !d.heldOut && d.fold !== f) })),
  };
}

// 3. Fit a ranker: with language data (for languages that have it) or without (for all).
function train(name, withData) {
  const rows = [];
  const heldOut = {};
  for (const d of docs) {
    if (d.weight === 0 || (withData && !languageData[d.lang])) continue;
    const data = withData ? (d.heldOut ? languageData[d.lang].heldOut : languageData[d.lang].folds[d.fold]) : undefined;
    const features = featureRows(d, data);
    if (d.heldOut) (heldOut[d.dataset] ??= []).push({ rows: features, gold: d.gold, weight: d.weight });
    else for (const r of features) rows.push({ ...r, w: r.y ? d.weight : d.weight / d.keepRate });
  }
  const total = rows.reduce((s, r) => s + r.w, 0);
  for (const r of rows) r.w *= rows.length / total;
  console.error(`${name}: ${rows.length} training rows`);
  const model = fitLogistic(rows, { l2: PLAN.l2 });
  const score = (row) => modelLogit(model, row.x) + row.bonus;
  // Platt points: the held-out top ten of the calibration sets (see TRAINING_PLAN.calibration), each
  // carrying the training weight of its set so that no one set outvotes the rest.
  const points = PLAN.calibration
    .flatMap((set) => heldOut[set] ?? [])
    .flatMap((d) => topDistinct(d.rows, score, 10).map((p) => ({ ...p, w: d.weight })));
  const calibration = fitPlatt(points);
  return { model: { features: [...FEATURE_NAMES], ...model, calibration }, report: heldOutReport(heldOut, score, calibration) };
}

const full = train('withLanguageData', true);
const bare = train('withoutLanguageData', false);
console.log(JSON.stringify({ withLanguageData: full.report, withoutLanguageData: bare.report }));
for (const [name, m] of [['withLanguageData', full.model], ['withoutLanguageData', bare.model]]) {
  console.log(name, FEATURE_NAMES.map((f, i) => `${f}=${m.weights[i].toFixed(2)}`).join(' '));
}
if (write) {
  const trainedOn = { rankers: PLAN.rankers.map((r) => r.set), calibration: PLAN.calibration, ...Object.fromEntries(Object.entries(PLAN.languageData).map(([l, s]) => [`languageData.${l}`, s])) };
  writeFileSync(new URL('rank/ranker-model.json', engineSrc), `${JSON.stringify({ trainedOn, withLanguageData: full.model, withoutLanguageData: bare.model })}\n`);
  for (const lang of PLAN.dataLanguages) {
    writeFileSync(new URL(`features/keyphraseness-${lang}.json`, engineSrc), `${JSON.stringify(languageData[lang].shipped.keyphraseness)}\n`);
  }
  console.error('wrote ranker-model.json and keyphraseness tables');
}
