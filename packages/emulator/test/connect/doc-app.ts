import { createPublicKey, verify } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createQueryStringHash, fromMethodAndUrl } from 'atlassian-jwt';

/**
 * A tiny Connect app written only from Atlassian's public docs (signed install, "Understanding JWT"), not from
 * the emulator's code: it serves its descriptor and verifies lifecycle callbacks — RS256 signature with the
 * PEM fetched by `kid` from the key server, `aud` = its baseUrl, `iss` = clientKey of the body, `exp`, `qsh`.
 */
export interface DocApp {
  origin: string;
  /** Lifecycle payloads received and verified, in order. */
  events: Record<string, unknown>[];
  /** Verification failures (should stay empty). */
  failures: string[];
  /** Status the `installed` callback answers with. */
  installedStatus: number;
  descriptor: Record<string, unknown>;
  close(): Promise<void>;
}

const b64url = (s: string): Buffer => Buffer.from(s, 'base64url');

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts the app on 127.0.0.1:0; `keyServer` is where `/{kid}` PEMs are fetched. */
export async function startDocApp(keyServer: () => string, scopes: string[] = ['READ', 'WRITE', 'ACT_AS_USER']): Promise<DocApp> {
  const app: DocApp = { origin: '', events: [], failures: [], installedStatus: 204, descriptor: {}, close: () => Promise.resolve() };

  async function verifyLifecycle(req: IncomingMessage, body: Record<string, unknown>): Promise<string | undefined> {
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('JWT ')) return 'no JWT';
    const [h = '', p = '', sig = ''] = auth.slice(4).split('.');
    const header = JSON.parse(b64url(h).toString('utf8')) as { alg: string; kid: string };
    const claims = JSON.parse(b64url(p).toString('utf8')) as { iss: string; aud: string[] | string; exp: number; qsh: string };
    if (header.alg !== 'RS256') return 'alg';
    const pem = await (await fetch(`${keyServer()}/${encodeURIComponent(header.kid)}`)).text();
    if (!verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey(pem), b64url(sig))) return 'signature';
    const aud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
    if (aud !== app.origin) return `aud ${String(aud)}`;
    if (claims.iss !== body.clientKey) return 'iss';
    if (claims.exp <= Date.now() / 1000) return 'exp';
    const qsh = createQueryStringHash(fromMethodAndUrl('POST', req.url ?? ''), false, app.origin);
    if (claims.qsh !== qsh) return 'qsh';
    return undefined;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'GET' && req.url === '/atlassian-connect.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(app.descriptor));
        return;
      }
      if (req.method === 'POST' && (req.url === '/installed' || req.url === '/uninstalled')) {
        const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
        const failure = await verifyLifecycle(req, body);
        if (failure) {
          app.failures.push(failure);
          res.writeHead(401).end();
          return;
        }
        app.events.push(body);
        res.writeHead(req.url === '/installed' ? app.installedStatus : 204).end();
        return;
      }
      res.writeHead(404).end();
    })().catch((e: unknown) => {
      app.failures.push(String(e));
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  app.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  app.descriptor = {
    key: 'doc-app',
    name: 'Doc app',
    baseUrl: app.origin,
    authentication: { type: 'jwt' },
    lifecycle: { installed: '/installed', uninstalled: '/uninstalled' },
    apiMigrations: { 'signed-install': true, 'context-qsh': true, gdpr: true },
    scopes,
    enableLicensing: true,
    modules: {},
  };
  app.close = () => new Promise((r) => server.close(() => r()));
  return app;
}
