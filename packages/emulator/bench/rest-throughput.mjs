// Emulator REST throughput and latency (prints figures; not a test).
// Run: npm run build && node packages/emulator/bench/rest-throughput.mjs [requests]
import { createQueryStringHash, encodeSymmetric, fromMethodAndUrl } from 'atlassian-jwt';
import { addApp, addPage, addSpace, addUser, createEmulator } from '../dist/index.js';

const N = Number(process.argv[2] ?? 2000);
const paragraph = (i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${i} about deployment pipelines and runbooks.` }] });
const adf = { type: 'doc', version: 1, content: Array.from({ length: 200 }, (_, i) => paragraph(i)) };

const emu = createEmulator();
addUser(emu.state, { email: 'admin@example.com', apiToken: 'demo-token' });
const space = addSpace(emu.state, { key: 'DOC' });
const page = addPage(emu.state, { spaceId: space.id, title: 'Bench', adf });
const app = addApp(emu.state, { key: 'bench', scopes: ['READ', 'WRITE'] });
const basic = `Basic ${Buffer.from('admin@example.com:demo-token').toString('base64')}`;
const jwtFor = (method, path) => {
  const iat = Math.floor(Date.now() / 1000);
  const qsh = createQueryStringHash(fromMethodAndUrl(method, path.replace(/^\/wiki/, '')));
  return `JWT ${encodeSymmetric({ iss: app.key, aud: [app.clientKey], iat, exp: iat + 180, qsh }, app.sharedSecret)}`;
};

async function measure(name, send) {
  for (let i = 0; i < 50; i++) await send(); // warm-up
  const times = [];
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    const res = await send();
    if (res.status !== 200) throw new Error(`${name}: status ${res.status}`);
    await res.arrayBuffer();
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
  console.log(`${name.padEnd(48)} ${(N / (total / 1000)).toFixed(0).padStart(6)} req/s  p50 ${q(0.5)} ms  p95 ${q(0.95)} ms`);
}

const v2 = `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`;
const v1 = `/wiki/rest/api/content/${page.id}?expand=body.atlas_doc_format,version`;
console.log(`${N} sequential requests, page of 200 paragraphs (${JSON.stringify(adf).length} bytes ADF)`);
await measure('in process, Basic, v2 page ADF', () => emu.app.request(`http://x${v2}`, { headers: { authorization: basic } }));
await measure('in process, app JWT+QSH, v1 content ADF', () => emu.app.request(`http://x${v1}`, { headers: { authorization: jwtFor('GET', v1) } }));
const origin = await emu.listen(0);
await measure('127.0.0.1 port, app JWT+QSH, v1 content ADF', () => fetch(`${origin}${v1}`, { headers: { authorization: jwtFor('GET', v1) } }));
await emu.close();
