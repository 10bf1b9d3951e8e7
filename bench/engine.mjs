#!/usr/bin/env node
/**
 * Engine benchmark (prints figures; not a test): parse time, full `suggestLabels` time and peak RSS
 * for pages of 1k, 10k and 100k words, in two kinds:
 * - `text`: real prose, the documents of SemEval-2010 *train* concatenated (never a test split);
 * - `adf`: synthetic ADF with rich structure (headings, panels, expands, tables, lists, marks,
 *   mentions, emoji, dates, code blocks) carrying the same words.
 * Each case runs in its own child process so peak RSS is that case's alone. A second table times
 * `parsePage` on hostile input (10 MB pages, 1,000,000-deep nesting, pathological Markdown).
 *
 *   npm run build && node bench/engine.mjs [--runs 5] [--dataset ../shared/datasets/keyphrase/semeval2010-train.jsonl] [--node-flags "--max-old-space-size=160"]
 * The page of each case is built by this parent process and handed to the child as a file, so the
 * child's peak RSS is Node's, the engine's and the page's only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(import.meta.url);
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    dataset: { type: 'string', default: fileURLToPath(new URL('../../shared/datasets/keyphrase/semeval2010-train.jsonl', import.meta.url)) },
    case: { type: 'string' },
    hostile: { type: 'boolean' },
    page: { type: 'string' },
    /** V8 flags for the measured child, e.g. "--max-old-space-size=160" to see the engine under a Forge-like memory limit. */
    'node-flags': { type: 'string' },
  },
});
const SIZES = [1_000, 10_000, 100_000];
const KINDS = ['text', 'adf'];

/** The dataset's words, in order, cycling when a page needs more. */
function realWords(file) {
  const words = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line);
    for (const paragraph of doc.text.split(/\n\s*\n|(?<=[.!?])\n/u)) {
      const w = paragraph.split(/\s+/u).filter(Boolean);
      if (w.length > 0) words.push(w, null); // null = paragraph break
    }
  }
  return words;
}

/** Plain text of `n` words: dataset paragraphs separated by blank lines. */
function textPage(source, n) {
  const paragraphs = [];
  let count = 0;
  for (let i = 0; count < n; i = (i + 1) % source.length) {
    const p = source[i];
    if (p === null) continue;
    const take = p.slice(0, n - count);
    paragraphs.push(take.join(' '));
    count += take.length;
  }
  return paragraphs.join('\n\n');
}

/** Rich ADF of `n` words: sections of heading, paragraph with marks and atoms, panel, table, list, expand, code. */
function adfPage(source, n) {
  const flat = source.filter((p) => p !== null).flat();
  let at = 0;
  let used = 0;
  const take = (k) => {
    const out = [];
    for (let i = 0; i < k; i += 1) out.push(flat[(at + i) % flat.length]);
    at += k;
    used += k;
    return out.join(' ');
  };
  const text = (t, ...marks) => (marks.length ? { type: 'text', text: t, marks: marks.map((type) => (type === 'link' ? { type, attrs: { href: 'https://example.com' } } : { type })) } : { type: 'text', text: t });
  const p = (...content) => ({ type: 'paragraph', content });
  const content = [];
  for (let s = 0; used < n; s += 1) {
    content.push({ type: 'heading', attrs: { level: 2 + (s % 3) }, content: [text(take(5))] });
    content.push(p(text(take(30)), text(take(3), 'strong'), text(take(20)), { type: 'mention', attrs: { id: `u${s}`, text: '@Someone' } }, text(take(15), 'em'), { type: 'emoji', attrs: { shortName: ':tada:' } }, text(take(10)), text(take(2), 'link'), { type: 'date', attrs: { timestamp: '1700000000000' } }, text(take(10), 'code'), text(take(25))));
    content.push({ type: 'panel', attrs: { panelType: ['info', 'note', 'warning', 'tip', 'error', 'success'][s % 6] }, content: [p(text(take(25)))] });
    content.push({ type: 'table', content: [0, 1, 2].map((r) => ({ type: 'tableRow', content: [0, 1, 2].map(() => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [p(text(take(3)))] })) })) });
    content.push({ type: 'bulletList', content: [0, 1, 2, 3].map(() => ({ type: 'listItem', content: [p(text(take(6), 'underline'))] })) });
    content.push({ type: 'expand', attrs: { title: take(4) }, content: [p(text(take(30)))] });
    content.push({ type: 'codeBlock', attrs: { language: 'js' }, content: [text(take(8))] });
  }
  return JSON.stringify({ type: 'doc', version: 1, content });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Child: one case; prints a JSON line. */
