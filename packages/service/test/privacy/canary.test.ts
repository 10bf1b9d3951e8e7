/**
 * Privacy canary: a page holding a unique marker is processed end to end; afterwards the marker is
 * in no log line, in no byte of the SQLite files, and in no queue entry — it lives only in
 * Confluence (the page itself, and the suggestions property if the marker became a suggestion).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEvents } from '../integration/sse.js';
import { startHarness, type Harness } from '../integration/harness.js';

const TITLE = 'Kubernetes cluster operations';
const MARKER = `zqcanary${randomBytes(6).toString('hex')}`;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ marker: `${MARKER} ${MARKER} ${MARKER}` });
  await h.install();
});
afterAll(async () => h?.stop());

describe('privacy canary', () => {
  it('processes the page and keeps the marker out of logs, database files and the queue', async () => {
    expect(JSON.stringify(h.emulator.state.contents.get(h.page.id)), 'the marker is on the page').toContain(MARKER);
    const token = h.token(h.alice, h.page.id);
    const events = await openEvents(h.service.url, token);
    await h.api('/api/suggestions', token, { method: 'POST', body: '{}' });
    const queuedWhilePending = JSON.stringify(await h.service.queue.pendingJobs());
    await events.waitFor((e) => e.type === 'suggestions-ready');
    events.close();
    const view = (await (await h.api('/api/suggestions', token)).json()) as { suggestions: { label: string }[] };
    const picks = view.suggestions.slice(0, 2).map((s) => s.label);
    await h.api('/api/labels', token, { method: 'POST', body: JSON.stringify({ labels: picks }) });
    // Also the page title, labels and the user's account id must stay out of logs.
    const forbidden = [MARKER, TITLE, h.alice, ...picks.filter((p) => p.length > 4)];

    expect(h.logLines.length).toBeGreaterThan(5);
    const logs = h.logLines.join('');
    for (const text of forbidden) expect(logs, `logs contain ${text}`).not.toContain(text);

    await h.service.stop();
    const files = readdirSync(h.dataDir);
    expect(files.some((f) => f.endsWith('.sqlite'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(join(h.dataDir, file));
      expect(bytes.includes(Buffer.from(MARKER)), `${file} holds the marker`).toBe(false);
      expect(bytes.includes(Buffer.from(TITLE)), `${file} holds the title`).toBe(false);
    }
    expect(queuedWhilePending).not.toContain(MARKER);
    expect(queuedWhilePending).toContain(h.page.id);
  });
});
