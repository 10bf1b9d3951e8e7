/**
 * Reads the service's event stream in a test: collects parsed ServerEvents until aborted.
 * Minimal SSE parsing (data lines of our own single-line JSON events) — enough for our stream.
 */
import type { ServerEvent } from '@labelup/core';

/** An open event stream. */
export interface EventTap {
  readonly events: ServerEvent[];
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  /** Resolves when an event matching `predicate` arrives (or rejects after `timeoutMs`). */
  waitFor(predicate: (event: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>;
  close(): void;
}

/** Opens `GET /api/events` with a token; resolves once the first ping arrived (subscribed). */
export async function openEvents(url: string, token: string): Promise<EventTap> {
  const controller = new AbortController();
  const response = await fetch(`${url}/api/events`, { headers: { authorization: `JWT ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`events: ${response.status}`);
  const events: ServerEvent[] = [];
  const waiters = new Set<() => void>();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
          if (data) events.push(JSON.parse(data) as ServerEvent);
          for (const wake of [...waiters]) wake();
        }
      }
    } catch {
      // aborted
    }
  })();
  const tap: EventTap = {
    events,
    ended,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(predicate);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(events)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => controller.abort(),
  };
  await tap.waitFor((e) => e.type === 'ping');
  return tap;
}
