/**
 * Checks an event against the typed map before it is published or after it is received from
 * Redis, and copies only the known fields (events carry ids and codes, never content).
 */
import type { SuggestionEvents } from '../core/ports.js';

/** A validated event. */
export interface ValidEvent<K extends keyof SuggestionEvents = keyof SuggestionEvents> {
  readonly type: K;
  readonly payload: SuggestionEvents[K];
}

const EVENT_TYPES: readonly (keyof SuggestionEvents)[] = ['suggestions-ready', 'suggestions-failed'];

/** Returns the event with known fields only; throws a TypeError naming what is wrong. */
export function validateEvent<K extends keyof SuggestionEvents>(type: K, payload: unknown): ValidEvent<K> {
  if (!EVENT_TYPES.includes(type)) throw new TypeError(`event: unknown type ${JSON.stringify(type)}`);
  const p = (payload ?? {}) as Record<string, unknown>;
  if (typeof p.clientKey !== 'string' || p.clientKey === '') throw new TypeError('event: clientKey must be a non-empty string');
  if (typeof p.contentId !== 'string' || p.contentId === '') throw new TypeError('event: contentId must be a non-empty string');
  if (typeof p.version !== 'number' || !Number.isSafeInteger(p.version)) throw new TypeError('event: version must be an integer');
  const base = { clientKey: p.clientKey, contentId: p.contentId, version: p.version };
  if (type === 'suggestions-failed') {
    if (typeof p.code !== 'string' || p.code === '') throw new TypeError('event: code must be a non-empty string');
    return { type, payload: { ...base, code: p.code } as SuggestionEvents[K] };
  }
  return { type, payload: base as SuggestionEvents[K] };
}

/** Parses an event received as JSON (`{type, payload}`); undefined when malformed. */
export function parseEvent(json: string): ValidEvent | undefined {
  try {
    const raw = JSON.parse(json) as { type?: unknown; payload?: unknown };
    if (typeof raw.type !== 'string') return undefined;
    return validateEvent(raw.type as keyof SuggestionEvents, raw.payload);
  } catch {
    return undefined;
  }
}
