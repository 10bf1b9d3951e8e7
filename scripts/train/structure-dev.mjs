// Structured development set: the demo site's already-labelled pages (ADF, headings, panels, emphasis).
// Their labels were written by the team that wrote the pages, so this is a sanity set, not a benchmark.
// Runs the built engine (`npx tsc -b packages/engine`) on each labelled page (title + ADF body, no
// existing labels) and prints, per relevance bin, how often a suggestion matches one of the page's labels
// (stemmed key match, as `labelup eval`: lowercase, split on whitespace and hyphens, stem), the share
// above 0.7 ("Our Pick") that matches, and the top 3 per page.
//
//   node scripts/train/structure-dev.mjs [--json]

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suggestLabels } from '../../packages/engine/dist/index.js';
import { evaluationStemmer, normalizePhrase } from '../../packages/cli/dist/eval/normalize.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = join(root, 'packages/emulator/fixtures/demo-site/pages');
const STRONG = 0.7;
const MAX_SUGGESTIONS = 10;
const json = process.argv.includes('--json');

const perPage = [];
for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.json')).sort()) {
  const page = JSON.parse(readFileSync(join(pagesDir, file), 'utf8'));
  if (!Array.isArray(page.labels) || page.labels.length === 0) continue;
  const version = page.versions[page.versions.length - 1];
  const result = suggestLabels({ body: version.body, format: 'adf', title: page.title }, { maxSuggestions: MAX_SUGGESTIONS });
  const stem = evaluationStemmer(result.language === 'und' ? page.language : result.language);
  const gold = new Set(page.labels.map((l) => normalizePhrase(l.name, stem)));
  const scored = result.suggestions.map((s) => ({ label: s.label, relevance: +s.relevance.toFixed(3), hit: gold.has(normalizePhrase(s.label, stem)) }));
  perPage.push({ page: file.replace(/\.json$/u, ''), language: result.language, labels: page.labels.map((l) => l.name), scored });
}

const bins = Array.from({ length: 10 }, () => ({ n: 0, rel: 0, hit: 0 }));
let strongN = 0;
let strongHit = 0;
let pagesWithPick = 0;
let labelsTotal = 0;
let labelsFound = 0;
for (const p of perPage) {
  labelsTotal += p.labels.length;
  labelsFound += p.scored.filter((s) => s.hit).length;
  if (p.scored.some((s) => s.relevance > STRONG)) pagesWithPick += 1;
  for (const s of p.scored) {
    const b = bins[Math.min(9, Math.floor(s.relevance * 10))];
    b.n += 1;
    b.rel += s.relevance;
    b.hit += s.hit ? 1 : 0;
    if (s.relevance > STRONG) {
      strongN += 1;
      strongHit += s.hit ? 1 : 0;
    }
  }
}
const n = bins.reduce((sum, b) => sum + b.n, 0);
const ece = bins.reduce((sum, b) => sum + (b.n ? (b.n / n) * Math.abs(b.rel / b.n - b.hit / b.n) : 0), 0);
const summary = {
  pages: perPage.length,
  suggestions: n,
  labelsFoundInTop10: `${labelsFound}/${labelsTotal}`,
  pagesWithSuggestionAbove07: pagesWithPick,
  above07: { suggestions: strongN, matching: strongHit, precision: strongN ? +(strongHit / strongN).toFixed(3) : null },
  ece: +ece.toFixed(3),
  bins: bins.map((b, i) => (b.n ? { bin: `${i / 10}-${(i + 1) / 10}`, n: b.n, meanRelevance: +(b.rel / b.n).toFixed(3), matching: +(b.hit / b.n).toFixed(3) } : null)).filter(Boolean),
};

if (json) {
  console.log(JSON.stringify({ summary, pages: perPage.map((p) => ({ ...p, scored: p.scored.slice(0, 3) })) }, null, 2));
} else {
  console.log(`${summary.pages} labelled pages, ${n} suggestions (top ${MAX_SUGGESTIONS}); page labels found in top ${MAX_SUGGESTIONS}: ${summary.labelsFoundInTop10}`);
  console.log(`relevance > ${STRONG}: ${strongN} suggestions on ${pagesWithPick} pages, ${strongHit} match a page label (${summary.above07.precision ?? 'n/a'}); ECE ${summary.ece}`);
  console.log('bin        n  mean rel  matching');
  for (const b of summary.bins) console.log(`${b.bin.padEnd(8)} ${String(b.n).padStart(4)}  ${b.meanRelevance.toFixed(3).padStart(8)}  ${b.matching.toFixed(3).padStart(8)}`);
  console.log('\ntop 3 per page (* = matches a page label) | page labels');
  for (const p of perPage) {
    const top = p.scored.slice(0, 3).map((s) => `${s.hit ? '*' : ''}${s.label} ${s.relevance.toFixed(2)}`).join(', ');
    console.log(`${p.page} [${p.language}]: ${top} | ${p.labels.join(', ')}`);
  }
}
