#!/usr/bin/env node
/**
 * Service benchmark (prints figures; not a test). Loopback only, bounded loops.
 *
 *   npm run build && node bench/service.mjs [--pages 5] [--latency-ms 100] [--seconds 5] [--concurrency 16]
 *
 * 1. Time from "request suggestions" (POST /api/suggestions) to the `suggestions-ready` event on
 *    the page's event stream, for pages of ~1,000 and ~10,000 words, with `latency-ms` added by the
 *    emulator to EVERY Confluence call (REST and OAuth).
 * 2. Requests per second the status route (GET /api/suggestions, 3 Confluence reads each) sustains
 *    with `concurrency` clients for `seconds`, without and with the added latency.
 *
 * The emulator (Confluence) runs in the same process as the service: both share the CPU.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { addPage, addSpace, addUser, createEmulator } from '@labelup/emulator';
import { loadConfig, startService } from '@labelup/service';

const { values } = parseArgs({
  options: { pages: { type: 'string', default: '5' }, 'latency-ms': { type: 'string', default: '100' }, seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '16' } },
});
const PAGES = Number(values.pages);
const LATENCY_MS = Number(values['latency-ms']);
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);

// Deterministic prose: sentences drawn from a topic vocabulary and common words (seeded PRNG).
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const COMMON = 'the a of and to in is for on with as by this that be are from at it an or was can will each which their has more'.split(' ');
const TOPICS = [
  'database replication failover primary replica lag backup restore cluster consistency'.split(' '),
  'deployment pipeline build artifact rollout canary release rollback staging production'.split(' '),
  'invoice billing payment customer subscription tax refund ledger checkout currency'.split(' '),
  'kubernetes container pod scheduler node ingress service mesh autoscaling manifest'.split(' '),
  'onboarding mentor laptop access handbook team meeting buddy checklist training'.split(' '),
];
function pageAdf(words, seed) {
  const rnd = prng(seed);
  const topic = TOPICS[seed % TOPICS.length];
  const paragraphs = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(80, left);
    const out = [];
    for (let i = 0; i < n; i += 1) out.push(rnd() < 0.35 ? topic[Math.floor(rnd() * topic.length)] : COMMON[Math.floor(rnd() * COMMON.length)]);
    paragraphs.push({ type: 'paragraph', content: [{ type: 'text', text: `${out.join(' ')}.` }] });
    left -= n;
  }
  const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `${topic[0]} ${topic[1]}` }] };
  return { type: 'doc', version: 1, content: [heading, ...paragraphs] };
}

const ids = { user: '', pages: { 1000: [], 10000: [] } };
const emulator = createEmulator({
  seed(site) {
    ids.user = addUser(site, { email: 'bench@example.com', displayName: 'Bench' }).accountId;
    const space = addSpace(site, { key: 'BENCH', name: 'Bench' });
    for (const words of [1000, 10000]) {
      for (let i = 0; i < PAGES; i += 1) {
        const seed = words + i;
        ids.pages[words].push(addPage(site, { spaceId: space.id, title: `${TOPICS[seed % TOPICS.length][0]} notes ${i}`, adf: pageAdf(words, seed), authorId: ids.user }).id);
      }
    }
  },
});
const emulatorUrl = await emulator.listen(0, '127.0.0.1');
const dataDir = mkdtempSync(join(tmpdir(), 'labelup-bench-'));
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  SQLITE_PATH: join(dataDir, 'labelup.sqlite'),
  INSTALL_KEYS_URL: `${emulatorUrl}/__emulator/install-keys`,
  OAUTH_TOKEN_URL: `${emulatorUrl}/oauth2/token`,
  LOG_LEVEL: 'silent',
});
const service = await startService(config, { extraProductOrigins: [emulatorUrl] });
const installed = await fetch(`${emulatorUrl}/__emulator/apps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ descriptorUrl: `${service.baseUrl}/atlassian-connect.json` }) });
if (installed.status !== 201) throw new Error(`install failed: ${installed.status} ${await installed.text()}`);
const token = (contentId) => emulator.mintContextToken({ appKey: config.appKey, accountId: ids.user, contentId });
const setLatency = (ms) =>
  fetch(`${emulatorUrl}/__emulator/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ faults: ms > 0 ? [{ path: '/wiki/*', latencyMs: ms }, { path: '/oauth2/*', latencyMs: ms }] : [] }) });

/** Resolves with ms from POST to the ready event (or rejects after 60 s). */
async function requestToReady(contentId) {
  const jwt = token(contentId);
  const controller = new AbortController();
  const stream = await fetch(`${service.url}/api/events`, { headers: { authorization: `JWT ${jwt}` }, signal: controller.signal });
  const reader = stream.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const read = async (predicate) => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
      if (predicate(buffer)) return;
    }
  };
  await read((b) => b.includes('"ping"'));
  const timeout = setTimeout(() => controller.abort(), 60_000);
  const started = performance.now();
  const posted = await fetch(`${service.url}/api/suggestions`, { method: 'POST', headers: { authorization: `JWT ${jwt}`, 'content-type': 'application/json' }, body: '{}' });
  if (posted.status !== 202) throw new Error(`request answered ${posted.status}`);
  await read((b) => b.includes('suggestions-ready') || b.includes('suggestions-failed'));
  const ms = performance.now() - started;
  clearTimeout(timeout);
  controller.abort();
  if (!buffer.includes('suggestions-ready')) throw new Error(`job failed: ${buffer.slice(-200)}`);
  return ms;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${quantile(s, 0.5).toFixed(0)} ms, p90 ${quantile(s, 0.9).toFixed(0)} ms, min ${s[0].toFixed(0)} ms, max ${s.at(-1).toFixed(0)} ms (n=${s.length})`;
};

async function statusThroughput(seconds, concurrency) {
  const pageIds = ids.pages[1000];
  const tokens = pageIds.map(token);
  const deadline = performance.now() + seconds * 1000;
  let ok = 0;
  let failed = 0;
  const latencies = [];
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = worker; performance.now() < deadline; i += concurrency) {
        const t0 = performance.now();
        const response = await fetch(`${service.url}/api/suggestions`, { headers: { authorization: `JWT ${tokens[i % tokens.length]}` } });
        await response.arrayBuffer();
        if (response.status === 200) ok += 1;
        else failed += 1;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { rps: ok / seconds, failed, latencies };
}

console.log(`Label UP! service benchmark — Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}, ${PAGES} pages per size, ${LATENCY_MS} ms added per Confluence call`);
await setLatency(LATENCY_MS);
for (const words of [1000, 10000]) {
  const times = [];
  for (const id of ids.pages[words]) times.push(await requestToReady(id));
  console.log(`request → ready, ${words.toLocaleString('en')}-word pages: ${summary(times)}`);
}
for (const latency of [0, LATENCY_MS]) {
  await setLatency(latency);
  const { rps, failed, latencies } = await statusThroughput(SECONDS, CONCURRENCY);
  console.log(`status route (GET /api/suggestions), ${CONCURRENCY} clients, ${SECONDS} s, +${latency} ms per Confluence call: ${rps.toFixed(0)} req/s, ${failed} failed, latency ${summary(latencies)}`);
}
await service.stop();
await emulator.close();
rmSync(dataDir, { recursive: true, force: true });
