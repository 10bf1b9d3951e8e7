#!/usr/bin/env node
/**
 * Engine instructions per document (prints figures; not a test): a repeatable, fixed-work measure of
 * the steady-state cost of `suggestLabels` on keyphrase datasets, for a machine whose CPU speed varies
 * from run to run (so `labelup eval`'s docs/s do too).
 *
 * Method (difference of two callgrind runs): Node runs under `valgrind --tool=callgrind` twice. Both
 * runs load the engine and the dataset, build the pages exactly as `labelup eval` does (the CLI's own
 * built `parseDataset` and `documentPage`, its `maxSuggestions`), warm up, then run `suggestLabels`
 * over the first N documents: one pass in run A, two passes in a row in run B. Start-up, loading,
 * warm-up, the first pass and exit are the same work in both, so
 *
 *   instructions/doc = (Ir(B) - Ir(A)) / N
 *
 * is the cost of one steady-state pass, parsing, language detection and label resolution included
 * (what `labelup eval` times as `docsPerSecond`). The measured pass follows the warm-up and the first
 * pass: together at least `labelup eval`'s warm-up of 500 documents, or 4 MB of text where eval's 2 s
 * of CPU would stop it first (eval reads ~2 MB/s on semeval2010), so with the whole dataset as N (the
 * default) no extra warm-up runs for inspec-test or semeval2010-test. Ir counts every thread.
 * V8 runs with flags that make its work repeatable (see NODE_FLAGS); the GC schedule is then a fixed
 * one rather than V8's default, so the count is a fixed-work measure, not a prediction of eval's time.
 * Valgrind runs under `setarch -R` (no address-space randomisation) where that works: the memory
 * layout still moves the semeval2010-test count (127.3 M instructions/doc with randomisation, 130.0 M
 * without, each repeatable to < 0.01%), so a change to the engine can move it as much: read
 * differences below ~2% on semeval2010-test with care. inspec-test counts did not depend on the
 * layout (< 0.02% over runs either way).
 *
 *   npm run build && node bench/instructions.js [dataset.jsonl ...] [--docs N] [--warmup W] [--repeat R] [--jobs J] [--keep]
 *
 * Defaults: inspec-test and semeval2010-test from ../shared/datasets/keyphrase/; N = all documents;
 * W = extra warm-up documents before the first pass (default: as above); R = 1 (R > 1 repeats the
 * measurement and prints the spread); J = valgrind processes at a time (default 2); --keep keeps the
 * callgrind files (for `callgrind_annotate`). Valgrind slows Node ~50-100x: 6-7 minutes for the
 * defaults on 2 cores (inspec-test alone 2.5). Needs valgrind (`apt-get install valgrind`); it is not a project dependency.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, machine, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(import.meta.url);
const datasets = fileURLToPath(new URL('../../shared/datasets/keyphrase/', import.meta.url));
const engineDist = fileURLToPath(new URL('../packages/engine/dist/index.js', import.meta.url));
const cliEval = fileURLToPath(new URL('../packages/cli/dist/eval/', import.meta.url));

/**
 * Node/V8 flags that make the process's work repeatable (checked with --trace-gc/--trace-opt: the same
 * collections and optimisations in the same order, run after run): `--predictable` (no helper threads,
 * so no concurrent compilation or GC; fixed random seed; no memory reducer), `--predictable-gc-schedule`
 * (fixed heap growing instead of growing by measured GC and mutator speeds; semi-spaces fixed at 4 MB),
 * `--no-incremental-marking` (incremental marking paces its steps by time; this does the same marking
 * in one piece), `--no-compact` (which old-space pages a full GC compacts is chosen from the measured
 * compaction speed; with it semeval2010-test counts moved by up to 9% when the other core was busy).
 * `--experimental-require-module` lets the child load this file and the ES modules with
 * `require`, i.e. synchronously, with no event-loop turn before the measured work: asynchronous loading
 * finishes in a different order in each run and the GC schedule, and then V8's optimisation order, vary
 * with it (by up to 5% of a semeval2010-test pass).
 * `--expose-gc` for one full collection before the measured work.
 */
