import { describe, expect, it } from 'vitest';
import type { ServerEvent } from '../../core/src/contract.js';
import { parseEvent, subscribeEvents } from './event-stream.js';

/** A real streamed Response whose body arrives in the given chunks. */
function streamed(chunks: readonly string[]): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(encoder.encode(c));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
}

describe('parseEvent', () => {
  it('accepts the contract events and ignores anything else', () => {
    expect(parseEvent('{"type":"ping"}')).toEqual({ type: 'ping' });
    expect(parseEvent('{"type":"other"}')).toBeUndefined();
    expect(parseEvent('not json')).toBeUndefined();
  });
});

describe('subscribeEvents', () => {
  it('parses events split across chunks, sends a fresh token per connection, and reconnects', async () => {
    const controller = new AbortController();
    const events: ServerEvent[] = [];
    const tokens: string[] = [];
    let n = 0;
    const responses = [
      () => streamed(['event: ping\ndata: {"type":"ping"}\n\n', 'event: suggestions-ready\nda', 'ta: {"type":"suggestions-ready","pageId":"7","version":2}\n\n']),
      () => new Response(JSON.stringify({ error: { code: 'token-expired', message: 'expired' } }), { status: 401 }),
      () => streamed([': comment\n\nevent: suggestions-failed\ndata: {"type":"suggestions-failed","pageId":"7","version":2,"code":"text-too-short"}\n\n']),
    ];
    const connections: boolean[] = [];
    const done = subscribeEvents({
      url: 'http://127.0.0.1/api/events',
      getToken: async () => `token-${++n}`,
      fetch: async (_url, init) => {
        tokens.push(String((init?.headers as Record<string, string>)['Authorization']));
        const next = responses.shift();
        if (!next) {
          controller.abort();
          throw new Error('closed');
        }
        return next();
      },
      onEvent: (e) => events.push(e),
      onConnection: (open) => connections.push(open),
      signal: controller.signal,
      retryMs: 1,
    });
    await done;
    expect(events).toEqual([
      { type: 'ping' },
      { type: 'suggestions-ready', pageId: '7', version: 2 },
      { type: 'suggestions-failed', pageId: '7', version: 2, code: 'text-too-short' },
    ]);
    expect(tokens).toEqual(['JWT token-1', 'JWT token-2', 'JWT token-3', 'JWT token-4']);
    expect(connections.slice(0, 4)).toEqual([true, false, false, true]);
  });
});
