/**
 * `GET /api/events`: a text/event-stream telling an open dialog when its page's suggestions are
 * ready or failed. Authenticated by the context JWT like every API route (the dialog reads it with
 * fetch, since EventSource cannot send headers). Scoped: a connection belongs to one site, one page
 * and one user, and receives only events of that site and page — never a site-wide broadcast.
 * A `ping` is sent on connect and every `heartbeatMs`; the subscription ends when the client aborts
 * or when the token expires (the dialog reconnects with a fresh token).
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { EventBus, SuggestionEvents } from '../core/ports.js';
import type { AppEnv } from '../http/env.js';
import type { JobFailureCode, ServerEvent } from '@labelup/core';
import { boundContent } from './suggestions-routes.js';

/** Options of `eventsRoutes`. */
export interface EventsRoutesOptions {
  readonly bus: EventBus;
  /** Interval of `ping` events. Default 15 s (below common proxy idle timeouts). */
  readonly heartbeatMs?: number;
}

const failureCodes: readonly JobFailureCode[] = ['text-too-short', 'language-undetermined', 'language-unsupported', 'page-not-found', 'app-uninstalled', 'internal'];

function toServerEvent<K extends keyof SuggestionEvents>(type: K, payload: SuggestionEvents[K]): ServerEvent {
  if (type === 'suggestions-ready') return { type, pageId: payload.contentId, version: payload.version };
  const raw = (payload as SuggestionEvents['suggestions-failed']).code;
  const code = (failureCodes as readonly string[]).includes(raw) ? (raw as JobFailureCode) : 'internal';
  return { type: 'suggestions-failed', pageId: payload.contentId, version: payload.version, code };
}

/** Route `GET /events` under `/api`. */
export function eventsRoutes(options: EventsRoutesOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/events', (c) => {
    const clientKey = c.get('tenant').clientKey;
    const pageId = boundContent(c).id;
    const expiresInMs = Math.max(0, c.get('connect').expiresAt - Date.now());
    return streamSSE(c, async (stream) => {
      let chain = Promise.resolve();
      const send = (event: ServerEvent) => {
        chain = chain.then(() => stream.writeSSE({ event: event.type, data: JSON.stringify(event) })).catch(() => undefined);
      };
      const unsubscribe = options.bus.subscribe((type, payload) => {
        if (payload.clientKey === clientKey && payload.contentId === pageId) send(toServerEvent(type, payload));
      });
      const heartbeat = setInterval(() => send({ type: 'ping' }), options.heartbeatMs ?? 15_000);
      send({ type: 'ping' });
      let expiry: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        stream.onAbort(() => resolve());
        c.req.raw.signal.addEventListener('abort', () => resolve(), { once: true });
        expiry = setTimeout(resolve, expiresInMs);
      });
      clearTimeout(expiry);
      clearInterval(heartbeat);
      unsubscribe();
      await chain;
    });
  });
  return app;
}
