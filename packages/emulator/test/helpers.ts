import { createQueryStringHash, encodeSymmetric, fromMethodAndUrl } from 'atlassian-jwt';
import { addApp, addPage, addSpace, addUser, createEmulator, type AdfNode, type ConnectScope, type Emulator, type InstalledApp } from '../src/index.js';

/** Base URL used for in-process requests. */
export const ORIGIN = 'http://confluence.test';

/** A one-paragraph ADF document. */
export const doc = (text: string): AdfNode => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** `Basic` header for e-mail + API token. */
export const basic = (email: string, token: string): string => `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;

/** An emulator with two users, a space and a page; `clock` moves time. */
export function setup(): {
  emu: Emulator;
  clock: { ms: number };
  admin: ReturnType<typeof addUser>;
  bob: ReturnType<typeof addUser>;
  space: ReturnType<typeof addSpace>;
  page: ReturnType<typeof addPage>;
  asAdmin: string;
  asBob: string;
} {
  const clock = { ms: Date.UTC(2026, 10, 1, 12) };
  const emu = createEmulator({ baseUrl: `${ORIGIN}/wiki`, now: () => clock.ms });
  const site = emu.state;
  const admin = addUser(site, { email: 'admin@example.com', apiToken: 'demo-token', displayName: 'Admin' });
  const bob = addUser(site, { email: 'bob@example.com', apiToken: 'bob-token', displayName: 'Bob' });
  const space = addSpace(site, { key: 'DOC', name: 'Docs' });
  const page = addPage(site, { spaceId: space.id, title: 'Hello', adf: doc('Hello world'), authorId: admin.accountId });
  return { emu, clock, admin, bob, space, page, asAdmin: basic('admin@example.com', 'demo-token'), asBob: basic('bob@example.com', 'bob-token') };
}

/** Sends a request in process. */
export function call(emu: Emulator, method: string, path: string, init: { auth?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.auth) headers.authorization = init.auth;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return Promise.resolve(emu.app.request(`${ORIGIN}${path}`, { method, headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) }));
}

/** Records an installed app directly in the state (the install flow has its own tests). */
export function addTestApp(emu: Emulator, scopes: ConnectScope[], key = 'test-app'): InstalledApp {
  return addApp(emu.state, { key, scopes, baseUrl: 'https://app.test' });
}

/**
 * An app's `Authorization: JWT …` for a request, made independently of the emulator with atlassian-jwt, the way
 * atlassian-connect-express does: qsh over the path relative to the product base URL (without `/wiki`).
 */
export function appJwt(app: InstalledApp, method: string, pathWithWiki: string, nowMs: number, overrides: Record<string, unknown> = {}, secret = app.sharedSecret): string {
  const relative = pathWithWiki.replace(/^\/wiki/, '');
  const iat = Math.floor(nowMs / 1000);
  const qsh = createQueryStringHash(fromMethodAndUrl(method, relative));
  return `JWT ${encodeSymmetric({ iss: app.key, iat, exp: iat + 180, qsh, aud: [app.clientKey], ...overrides }, secret)}`;
}
