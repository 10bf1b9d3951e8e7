#!/usr/bin/env node
/**
 * Forge suggestion-function benchmark (prints figures; not a test): the Forge app's real consumer
 * (`packages/forge/dist`, the real @forge/api and @forge/events) runs one suggestion job for a page
 * of 1k, 10k and 100k words, each in its own child process, on a minimal stand-in Forge host whose
 * `__forge_fetch__` goes to an in-process emulator. Prints the job's wall time, the process's RSS
 * after loading (baseline) and its peak RSS, and GB-seconds per page at the manifest's 256 MB.
 * The peak includes the in-process emulator holding the page (on Forge, Confluence is remote), so
 * it overstates the function's own peak.
 *
 *   npm run build && node bench/forge-consumer.mjs [--dataset ../shared/datasets/keyphrase/semeval2010-train.jsonl]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(import.meta.url);
const { values } = parseArgs({
  options: {
    dataset: { type: 'string', default: fileURLToPath(new URL('../../shared/datasets/keyphrase/semeval2010-train.jsonl', import.meta.url)) },
    words: { type: 'string' },
  },
});
const MEMORY_MB = 256;

function words(n) {
  const out = [];
  if (existsSync(values.dataset)) {
    for (const line of readFileSync(values.dataset, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      out.push(...JSON.parse(line).text.split(/\s+/u).filter(Boolean));
      if (out.length >= n) break;
    }
  }
  const filler = 'kubernetes deployment pipeline payments service helm chart ingress secrets autoscaling container image release production cluster'.split(' ');
  while (out.length < n) out.push(filler[out.length % filler.length]);
  return out.slice(0, n);
}

async function runCase(n) {
  const { createEmulator, addUser, addSpace, addPage, putApp } = await import('../packages/emulator/dist/index.js');
  const { appJwtAuth } = await import('../packages/confluence-client/dist/index.js');
  const { createConsumerHandler } = await import('../packages/forge/dist/index.js');
  const base = 'https://bench.atlassian.net/wiki';
  const emulator = createEmulator({ baseUrl: base });
  const site = emulator.state;
  const user = addUser(site, { email: 'bench@example.com' });
  const bot = addUser(site, { email: 'bot@connect.example', accountType: 'app' });
  const space = addSpace(site, { key: 'BEN' });
  putApp(site, { key: 'com.labelup.app', clientKey: 'bench', sharedSecret: 'bench-shared-secret-0123456789abcdef', baseUrl: 'https://x.invalid', descriptor: {}, scopes: ['READ', 'WRITE'], accountId: bot.accountId, enableLicensing: false, license: 'active', installedAt: new Date().toISOString() });
  const auth = appJwtAuth({ appKey: 'com.labelup.app', clientKey: 'bench', sharedSecret: 'bench-shared-secret-0123456789abcdef' });
  const w = words(n);
  const paragraphs = [];
  for (let i = 0; i < w.length; i += 120) paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: w.slice(i, i + 120).join(' ') }] });
  const page = addPage(site, { spaceId: space.id, title: 'Benchmark page', adf: { type: 'doc', version: 1, content: paragraphs }, authorId: user.accountId });
  globalThis.__forge_fetch__ = async (_target, path, init = {}) => {
    const url = new URL(path, 'https://bench.atlassian.net');
    const method = init.method ?? 'GET';
    return emulator.app.request(url.toString(), { method, headers: { ...init.headers, authorization: await auth.authorization({ method, url, baseUrl: base }) }, ...(init.body ? { body: init.body } : {}) });
  };
  globalThis.__forge_runtime__ = { appContext: { appId: 'bench', environmentType: 'DEVELOPMENT', installationId: 'bench', moduleKey: 'consume' }, lambdaContext: { getRemainingTimeInMillis: () => 120_000 }, metrics: { counter: () => ({ incr() {} }), timing: () => ({ measure: () => ({ stop() {} }) }) } };
  const consumer = createConsumerHandler({ logger: { child() { return this; }, info() {}, warn() {} } });
  globalThis.gc?.();
  const baselineMB = process.memoryUsage().rss / 2 ** 20;
  const started = performance.now();
  const answer = await consumer({ body: { clientKey: 'bench', contentId: page.id, contentType: 'page', version: 1 }, jobId: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  const status = site.contents.get(page.id)?.properties.get('labelup')?.value?.status;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ words: n, status, retry: Boolean(answer), seconds, baselineMB, peakMB, gbSeconds: (MEMORY_MB / 1024) * seconds }));
}

if (values.words) {
  await runCase(Number(values.words));
} else {
  console.log('| words | job (s) | RSS after load (MB) | peak RSS (MB) | GB-s per page at 256 MB | property |');
  console.log('|---:|---:|---:|---:|---:|---|');
  for (const n of [1_000, 10_000, 100_000]) {
    const out = execFileSync(process.execPath, ['--expose-gc', here, '--words', String(n), '--dataset', values.dataset], { encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').at(-1));
    console.log(`| ${n.toLocaleString('en')} | ${r.seconds.toFixed(2)} | ${r.baselineMB.toFixed(0)} | ${r.peakMB.toFixed(0)} | ${r.gbSeconds.toFixed(3)} | ${r.status} |`);
  }
}