const NODE_FLAGS = ['--predictable', '--predictable-gc-schedule', '--no-incremental-marking', '--no-compact', '--experimental-require-module', '--expose-gc'];
/** Stand-in for eval's 2 s CPU warm-up limit that does not depend on the machine's speed. */
const WARM_UP_BYTES = 4_000_000;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    docs: { type: 'string' },
    warmup: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    keep: { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
    passes: { type: 'string', default: '1' },
  },
});

/** Inside valgrind: warm up, then `passes` passes over the first `docs` documents; prints what it did. */
function child(file) {
  // Synchronous loading throughout (see NODE_FLAGS): `require` of the built ES modules, `readFileSync`
  // + the CLI's `parseDataset` (what its `readDataset` does after an asynchronous read).
  const require = createRequire(import.meta.url);
  const { suggestLabels } = require(engineDist);
  const { parseDataset } = require(`${cliEval}dataset.js`);
  const { documentPage, documentBytes } = require(`${cliEval}document-page.js`);
  const { SUGGESTIONS_PER_DOCUMENT, WARM_UP_DOCUMENTS } = require(`${cliEval}evaluate-dataset.js`);
  const options = { maxSuggestions: SUGGESTIONS_PER_DOCUMENT };
  const { documents } = parseDataset(basename(file).replace(/\.jsonl$/u, ''), readFileSync(file, 'utf8'));
  const pages = documents.map(documentPage);
  const n = values.docs === undefined ? pages.length : Math.min(Number(values.docs), pages.length);
  // Extra warm-up so that warm-up + first pass >= eval's warm-up (500 docs or, here, 4 MB of text).
  let warmDocs = Number(values.warmup ?? 0);
  if (values.warmup === undefined) {
    let bytes = 0;
    for (let i = 0; i < n; i += 1) bytes += documentBytes(documents[i]);
    for (let i = 0; n + warmDocs < WARM_UP_DOCUMENTS && bytes < WARM_UP_BYTES; i += 1, warmDocs += 1) {
      bytes += documentBytes(documents[i % documents.length]);
    }
  }
  // A full collection before the measured work: every run starts it from a compacted heap.
  globalThis.gc();
  for (let i = 0; i < warmDocs; i += 1) suggestLabels(pages[i % pages.length], options);
  let suggestions = 0;
  for (let pass = 0; pass < Number(values.passes); pass += 1) {
    suggestions = 0;
    for (let i = 0; i < n; i += 1) suggestions += suggestLabels(pages[i], options).suggestions.length;
  }
  console.log(JSON.stringify({ docs: n, total: documents.length, warm: warmDocs, suggestions }));
}

/** Whether `setarch <machine> -R` works here (it needs the personality syscall). */
const noAslr = !values.child && spawnSync('setarch', [machine(), '-R', 'true']).status === 0;

function valgrindVersion() {
  const probe = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return probe.stdout.trim();
}

/** Runs one child under callgrind; resolves to its Ir total and what it printed. */
function measure(file, passes, dir, tag) {
  const out = join(dir, `callgrind.${tag}.out`);
  const args = ['--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${out}`,
    process.execPath, ...NODE_FLAGS, '-e', `require(${JSON.stringify(here)})`, '--', '--child', file, '--passes', String(passes)];
  if (values.docs !== undefined) args.push('--docs', values.docs);
  if (values.warmup !== undefined) args.push('--warmup', values.warmup);
  // Without address-space randomisation where `setarch -R` can turn it off: V8's compiler and GC
  // iterate some tables in address order, so the work can depend on where memory was mapped.
  const [command, argv] = noAslr ? ['setarch', [machine(), '-R', 'valgrind', ...args]] : ['valgrind', args];
  return new Promise((resolve, reject) => {
    execFile(command, argv, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`valgrind ${tag} failed: ${error.message}\n${stderr.slice(-2000)}`));
      const text = readFileSync(out, 'utf8');
      const events = /^events:\s+(\S+)/mu.exec(text);
      const total = /^totals:\s+(\d+)/mu.exec(text) ?? /^summary:\s+(\d+)/mu.exec(text);
      if (!total || !events || events[1] !== 'Ir') return reject(new Error(`no Ir total in ${out}`));
      resolve({ ir: BigInt(total[1]), result: JSON.parse(stdout.trim().split('\n').at(-1)) });
    });
  });
}

