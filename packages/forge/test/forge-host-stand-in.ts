/**
 * A STAND-IN FOR ATLASSIAN'S FORGE HOST, for these tests only (the emulator's own Forge host is
 * built separately). It does what Atlassian's side does for the real, unmodified `@forge/api`,
 * `@forge/resolver` and `@forge/events` (confluence-cloud.md §2.3):
 *
 * - sets `global.__forge_runtime__` (appContext with installation, license, permissions; a
 *   lambdaContext; metrics) around each invocation;
 * - answers `global.__forge_fetch__`: product requests (`remote: 'confluence'`) go to a real
 *   in-process emulator — as the app (the Connect-on-Forge app with key com.labelup.app, app JWT)
 *   or as the invoking user (Basic auth, that user's own permissions); queue pushes
 *   (`remote: 'stargate'`, `/webhook/queue/publish/...`) are kept and delivered to the consumer on
 *   `deliverEvents()`, with Forge's retry context when it asks for a retry;
 * - invokes resolvers with the invocation payload Forge sends (`call`, `context.extension`, the
 *   backend runtime payload with the principal and the license).
 *
 * It records every request path, every pushed event and every log line, for the privacy canary.
 */
import { appJwtAuth, basicAuth, type AuthProvider } from '@labelup/confluence-client';
import { addSpace, addUser, createEmulator, putApp, addPage, type AdfNode, type Emulator } from '@labelup/emulator';

export const SITE_BASE_URL = 'https://forge-host.atlassian.net/wiki';
const SITE_ORIGIN = new URL(SITE_BASE_URL).origin;
export const CONNECT_APP_KEY = 'com.labelup.app';
export const INSTALL_CONTEXT = 'ari:cloud:confluence::site/5c0f0d6e-0000-4000-8000-00000000f0a9';

/** What `@forge/api` passes as the first argument of `__forge_fetch__`. */
interface ForgeFetchTarget {
  readonly type: string;
  readonly provider: string;
  readonly remote?: string;
  readonly accountId?: string;
}
type ForgeFetch = (target: ForgeFetchTarget, path: string, init?: { method?: string; headers?: Record<string, string>; body?: unknown }) => Promise<Response>;

interface ForgeGlobals {
  __forge_fetch__?: ForgeFetch;
  __forge_runtime__?: unknown;
}
const forgeGlobal = globalThis as ForgeGlobals;

/** A person of the test site. */
export interface SiteUser {
  readonly accountId: string;
  readonly email: string;
  readonly token: string;
}

/** One pushed event as the host keeps it. */
export interface PushedEvent {
  readonly queueName: string;
  readonly jobId: string;
  readonly body: Record<string, unknown>;
  retryCount: number;
  retryData?: unknown;
}

type ResolverHandler = (payload: { call: { functionKey: string; payload?: unknown }; context: Record<string, unknown> }, backend?: Record<string, unknown>) => Promise<unknown>;
type ConsumerHandler = (event: Record<string, unknown>, context?: unknown) => Promise<unknown>;

/** Options of one resolver invocation. */
export interface InvokeOptions {
  readonly as: SiteUser;
  readonly pageId: string;
  readonly version?: number;
  readonly contentType?: 'page' | 'blogpost';
  readonly license?: { isActive: boolean };
  readonly environmentType?: 'DEVELOPMENT' | 'STAGING' | 'PRODUCTION';
}

/** The stand-in host. */
export interface ForgeHostStandIn {
  readonly emulator: Emulator;
  readonly spaceId: string;
  readonly editor: SiteUser;
  readonly viewer: SiteUser;
  /** Every product request path, with its principal. */
  readonly requests: { provider: string; method: string; path: string }[];
  /** Every event pushed to a queue (pending and delivered). */
  readonly pushed: PushedEvent[];
  addPage(title: string, body: AdfNode): string;
  invoke(resolver: ResolverHandler, functionKey: string, payload: unknown, options: InvokeOptions): Promise<unknown>;
  /** Delivers queued events to the consumer (retries included) until the queue is empty; returns the consumer's answers. */
  deliverEvents(consumer: ConsumerHandler): Promise<unknown[]>;
  close(): void;
}

const adfText = (paragraphs: string[]): AdfNode => ({ type: 'doc', version: 1, content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });
export { adfText };

