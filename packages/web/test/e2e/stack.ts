/**
 * The real system on 127.0.0.1, ephemeral ports: the Confluence emulator seeded with the demo site,
 * the Label UP! service (embedded defaults: SQLite in a temp dir, in-process queue and events; Marketplace
 * licensing on), the
 * app installed into the emulator through the signed Connect install, and the web bundle built.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addPage, createEmulator, seedDemoSite, type Emulator } from '@labelup/emulator';
import { loadConfig, startService, type SuggestionsView } from '@labelup/service';
import { distDir, ensureBundle } from './bundle.js';

/** A running emulator + service. */
export interface Stack {
  readonly emulator: Emulator;
  /** Emulator origin, e.g. `http://127.0.0.1:41234`. */
  readonly confluenceUrl: string;
  /** Service origin. */
  readonly serviceUrl: string;
  readonly appKey: string;
  /** Makes the emulator's page view act as the user with this e-mail. */
  actAs(email: string): Promise<void>;
  /** Makes the app's license on the site active or not (Marketplace licensing is on). */
  setLicense(active: boolean): Promise<void>;
  /** Publishes a new version of a page as another user (an edit made elsewhere). */
  editAs(contentId: string, authorEmail: string): Promise<number>;
  /** Adds a page of plain paragraphs to a space (test data beyond the demo seed); returns its id. */
  addPage(spaceKey: string, title: string, paragraphs: readonly string[], authorEmail: string): string;
  /** The view URL of a content. */
  pageUrl(contentId: string): string;
  /** A fresh context token, as `AP.context.getToken()` gives the dialogs. */
  contextToken(email: string, contentId: string): string;
  /** What the service answers the dialogs for a user and page (GET /api/suggestions). */
  suggestionsView(email: string, contentId: string): Promise<SuggestionsView>;
  stop(): Promise<void>;
}

/** Options of `startStack`. */
export interface StackOptions {
  /** Build the web bundle when stale (default true; API-only tests do not need it). */
  readonly bundle?: boolean;
}

/** Starts everything; `stop()` undoes it. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  if (options.bundle ?? true) ensureBundle();
  const emulator = createEmulator({ seed: (site) => void seedDemoSite(site) });
  const confluenceUrl = await emulator.listen(0, '127.0.0.1');
  const dataDir = mkdtempSync(join(tmpdir(), 'labelup-e2e-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SQLITE_PATH: join(dataDir, 'labelup.sqlite'),
    INSTALL_KEYS_URL: `${confluenceUrl}/__emulator/install-keys`,
    OAUTH_TOKEN_URL: `${confluenceUrl}/oauth2/token`,
    LICENSING: 'on',
    LOG_LEVEL: 'warn',
  });
  const service = await startService(config, { webDistDir: distDir, extraProductOrigins: [confluenceUrl], shutdownTimeoutMs: 2_000 });
  const serviceUrl = service.url;
  const app = await emulator.installApp(`${service.baseUrl}/atlassian-connect.json`);

  const control = async (method: string, path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${confluenceUrl}/__emulator${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const userId = (email: string): string => {
    const user = [...emulator.state.users.values()].find((u) => u.email === email);
    if (!user) throw new Error(`no demo user ${email}`);
    return user.accountId;
  };

  return {
    emulator,
    confluenceUrl,
    serviceUrl,
    appKey: app.key,
    actAs: async (email) => void (await control('PUT', '/acting-user', { email })),
    setLicense: async (active) => void (await control('PUT', `/apps/${app.key}/license`, { active })),
    editAs: async (contentId, authorEmail) => {
      const result = (await control('POST', `/content/${contentId}/versions`, { authorId: userId(authorEmail), message: 'edited elsewhere' })) as { version: number };
      return result.version;
    },
    addPage: (spaceKey, title, paragraphs, authorEmail) => {
      const space = [...emulator.state.spaces.values()].find((sp) => sp.key === spaceKey);
      if (!space) throw new Error(`no space ${spaceKey}`);
      const adf = { type: 'doc', version: 1, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
      return addPage(emulator.state, { spaceId: space.id, title, adf: adf as never, authorId: userId(authorEmail) }).id;
    },
    pageUrl: (contentId) => {
      const content = emulator.state.contents.get(contentId);
      const space = content ? emulator.state.spaces.get(content.spaceId) : undefined;
      return `${confluenceUrl}/wiki/spaces/${space?.key ?? '_'}/pages/${contentId}`;
    },
    contextToken: (email, contentId) => emulator.mintContextToken({ appKey: app.key, accountId: userId(email), contentId }),
    suggestionsView: async (email, contentId) => {
      const token = emulator.mintContextToken({ appKey: app.key, accountId: userId(email), contentId });
      const response = await fetch(`${serviceUrl}/api/suggestions`, { headers: { Authorization: `JWT ${token}` } });
      if (!response.ok) throw new Error(`GET /api/suggestions: ${response.status} ${await response.text()}`);
      return (await response.json()) as SuggestionsView;
    },
    stop: async () => {
      await service.stop();
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