async function runCase(kind, n) {
  const { parsePage, suggestLabels } = await import('../packages/engine/dist/index.js');
  // The page comes ready-made from the parent (a file), so that this process's peak RSS is the engine's
  // and the page's — not the whole dataset's the page is cut from (~1.2 M words as strings).
  const body = values.page ? readFileSync(values.page, 'utf8') : kind === 'text' ? textPage(realWords(values.dataset), n) : adfPage(realWords(values.dataset), n);
  const input = { format: kind, body, title: 'Benchmark page' };
  const runs = n >= 100_000 ? Math.max(2, Math.ceil(Number(values.runs) / 2)) : Number(values.runs);
  suggestLabels(input); // warm-up (JIT, lazily built language data)
  const parseMs = [];
  const suggestMs = [];
  let words = 0;
  for (let i = 0; i < runs; i += 1) {
    let t = performance.now();
    const page = parsePage(input);
    parseMs.push(performance.now() - t);
    words = page.blocks.reduce((w, b) => w + b.text.split(/\s+/u).filter((x) => /\p{L}/u.test(x)).length, 0);
    t = performance.now();
    suggestLabels(input);
    suggestMs.push(performance.now() - t);
  }
  const rssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ kind, n, chars: body.length, words, parseMs: median(parseMs), suggestMs: median(suggestMs), rssMB, runs }));
}

/** Child: hostile inputs, parse only; prints JSON lines. */
async function runHostile() {
  const { parsePage } = await import('../packages/engine/dist/index.js');
  const prose = textPage(realWords(values.dataset), 200_000);
  const ten = (unit) => unit.repeat(Math.ceil(10_000_000 / unit.length));
  const cases = [
    ['text 10 MB', 'text', ten(`${prose.slice(0, 50_000)}\n\n`)],
    ['markdown 10 MB', 'markdown', ten(`## Heading\n\n${prose.slice(0, 5_000)} **strong** [link](/x)\n\n`)],
    ['storage 10 MB', 'storage', ten(`<h2>Heading</h2><p>${prose.slice(0, 5_000)} <strong>strong</strong></p>`)],
    ['ADF 1,000,000 deep', 'adf', `{"type":"doc","content":[${'{"content":['.repeat(1e6)}${']}'.repeat(1e6)}]}`],
    ['HTML 1,000,000 deep', 'html', `${'<div>'.repeat(1e6)}x`],
    ['Markdown 1,000,000 ">"', 'markdown', `${'>'.repeat(1e6)} x`],
    ['Markdown 1,000,000 "["', 'markdown', '['.repeat(1e6)],
    ['binary junk 1 MB', 'text', Buffer.from(Array.from({ length: 1e6 }, (_, i) => (i * 7919 + (i >> 7)) % 256)).toString('utf8')],
  ];
  for (const [name, format, body] of cases) {
    const t = performance.now();
    const page = parsePage({ format, body });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ name, chars: body.length, ms, diagnostics: page.diagnostics.map((d) => d.code).join(', ') || '-' }));
  }
  console.log(JSON.stringify({ rssMB: process.resourceUsage().maxRSS / 1024 }));
}

if (values.hostile) {
  await runHostile();
} else if (values.case) {
  const [kind, n] = values.case.split(':');
  await runCase(kind, Number(n));
} else {
  console.log(`engine benchmark — node ${process.version}, ${cpus().length} CPU(s) (${cpus()[0]?.model ?? '?'}), load ${loadavg()[0].toFixed(1)}`);
  console.log(`real text from ${values.dataset.split('/').pop()}; median of ${values.runs} runs (fewer at 100k); suggest includes parsing\n`);
  const rows = [['page', 'words', 'chars', 'parse ms', 'suggest ms', 'words/s (suggest)', 'peak RSS MB']];
  const source = realWords(values.dataset);
  const pageFile = join(mkdtempSync(join(tmpdir(), 'labelup-bench-')), 'page');
  for (const kind of KINDS) {
    for (const n of SIZES) {
      writeFileSync(pageFile, kind === 'text' ? textPage(source, n) : adfPage(source, n));
      const out = execFileSync(process.execPath, [...(values['node-flags'] ? values['node-flags'].split(' ') : []), here, '--case', `${kind}:${n}`, '--page', pageFile, '--runs', values.runs, '--dataset', values.dataset], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const r = JSON.parse(out.trim().split('\n').pop());
      rows.push([`${kind} ${n / 1000}k`, String(r.words), String(r.chars), r.parseMs.toFixed(1), r.suggestMs.toFixed(1), String(Math.round(r.words / (r.suggestMs / 1000))), r.rssMB.toFixed(0)]);
    }
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  const hostile = execFileSync(process.execPath, [here, '--hostile', '--dataset', values.dataset], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').map((l) => JSON.parse(l));
  const peak = hostile.pop();
  console.log(`\nhostile input, parsePage only (one process, peak RSS ${peak.rssMB.toFixed(0)} MB)`);
  const hrows = [['input', 'chars', 'parse ms', 'diagnostics'], ...hostile.map((h) => [h.name, String(h.chars), h.ms.toFixed(0), h.diagnostics])];
  const hw = hrows[0].map((_, c) => Math.max(...hrows.map((r) => r[c].length)));
  for (const r of hrows) console.log(r.map((cell, c) => (c === 1 || c === 2 ? cell.padStart(hw[c]) : cell.padEnd(hw[c]))).join('  ').trimEnd());
}