/** Installs the globals and returns the host. One at a time per process (they are globals). */
export function startForgeHost(): ForgeHostStandIn {
  const emulator = createEmulator({ baseUrl: SITE_BASE_URL });
  const site = emulator.state;
  const makeUser = (email: string, name: string): SiteUser => {
    const token = `${email.split('@')[0] ?? 'user'}-api-token`;
    return { accountId: addUser(site, { email, displayName: name, apiToken: token }).accountId, email, token };
  };
  const editor = makeUser('edith.editor@example.com', 'Edith Editor');
  const viewer = makeUser('victor.viewer@example.com', 'Victor Viewer');
  const space = addSpace(site, { key: 'FRG', permissions: { view: '*', edit: [editor.accountId] } });
  const bot = addUser(site, { email: 'labelup@connect.atlassian.com', accountType: 'app', displayName: 'Label UP!' });
  const sharedSecret = 'forge-host-shared-secret-0123456789abcdef';
  const clientKey = 'forge-host-client-key';
  putApp(site, {
    key: CONNECT_APP_KEY,
    clientKey,
    sharedSecret,
    oauthClientId: 'forge-host-oauth-client',
    baseUrl: 'https://labelup.invalid',
    descriptor: {},
    scopes: ['READ', 'WRITE', 'ACT_AS_USER'],
    accountId: bot.accountId,
    enableLicensing: false,
    license: 'active',
    installedAt: new Date().toISOString(),
  });
  const appAuth = appJwtAuth({ appKey: CONNECT_APP_KEY, clientKey, sharedSecret });
  const requests: ForgeHostStandIn['requests'] = [];
  const pushed: PushedEvent[] = [];
  const queue: PushedEvent[] = [];
  let invokingUser: SiteUser | undefined;

  const toConfluence = async (auth: AuthProvider, provider: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Response> => {
    const method = init.method ?? 'GET';
    requests.push({ provider, method, path });
    if (!path.startsWith('/wiki/')) return new Response(JSON.stringify({ message: 'not a Confluence path' }), { status: 404 });
    const url = new URL(path, SITE_ORIGIN);
    const headers = { ...init.headers, authorization: await auth.authorization({ method, url, baseUrl: SITE_BASE_URL }) };
    const body = typeof init.body === 'string' ? init.body : undefined;
    return emulator.app.request(url.toString(), { method, headers, ...(body !== undefined ? { body } : {}) });
  };

  forgeGlobal.__forge_fetch__ = async (target, path, init) => {
    if (target.remote === 'confluence') {
      if (target.provider === 'app' || target.provider === 'none') return toConfluence(appAuth, 'app', path, init);
      if (target.provider === 'user') {
        const user = target.accountId ? [editor, viewer].find((u) => u.accountId === target.accountId) : invokingUser;
        if (!user) return new Response('', { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
        return toConfluence(basicAuth(user.email, user.token), 'user', path, init);
      }
    }
    if (target.remote === 'stargate' && path.startsWith('/webhook/queue/publish/')) {
      requests.push({ provider: target.provider, method: init?.method ?? 'POST', path: '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}' });
      const request = JSON.parse(String(init?.body)) as { queueName: string; jobId: string; payload: { body: Record<string, unknown> }[] };
      for (const event of request.payload) {
        const kept: PushedEvent = { queueName: request.queueName, jobId: request.jobId, body: event.body, retryCount: 0 };
        pushed.push(kept);
        queue.push(kept);
      }
      return new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } });
    }
    return new Response(JSON.stringify({ message: 'the stand-in host does not serve this request' }), { status: 404, headers: { 'forge-proxy-error': 'UNSUPPORTED' } });
  };

  const runtime = (moduleKey: string, options: { license?: { isActive: boolean }; environmentType?: string } = {}) => ({
    appContext: {
      appId: '6f1f3b7e-5c1a-4c55-9d64-1a2b3c4d5e6f',
      appVersion: '1.0.0',
      environmentId: 'env-development',
      environmentType: options.environmentType ?? 'DEVELOPMENT',
      invocationId: `inv-${Math.random().toString(36).slice(2)}`,
      installationId: 'installation-forge-host',
      moduleKey,
      ...(options.license ? { license: options.license } : {}),
      permissions: { scopes: ['read:page:confluence', 'write:page:confluence', 'read:label:confluence', 'write:label:confluence'] },
    },
    lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    metrics: {
      counter: () => ({ incr: () => undefined }),
      timing: () => ({ measure: () => ({ stop: () => undefined }) }),
    },
  });

  return {
    emulator,
    spaceId: space.id,
    editor,
    viewer,
    requests,
    pushed,
    addPage: (title, body) => addPage(site, { spaceId: space.id, title, adf: body, authorId: editor.accountId }).id,
    async invoke(resolver, functionKey, payload, options) {
      invokingUser = options.as;
      forgeGlobal.__forge_runtime__ = runtime('labelup-byline', { ...(options.license ? { license: options.license } : {}), ...(options.environmentType ? { environmentType: options.environmentType } : {}) });
      try {
        return await resolver(
          {
            call: { functionKey, payload },
            context: {
              moduleKey: 'labelup-byline',
              extension: {
                type: 'confluence:contentBylineItem',
                content: { id: options.pageId, type: options.contentType ?? 'page', ...(options.version !== undefined ? { version: options.version } : {}) },
                space: { id: space.id, key: space.key },
              },
            },
          },
          { principal: { accountId: options.as.accountId }, installContext: INSTALL_CONTEXT, ...(options.license ? { license: options.license } : {}) },
        );
      } finally {
        invokingUser = undefined;
        forgeGlobal.__forge_runtime__ = undefined;
      }
    },
    async deliverEvents(consumer) {
      const answers: unknown[] = [];
      for (let guard = 0; queue.length > 0 && guard < 50; guard += 1) {
        const event = queue.shift() as PushedEvent;
        forgeGlobal.__forge_runtime__ = runtime('labelup-suggestions-consumer');
        let answer: unknown;
        try {
          answer = await consumer({
            queueName: event.queueName,
            jobId: event.jobId,
            eventId: `${event.jobId}-${event.retryCount}`,
            body: event.body,
            ...(event.retryCount > 0 ? { retryContext: { retryCount: event.retryCount, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: event.retryData } } : {}),
          }, { installContext: INSTALL_CONTEXT });
        } finally {
          forgeGlobal.__forge_runtime__ = undefined;
        }
        answers.push(answer);
        const retry = answer as { _retry?: boolean; retryOptions?: { retryData?: unknown } } | undefined;
        if (retry?._retry && event.retryCount < 4) {
          event.retryCount += 1;
          event.retryData = retry.retryOptions?.retryData;
          queue.push(event);
        }
      }
      return answers;
    },
    close() {
      forgeGlobal.__forge_fetch__ = undefined;
      forgeGlobal.__forge_runtime__ = undefined;
    },
  };
}
