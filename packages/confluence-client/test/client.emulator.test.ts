/** Contract test of the client against the Confluence emulator (in process, no port). */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appJwtAuth,
  basicAuth,
  ConflictError,
  createConfluenceClient,
  ForbiddenError,
  jwtBearerTokenSource,
  NotFoundError,
  RateLimitedError,
  userBearerAuth,
  ConfluenceError,
  type ConfluenceClient,
} from '../src/index.js';
import { BASE_URL, createTestSite, type TestSite } from './emulator-site.js';

let t: TestSite;
let client: ConfluenceClient;
const delays: number[] = [];
const fastRetry = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

beforeEach(() => {
  t = createTestSite();
  delays.length = 0;
  client = createConfluenceClient({
    baseUrl: BASE_URL,
    auth: appJwtAuth({ appKey: t.app.key, clientKey: t.app.clientKey, sharedSecret: t.app.sharedSecret }),
    fetch: t.fetch,
    retry: fastRetry,
    onRetry: ({ delayMs }) => delays.push(delayMs),
  });
});

describe('content as the app (HS256 JWT with QSH)', () => {
  it('reads a page at its latest version and at an older one, with the ADF body', async () => {
    const latest = await client.getContent({ id: t.pageId, type: 'page' }, { bodyFormat: 'atlas_doc_format' });
    expect(latest).toMatchObject({ id: t.pageId, type: 'page', title: 'Deployment guide', spaceId: t.spaceId, version: 2, status: 'current' });
    expect(JSON.parse(latest.body?.value ?? '{}')).toMatchObject({ type: 'doc' });
    expect(latest.body?.value).toContain('kubernetes');
    const first = await client.getContent({ id: t.pageId, type: 'page' }, { version: 1, bodyFormat: 'atlas_doc_format' });
    expect(first.version).toBe(1);
    expect(first.body?.value).toContain('first version');
    expect(await client.getLatestVersion({ id: t.pageId, type: 'page' })).toBe(2);
  });

  it('reads blog posts through their own endpoint', async () => {
    const blog = await client.getContent({ id: t.blogId, type: 'blogpost' });
    expect(blog).toMatchObject({ type: 'blogpost', title: 'Release notes' });
    await expect(client.getContent({ id: t.blogId, type: 'page' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('maps a missing page and a missing version to NotFoundError', async () => {
    await expect(client.getContent({ id: '999999', type: 'page' })).rejects.toMatchObject({ name: 'NotFoundError', status: 404 });
    await expect(client.getContent({ id: t.pageId, type: 'page' }, { version: 7 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses bad ids before any request', async () => {
    await expect(client.getContent({ id: '../admin', type: 'page' })).rejects.toThrow(TypeError);
  });

  it('is refused with a wrong secret', async () => {
    const wrong = createConfluenceClient({ baseUrl: BASE_URL, auth: appJwtAuth({ ...t.app, appKey: t.app.key, sharedSecret: 'not-the-secret' }), fetch: t.fetch, retry: fastRetry });
    const error = await wrong.getContent({ id: t.pageId, type: 'page' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfluenceError);
    expect([401, 403, 404]).toContain((error as ConfluenceError).status);
  });
});

describe('labels', () => {
  it('lists page labels, adds global labels (v1), and reads the space vocabulary', async () => {
    const ref = { id: t.pageId, type: 'page' } as const;
    expect((await client.getLabels(ref)).map((l) => l.name)).toEqual(['deployment']);
    const after = await client.addLabels(ref, ['release', 'ci-cd']);
    expect(after.map((l) => l.name).sort()).toEqual(['ci-cd', 'deployment', 'release']);
    expect(after.every((l) => l.prefix === 'global')).toBe(true);
    const vocabulary = await client.getSpaceContentLabels(t.spaceId);
    expect(vocabulary.map((l) => l.name).sort()).toEqual(['ci-cd', 'deployment', 'helm', 'kubernetes', 'release']);
  });

  it('follows cursor pagination', async () => {
    const ref = { id: t.pageId, type: 'page' } as const;
    const many = Array.from({ length: 30 }, (_, i) => `tag-${i}`);
    await client.addLabels(ref, many);
    const small = createConfluenceClient({ baseUrl: BASE_URL, auth: basicAuth(t.user.email, t.user.apiToken), fetch: t.fetch });
    const labels = await small.getSpaceContentLabels(t.spaceId, { maxLabels: 1_000 });
    expect(labels).toHaveLength(33);
    expect(await small.getSpaceContentLabels(t.spaceId, { maxLabels: 5 })).toHaveLength(5);
  });

  it('surfaces Confluence refusing an invalid label name', async () => {
    await expect(client.addLabels({ id: t.pageId, type: 'page' }, ['bad:name'])).rejects.toMatchObject({ status: 400 });
  });
});

describe('content properties with versions', () => {
  it('creates, reads, updates, and reports conflicts', async () => {
    const ref = { id: t.pageId, type: 'page' } as const;
    expect(await client.getProperty(ref, 'labelup')).toBeUndefined();
    const created = await client.createProperty(ref, 'labelup', { status: 'pending' });
    expect(created).toMatchObject({ key: 'labelup', value: { status: 'pending' }, version: 1 });
    await expect(client.createProperty(ref, 'labelup', { status: 'x' })).rejects.toBeInstanceOf(ConflictError);
    const updated = await client.updateProperty(ref, created, { status: 'ready' }, 2);
    expect(updated.version).toBe(2);
    await expect(client.updateProperty(ref, created, { status: 'stale' }, 2)).rejects.toBeInstanceOf(ConflictError);
    expect(await client.getProperty(ref, 'labelup')).toMatchObject({ value: { status: 'ready' }, version: 2 });
  });
});

describe('acting as a user (OAuth 2.0 JWT bearer grant)', () => {
  it('gets a token from the token endpoint, caches it, and adds labels as the user', async () => {
    let grants = 0;
    const countingFetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      if (String(input).endsWith('/oauth2/token')) grants += 1;
      return t.fetch(input, init);
    }) as typeof fetch;
    const tokens = jwtBearerTokenSource({
      oauthClientId: t.app.oauthClientId,
      sharedSecret: t.app.sharedSecret,
      baseUrl: BASE_URL,
      accountId: t.user.accountId,
      scopes: ['READ', 'WRITE'],
      tokenUrl: 'https://client-test.atlassian.net/oauth2/token',
      fetch: countingFetch,
    });
    const asUser = createConfluenceClient({ baseUrl: BASE_URL, auth: userBearerAuth(tokens), fetch: countingFetch });
    await asUser.addLabels({ id: t.pageId, type: 'page' }, ['picked-by-ada']);
    await asUser.getLabels({ id: t.pageId, type: 'page' });
    expect(grants).toBe(1);
    expect((await client.getLabels({ id: t.pageId, type: 'page' })).map((l) => l.name)).toContain('picked-by-ada');
  });

  it('renews the token shortly before it expires, not before', async () => {
    let grants = 0;
    let clock = Date.parse('2026-11-29T12:00:00Z');
    const counting = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
      if (String(input).endsWith('/oauth2/token')) grants += 1;
      return t.fetch(input, init);
    }) as typeof fetch;
    t.emulator.state.now = () => clock;
    const tokens = jwtBearerTokenSource({
      oauthClientId: t.app.oauthClientId,
      sharedSecret: t.app.sharedSecret,
      baseUrl: BASE_URL,
      accountId: t.user.accountId,
      scopes: ['READ'],
      tokenUrl: 'https://client-test.atlassian.net/oauth2/token',
      fetch: counting,
      now: () => clock,
      refreshMarginMs: 60_000,
    });
    const first = await tokens();
    clock += 800_000; // emulator tokens live 900 s: still fresh with a 60 s margin
    expect(await tokens()).toBe(first);
    clock += 50_000; // 850 s: within the margin
    expect(await tokens()).not.toBe(first);
    expect(grants).toBe(2);
  });

  it('reports a refused grant as ForbiddenError', async () => {
    const tokens = jwtBearerTokenSource({
      oauthClientId: t.app.oauthClientId,
      sharedSecret: 'wrong-secret',
      baseUrl: BASE_URL,
      accountId: t.user.accountId,
      scopes: ['WRITE'],
      tokenUrl: 'https://client-test.atlassian.net/oauth2/token',
      fetch: t.fetch,
    });
    await expect(tokens()).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('retries', () => {
  it('retries 5xx and network drops, then succeeds', async () => {
    t.emulator.faults.set([
      { path: '/wiki/api/v2/pages/*', status: 503, times: 1 },
      { path: '/wiki/api/v2/pages/*', drop: true, times: 1 },
      { path: '/wiki/api/v2/pages/*', status: 500, times: 1 },
    ]);
    expect(await client.getLatestVersion({ id: t.pageId, type: 'page' })).toBe(2);
    expect(delays).toHaveLength(3);
  });

  it('honours Retry-After on 429 and succeeds', async () => {
    t.emulator.faults.set([{ path: '/wiki/api/v2/pages/*', status: 429, retryAfterSeconds: 0, times: 2 }]);
    expect(await client.getLatestVersion({ id: t.pageId, type: 'page' })).toBe(2);
    expect(delays).toEqual([0, 0]);
  });

  it('gives up after the bounded attempts with typed errors', async () => {
    t.emulator.faults.set([{ path: '/wiki/api/v2/pages/*', status: 502 }]);
    await expect(client.getLatestVersion({ id: t.pageId, type: 'page' })).rejects.toMatchObject({ status: 502, retryable: true });
    expect(delays).toHaveLength(3);
    t.emulator.faults.set([{ path: '/wiki/api/v2/pages/*', status: 429, retryAfterSeconds: 120 }]);
    const error = await client.getLatestVersion({ id: t.pageId, type: 'page' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(120_000);
  });

  it('does not retry 4xx', async () => {
    await expect(client.getLatestVersion({ id: '424242', type: 'page' })).rejects.toBeInstanceOf(NotFoundError);
    expect(delays).toEqual([]);
  });

  it('stops when the signal aborts (over a real socket)', async () => {
    const origin = await t.emulator.listen(0, '127.0.0.1');
    try {
      const overHttp = createConfluenceClient({ baseUrl: `${origin}/wiki`, auth: basicAuth(t.user.email, t.user.apiToken), retry: fastRetry });
      expect(await overHttp.getLatestVersion({ id: t.pageId, type: 'page' })).toBe(2);
      t.emulator.faults.set([{ path: '/wiki/api/v2/pages/*', latencyMs: 2_000 }]);
      const controller = new AbortController();
      setTimeout(() => controller.abort(new Error('job cancelled')), 30);
      const started = Date.now();
      await expect(overHttp.getLatestVersion({ id: t.pageId, type: 'page' }, { signal: controller.signal })).rejects.toThrow('job cancelled');
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      await t.emulator.close();
    }
  });
});
