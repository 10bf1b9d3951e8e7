import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectAuthError } from '../../src/connect/auth-error.js';
import { createInstallKeyProvider } from '../../src/connect/install-keys.js';

const PEM = '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n';
let server: Server;
let url = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/keys/kid-1') res.end(PEM);
    else if (req.url === '/keys/not-pem') res.end('<html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (error: unknown) => (error instanceof ConnectAuthError ? error.code : 'other'));

describe('createInstallKeyProvider', () => {
  it('fetches a key by kid once and then serves it from the cache', async () => {
    const provider = createInstallKeyProvider({ installKeysUrl: `${url}/` });
    hits.length = 0;
    expect(await provider('kid-1')).toBe(PEM);
    expect(await provider('kid-1')).toBe(PEM);
    expect(hits).toEqual(['/keys/kid-1']);
  });

  it('refuses unknown kids, non-PEM answers and kids that are not plain names', async () => {
    const provider = createInstallKeyProvider({ installKeysUrl: url });
    expect(await codeOf(provider('kid-2'))).toBe('unknown-key');
    expect(await codeOf(provider('not-pem'))).toBe('unknown-key');
    hits.length = 0;
    expect(await codeOf(provider('../admin'))).toBe('unknown-key');
    expect(hits).toEqual([]);
  });

  it('remembers failed look-ups for a while: forged kids cost one fetch each, not one per request', async () => {
    let clock = 1_000_000;
    const provider = createInstallKeyProvider({ installKeysUrl: url, failureTtlMs: 60_000, now: () => clock });
    hits.length = 0;
    for (let i = 0; i < 5; i += 1) expect(await codeOf(provider('forged-kid'))).toBe('unknown-key');
    expect(hits).toEqual(['/keys/forged-kid']);
    clock += 60_001;
    expect(await codeOf(provider('forged-kid'))).toBe('unknown-key');
    expect(hits).toEqual(['/keys/forged-kid', '/keys/forged-kid']);
  });

  it('never looks up "." or ".." (path segments), nor kids starting with a dot', async () => {
    const provider = createInstallKeyProvider({ installKeysUrl: url });
    hits.length = 0;
    for (const kid of ['.', '..', '.hidden', '', 'a/b', 'x'.repeat(201)]) expect(await codeOf(provider(kid))).toBe('unknown-key');
    expect(hits).toEqual([]);
    expect(await provider('kid-1')).toBe(PEM);
  });

  it('reports an unreachable key server as unknown-key', async () => {
    const provider = createInstallKeyProvider({ installKeysUrl: 'http://127.0.0.1:1', timeoutMs: 500 });
    expect(await codeOf(provider('kid-1'))).toBe('unknown-key');
  });
});
