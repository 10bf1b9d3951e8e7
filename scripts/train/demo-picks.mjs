// Our Pick and the top ten on every demo-site page (packages/emulator/fixtures/demo-site/pages), as the
// dialog would show them for the page's current version and labels. For reading, not for tuning: the
// demo pages were written by the team. Prints Markdown (or JSON with --json).
//
//   node scripts/train/demo-picks.mjs [engine dist folder] [--json] [--old-rule]
// `--old-rule` applies the first loop's rule (relevance above 0.7, at most 5) for an engine without
// chooseOurPick, so an older build can be shown beside the current one.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, 'packages/engine/dist'));
const engine = await import(pathToFileURL(join(dist, 'index.js')).href);
const oldRule = args.includes('--old-rule') || typeof engine.chooseOurPick !== 'function';
const pick = (suggestions, onPage) => oldRule
  ? suggestions.filter((s) => s.relevance > 0.7 && !onPage.includes(s.label)).slice(0, 5)
  : engine.chooseOurPick(suggestions, onPage);

const pagesDir = join(root, 'packages/emulator/fixtures/demo-site/pages');
const rows = [];
for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.json')).sort()) {
  const page = JSON.parse(readFileSync(join(pagesDir, file), 'utf8'));
  const version = page.versions[page.versions.length - 1];
  const labels = (page.labels ?? []).map((l) => l.name);
  // As the service does: labels on the page are not passed to the engine; the dialog hides them.
  const result = engine.suggestLabels({ body: version.body, format: 'adf', title: version.title ?? page.title }, { maxSuggestions: 20 });
  const shown = result.suggestions.filter((s) => !labels.includes(s.label));
  rows.push({
    page: file.replace(/\.json$/u, ''), language: result.language, labels,
    error: result.diagnostics.find((d) => d.severity === 'error')?.code,
    pick: pick(shown, labels).map((s) => `${s.label} ${Math.round(100 * s.relevance)}%`),
    top: shown.slice(0, 10).map((s) => `${s.label} ${Math.round(100 * s.relevance)}%`),
  });
}
if (args.includes('--json')) {
  console.log(JSON.stringify(rows, null, 1));
} else {
  const empty = rows.filter((r) => !r.error && r.pick.length === 0).length;
  console.log(`${rows.length} pages; Our Pick empty on ${empty} of ${rows.filter((r) => !r.error).length} pages with suggestions (${oldRule ? 'rule: relevance > 0.7' : 'rule: chooseOurPick default'})\n`);
  console.log('| page | lang | labels on page | Our Pick | top 10 (not on page) |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.page} | ${r.language} | ${r.labels.join(', ')} | ${r.error ?? r.pick.join(', ')} | ${r.error ? '' : r.top.join(', ')} |`);
}
