/**
 * Integration harness: the real emulator (in process, on 127.0.0.1:0) with a small seeded site, and
 * the real service (`startService`, embedded SQLite in a temp dir, in-process queue and bus) whose
 * log lines are captured. Nothing is faked: install goes through the emulator's signed install.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPage, addSpace, addUser, createEmulator, type Content, type Emulator, type Site } from '@labelup/emulator';
import { loadConfig } from '../../src/config/config.js';
import { startService, type RunningService } from '../../src/server.js';

/** Paragraph text on a topic, `words` long, made from a topic's vocabulary (deterministic). */
export function topicText(topic: readonly string[], words: number, filler: readonly string[] = FILLER): string {
  const out: string[] = [];
  for (let i = 0; out.length < words; i += 1) {
    out.push(filler[i % filler.length] ?? 'the', topic[i % topic.length] ?? 'topic');
    if (i % 9 === 8) out[out.length - 1] += '.';
  }
  return out.slice(0, words).join(' ');
}
const FILLER = ['the', 'our', 'a', 'this', 'every', 'each', 'new', 'better', 'stable', 'shared'];

/** An ADF page about a topic: a heading, an info panel and paragraphs. */
export function topicAdf(title: string, topic: readonly string[], words: number, marker?: string): Record<string, unknown> {
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  const chunks: Record<string, unknown>[] = [];
  for (let left = words; left > 0; left -= 120) chunks.push(paragraph(topicText(topic, Math.min(120, left))));
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] },
      { type: 'panel', attrs: { panelType: 'info' }, content: [paragraph(`${topic.slice(0, 3).join(' and ')}${marker ? ` ${marker}` : ''}`)] },
      ...chunks,
    ],
  };
}

export const KUBERNETES = ['kubernetes', 'cluster', 'deployment', 'kubernetes cluster', 'pods', 'container', 'scheduler', 'kubernetes deployment'] as const;
export const BILLING = ['invoice', 'billing', 'payment', 'invoice template', 'customer', 'tax', 'billing cycle'] as const;

/** The seeded site's ids. */
export interface SeedIds {
  alice: string;
  bob: string;
  page: Content;
  otherPage: Content;
}

function seed(site: Site, ids: Partial<SeedIds>, marker?: string): void {
  const alice = addUser(site, { email: 'alice@example.com', displayName: 'Alice Example' });
  const bob = addUser(site, { email: 'bob@example.com', displayName: 'Bob Example' });
  const space = addSpace(site, { key: 'ENG', name: 'Engineering' });
  ids.alice = alice.accountId;
  ids.bob = bob.accountId;
  ids.page = addPage(site, { spaceId: space.id, title: 'Kubernetes cluster operations', adf: topicAdf('Kubernetes cluster operations', KUBERNETES, 400, marker) as never, authorId: alice.accountId });
  ids.otherPage = addPage(site, { spaceId: space.id, title: 'Billing and invoices', adf: topicAdf('Billing and invoices', BILLING, 300) as never, authorId: bob.accountId });
}

/** A running emulator + service pair. */
export interface Harness extends SeedIds {
  readonly emulator: Emulator;
  readonly emulatorUrl: string;
  readonly service: RunningService;
  readonly appKey: string;
  /** Every log line the service wrote. */
  readonly logLines: string[];
  readonly dataDir: string;
  /** Installs (or reinstalls) the app into the emulator; resolves to its client key. */
  install(): Promise<string>;
  /** A context token for a user viewing a page. */
  token(accountId: string, contentId: string): string;
  /** Calls the service with a context token. */
  api(path: string, token: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/** Options of `startHarness`. */
export interface HarnessOptions {
  readonly licensing?: boolean;
  /** Text put on the main page (privacy canary). */
  readonly marker?: string;
  readonly heartbeatMs?: number;
}

/** Starts the emulator and the service. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const ids: Partial<SeedIds> = {};
  const emulator = createEmulator({ seed: (site) => seed(site, ids, options.marker) });
  const emulatorUrl = await emulator.listen(0, '127.0.0.1');
  const dataDir = mkdtempSync(join(tmpdir(), 'labelup-it-'));
  const logLines: string[] = [];
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SQLITE_PATH: join(dataDir, 'labelup.sqlite'),
    INSTALL_KEYS_URL: `${emulatorUrl}/__emulator/install-keys`,
    OAUTH_TOKEN_URL: `${emulatorUrl}/oauth2/token`,
    LICENSING: options.licensing ? 'on' : 'off',
    LOG_LEVEL: 'debug',
    TENANT_SECRET_KEYS: `test:${randomBytes(32).toString('base64')}`,
  });
  const service = await startService(config, {
    logDestination: { write: (line: string) => void logLines.push(line) },
    extraProductOrigins: [emulatorUrl],
    heartbeatMs: options.heartbeatMs ?? 60_000,
    shutdownTimeoutMs: 2_000,
  });
  const appKey = config.appKey;
  let lastInstallSecond = 0;
  return {
    ...(ids as SeedIds),
    emulator,
    emulatorUrl,
    service,
    appKey,
    logLines,
    dataDir,
    async install() {
      // Lifecycle tokens have whole-second iat/exp: two installs in one second would carry the very
      // same token, which the service's replay cache refuses. Real installs are never that close.
      while (Math.floor(Date.now() / 1000) === lastInstallSecond) await new Promise((resolve) => setTimeout(resolve, 50));
      const response = await fetch(`${emulatorUrl}/__emulator/apps`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ descriptorUrl: `${service.baseUrl}/atlassian-connect.json` }),
      });
      lastInstallSecond = Math.floor(Date.now() / 1000); // the token was signed at or before this second
      if (response.status !== 201) throw new Error(`install failed: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { clientKey: string }).clientKey;
    },
    token: (accountId, contentId) => emulator.mintContextToken({ appKey, accountId, contentId }),
    api: (path, token, init = {}) =>
      fetch(`${service.url}${path}`, { ...init, headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) } }),
    async stop() {
      await service.stop();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
