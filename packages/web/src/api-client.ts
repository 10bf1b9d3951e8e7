/**
 * Typed client of the service's HTTP API (`core/src/contract.ts`). Every request carries a
 * fresh Connect context token (`Authorization: JWT <token>`) from the host.
 */
import type {
  AddLabelsBody, AddLabelsResult, LabelsView, RequestSuggestionsBody, ServerEvent, SuggestionsView,
} from '../../core/src/contract.js';
import { ApiError, errorFromResponse } from './api-error.js';
import { subscribeEvents, type EventStreamOptions } from './event-stream.js';

/** Options of `createApiClient`. */
export interface ApiClientOptions {
  /** Base URL of the API, ending in `/api/` (default: `../api/` from the page URL). */
  readonly baseUrl: string;
  /** A fresh context token per call. */
  readonly getToken: () => Promise<string>;
  /** Default: the global fetch. */
  readonly fetch?: typeof fetch;
}

/** The API, one method per route. */
export interface ApiClient {
  getSuggestions(signal?: AbortSignal): Promise<SuggestionsView>;
  requestSuggestions(body: RequestSuggestionsBody, signal?: AbortSignal): Promise<SuggestionsView>;
  getLabels(signal?: AbortSignal): Promise<LabelsView>;
  addLabels(body: AddLabelsBody, signal?: AbortSignal): Promise<AddLabelsResult>;
  /** Follows the event stream until `signal` aborts, reconnecting after failures. */
  events(onEvent: (event: ServerEvent) => void, options: Omit<EventStreamOptions, 'url' | 'getToken' | 'fetch' | 'onEvent'>): Promise<void>;
}

/** The API base URL for a dialog page served at `<service>/app/index.html`. */
export function defaultApiBase(pageUrl: string): string {
  return new URL('../api/', pageUrl).toString();
}

/** Creates the client. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const url = (path: string) => new URL(path, options.baseUrl).toString();

  async function call<T>(method: 'GET' | 'POST', path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const token = await options.getToken();
    const headers: Record<string, string> = { Authorization: `JWT ${token}`, Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(url(path), { method, headers, body: body === undefined ? null : JSON.stringify(body), signal: signal ?? null });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError('network', 0, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw await errorFromResponse(response);
    try {
      return (await response.json()) as T;
    } catch {
      throw new ApiError('network', response.status, 'Unreadable response');
    }
  }

  return {
    getSuggestions: (signal) => call<SuggestionsView>('GET', 'suggestions', undefined, signal),
    requestSuggestions: (body, signal) => call<SuggestionsView>('POST', 'suggestions', body, signal),
    getLabels: (signal) => call<LabelsView>('GET', 'labels', undefined, signal),
    addLabels: (body, signal) => call<AddLabelsResult>('POST', 'labels', body, signal),
    events: (onEvent, rest) => subscribeEvents({ ...rest, url: url('events'), getToken: options.getToken, fetch: doFetch, onEvent }),
  };
}
