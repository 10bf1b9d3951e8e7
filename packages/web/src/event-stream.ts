/**
 * Follows the service's `text/event-stream` with fetch (EventSource cannot send the Authorization
 * header), parsing with eventsource-parser, and reconnects with a fresh token after any failure
 * (backoff doubling from `retryMs` up to `maxRetryMs`, reset once a stream opens).
 */
import { createParser } from 'eventsource-parser';
import type { ServerEvent } from '../../core/src/contract.js';
import { errorFromResponse } from './api-error.js';

/** Options of `subscribeEvents`. */
export interface EventStreamOptions {
  readonly url: string;
  readonly getToken: () => Promise<string>;
  readonly onEvent: (event: ServerEvent) => void;
  /** Ends the subscription. */
  readonly signal: AbortSignal;
  /** Told when the stream opens (true) or drops (false). */
  readonly onConnection?: (open: boolean, error?: unknown) => void;
  readonly fetch?: typeof fetch;
  /** First reconnect delay. Default 1000 ms. */
  readonly retryMs?: number;
  /** Longest reconnect delay. Default 15000 ms. */
  readonly maxRetryMs?: number;
}

/** Runs until `signal` aborts; never rejects. */
export async function subscribeEvents(options: EventStreamOptions): Promise<void> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const first = options.retryMs ?? 1000;
  let delay = first;
  while (!options.signal.aborted) {
    try {
      const token = await options.getToken();
      const response = await doFetch(options.url, {
        headers: { Authorization: `JWT ${token}`, Accept: 'text/event-stream' },
        signal: options.signal,
      });
      if (!response.ok || !response.body) throw await errorFromResponse(response);
      options.onConnection?.(true);
      delay = first;
      await readStream(response.body, options.onEvent);
      options.onConnection?.(false);
    } catch (error) {
      if (options.signal.aborted) return;
      options.onConnection?.(false, error);
    }
    await sleep(delay, options.signal);
    delay = Math.min(delay * 2, options.maxRetryMs ?? 15_000);
  }
}

async function readStream(body: ReadableStream<Uint8Array>, onEvent: (event: ServerEvent) => void): Promise<void> {
  const parser = createParser({
    onEvent: (message) => {
      const event = parseEvent(message.data);
      if (event) onEvent(event);
    },
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      parser.feed(decoder.decode());
      return;
    }
    parser.feed(decoder.decode(value, { stream: true }));
  }
}

/** A ServerEvent from an event's data, or undefined when it is not one (ignored, not fatal). */
export function parseEvent(data: string): ServerEvent | undefined {
  try {
    const value = JSON.parse(data) as { type?: unknown };
    if (value && (value.type === 'suggestions-ready' || value.type === 'suggestions-failed' || value.type === 'ping')) {
      return value as ServerEvent;
    }
  } catch {
    // not JSON: not an event of ours
  }
  return undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