/** Runs the tasks (functions returning promises), at most `jobs` at a time, in the order given. */
async function pool(tasks, jobs) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}

function fmt(x) {
  return Math.round(x).toLocaleString('en-US');
}

async function parent() {
  const version = valgrindVersion();
  if (version === null) {
    console.error('bench/instructions.js: valgrind is not installed (or not on PATH); it is what counts the instructions. ' +
      'Install it (e.g. `apt-get install valgrind`) and run again. Nothing was measured.');
    process.exit(2);
  }
  const files = positionals.length > 0 ? positionals : [join(datasets, 'inspec-test.jsonl'), join(datasets, 'semeval2010-test.jsonl')];
  const runs = Number(values.repeat);
  console.log(`${version}${noAslr ? ' under setarch -R' : ' (setarch -R unavailable: address randomisation on)'}, Node ${process.version}, node flags: ${NODE_FLAGS.join(' ')}`);
  console.log(`${cpus().length} CPU ${cpus()[0]?.model ?? '?'}, load average ${loadavg()[0].toFixed(1)}, ${values.jobs} valgrind processes at a time`);
  const dir = mkdtempSync(join(tmpdir(), 'labelup-instructions-'));
  const started = Date.now();
  try {
    const jobs = [];
    files.forEach((file, f) => {
      for (let run = 0; run < runs; run += 1) {
        for (const passes of [1, 2]) jobs.push({ f, run, passes, size: statSync(file).size * (passes + 1), tag: `${basename(file, '.jsonl')}.${run}.${passes}` });
      }
    });
    // Longest first, so the valgrind processes finish together.
    const order = [...jobs].sort((a, b) => b.size - a.size);
    const done = await pool(order.map((j) => () => measure(files[j.f], j.passes, dir, j.tag)), Number(values.jobs));
    const result = (f, run, passes) => done[order.findIndex((j) => j.f === f && j.run === run && j.passes === passes)];

    console.log('\ndataset              docs  warm-up  Ir (1 pass)      Ir (2 passes)    instructions/doc');
    files.forEach((file, f) => {
      const perDoc = [];
      for (let run = 0; run < runs; run += 1) {
        const a = result(f, run, 1);
        const b = result(f, run, 2);
        if (a.result.suggestions !== b.result.suggestions) throw new Error(`${file}: the two passes gave different suggestion counts`);
        const perDocRun = Number(b.ir - a.ir) / a.result.docs;
        perDoc.push(perDocRun);
        const docs = a.result.docs === a.result.total ? String(a.result.docs) : `${a.result.docs}/${a.result.total}`;
        console.log(`${basename(file, '.jsonl').padEnd(20)} ${docs.padStart(5)} ${String(a.result.warm).padStart(8)}  ${String(a.ir).padStart(15)}  ${String(b.ir).padStart(15)}  ${fmt(perDocRun).padStart(15)}`);
      }
      if (runs > 1) {
        const min = Math.min(...perDoc);
        const max = Math.max(...perDoc);
        console.log(`${''.padEnd(20)} spread over ${runs} runs: ${fmt(max - min)} (${(((max - min) / min) * 100).toFixed(3)}%)`);
      }
    });
    console.log(`\nwall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    if (values.keep) console.log(`callgrind files kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

// No top-level await: the child is this file loaded with `require` (see measure()).
if (values.child) child(positionals[0]);
else {
  parent().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
