// Speed of two engine builds on the same documents, passes interleaved A, B, A, B… so that drift in the
// machine's speed (seen here: the same build at 840 and 1,400 docs/s minutes apart) hits both alike.
// Usage: node bench/compare-engines.js <engine dist A> <engine dist B> [dataset name or .jsonl path] [passes]
//   e.g. git worktree add /tmp/old <commit> && (cd /tmp/old && ln -s "$PWD/node_modules" … && npx tsc -b packages/engine)
//        taskset -c 1 node bench/compare-engines.js /tmp/old/packages/engine/dist packages/engine/dist inspec-test
// Prints docs/s (CPU time, one pass over the set each) for every pass and the median ratio B/A.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [distA, distB, set = 'inspec-test', passesArg = '6'] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node bench/compare-engines.js <engine dist A> <engine dist B> [dataset] [passes]');
  process.exit(2);
}
const load = (dist) => import(pathToFileURL(resolve(dist, 'index.js')).href);
const [a, b] = await Promise.all([load(distA), load(distB)]);
const file = set.endsWith('.jsonl') ? set : new URL(`../../shared/datasets/keyphrase/${set}.jsonl`, import.meta.url);
const docs = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
// The page the eval gives the engine (packages/cli/src/eval/document-page.ts): title as page title, text as body.
const pages = docs.map((d) => ({ body: d.text, format: 'text', ...(d.title ? { title: d.title } : {}) }));
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const pass = (engine) => {
  const start = cpuSeconds();
  for (const page of pages) engine.suggestLabels(page, { maxSuggestions: 10 });
  return pages.length / (cpuSeconds() - start);
};
for (let i = 0; i < 3; i++) {
  pass(a);
  pass(b);
}
const passes = Number(passesArg);
const ra = [];
const rb = [];
for (let i = 0; i < passes; i++) {
  ra.push(pass(a));
  rb.push(pass(b));
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(' ');
console.log(`${set}: ${docs.length} docs; docs/s A: ${fmt(ra)} | B: ${fmt(rb)} | per-pair B/A: ${ra.map((x, i) => (rb[i] / x).toFixed(2)).join(' ')} | median B/A ${(median(rb) / median(ra)).toFixed(2)}`);
