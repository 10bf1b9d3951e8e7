/**
 * One HTTP call to the site's REST API with auth, timeout, AbortSignal and bounded retries:
 * 429 waits for `Retry-After` (or backoff) and retries; 5xx and network failures retry with
 * exponential backoff and jitter. A `Retry-After` longer than `maxRetryAfterMs` is not waited for
 * in-process: `RateLimitedError` is thrown so a job can be rescheduled instead.
 */
import type { AuthProvider } from '../auth/auth-provider.js';
import { ConfluenceError, MalformedResponseError, RateLimitedError } from '../errors.js';
import { errorFromResponse } from './error-from-response.js';
import { parseRetryAfterMs } from './retry-after.js';

/** Retry options. Defaults: 4 attempts, 250 ms base, 5 000 ms cap, wait at most 10 000 ms for Retry-After. */
export interface TransportRetryOptions {
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly maxRetryAfterMs?: number;
}

/** Options of `createTransport`. */
export interface TransportOptions {
  /** Site base URL with context path, e.g. `https://example.atlassian.net/wiki`. */
  readonly baseUrl: string;
  readonly auth: AuthProvider;
  readonly retry?: TransportRetryOptions;
  /** Per-attempt timeout. Default 30 000 ms. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Called before each retry, with ids only (for logs/metrics). */
  readonly onRetry?: (info: { what: string; attempt: number; status: number; delayMs: number }) => void;
  /** Injectable for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** One request. `what` names it in errors without ids of content (`GET /api/v2/pages/{id}`). */
export interface TransportRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the base URL (`/api/v2/...`) or a site-relative `_links.next` (`/wiki/api/v2/...`). */
  readonly path: string;
  readonly what: string;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

/** Sends requests; resolves to the parsed JSON (undefined for 204 or an empty body); the caller checks its shape. */
export type Transport = <T>(request: TransportRequest) => Promise<T>;

const abortableSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Creates the transport for one site and one auth. */
export function createTransport(options: TransportOptions): Transport {
  const base = new URL(options.baseUrl.replace(/\/+$/, ''));
  const basePath = base.pathname.replace(/\/+$/, '');
  const attempts = options.retry?.attempts ?? 4;
  const baseDelay = options.retry?.baseDelayMs ?? 250;
  const maxDelay = options.retry?.maxDelayMs ?? 5_000;
  const maxRetryAfter = options.retry?.maxRetryAfterMs ?? 10_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? abortableSleep;
  const backoff = (attempt: number) => Math.min(maxDelay, baseDelay * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);

  const urlFor = (path: string, query: TransportRequest['query']): URL => {
    // `_links.next` is site-relative and already carries the context path; stay on the site's origin.
    const url = new URL(path.startsWith(`${basePath}/`) && basePath !== '' ? path : `${basePath}${path}`, base.origin);
    if (url.origin !== base.origin) throw new TypeError('refusing to follow a link to another origin');
    for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) url.searchParams.set(key, String(value));
    return url;
  };

  return async function send<T>(request: TransportRequest): Promise<T> {
    const url = urlFor(request.path, request.query);
    const baseUrl = `${base.origin}${basePath}`;
    for (let attempt = 1; ; attempt++) {
      request.signal?.throwIfAborted();
      const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
      headers.authorization = await options.auth.authorization({ method: request.method, url, baseUrl, ...(request.signal ? { signal: request.signal } : {}) });
      if (request.body !== undefined) headers['content-type'] = 'application/json';
      const signal = request.signal ? AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await doFetch(url, {
          method: request.method,
          headers,
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          signal,
        });
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        failure = error;
      }
      if (response?.ok) {
        if (response.status === 204) return undefined as T;
        const text = await response.text().catch((error: unknown) => {
          throw new MalformedResponseError(`${request.what}: the answer could not be read`, { cause: error });
        });
        if (text.trim() === '') return undefined as T;
        try {
          return JSON.parse(text) as T;
        } catch {
          throw new MalformedResponseError(`${request.what}: the answer is not JSON`);
        }
      }
      const status = response?.status ?? 0;
      const retryable = status === 0 || status === 429 || status >= 500;
      const retryAfter = response ? parseRetryAfterMs(response.headers.get('retry-after')) : undefined;
      const last = attempt >= attempts || !retryable || (retryAfter !== undefined && retryAfter > maxRetryAfter);
      if (last) {
        if (status === 429) {
          await response?.body?.cancel();
          throw new RateLimitedError(`${request.what}: 429 rate limited`, retryAfter ?? backoff(attempt));
        }
        if (!response) throw new ConfluenceError(`${request.what}: network error`, 0, 'NETWORK', { cause: failure });
        throw await errorFromResponse(response, request.what);
      }
      await response?.body?.cancel();
      const delayMs = Math.min(maxRetryAfter, retryAfter ?? backoff(attempt));
      options.onRetry?.({ what: request.what, attempt, status, delayMs });
      await sleep(delayMs, request.signal);
    }
  };
}
