/**
 * A `ConfluenceClient` (@labelup/confluence-client) whose requests go through `@forge/api`:
 * `asApp().requestConfluence` or `asUser().requestConfluence`. Forge authenticates every request
 * itself, so the client's Authorization header is dropped; paths, retries on 429/5xx (honouring
 * Retry-After), typed errors and response-shape checks are the client's, exactly as on Connect.
 */
import { assumeTrustedRoute, type APIResponse, type RequestInit as ForgeRequestInit } from '@forge/api';
import { createConfluenceClient, type ConfluenceClient, type TransportRetryOptions } from '@labelup/confluence-client';

/** What `@forge/api` gives for one principal (`asApp()` or `asUser()`). */
export interface ForgeProductRequester {
  requestConfluence(path: ReturnType<typeof assumeTrustedRoute>, init?: ForgeRequestInit): Promise<APIResponse>;
}

/**
 * A placeholder site URL: Forge routes product requests by path (`/wiki/...`), never by host. The
 * client builds `https://forge.invalid/wiki/api/v2/...`; only the path and query are sent.
 */
const FORGE_SITE = 'https://forge.invalid/wiki';

const noAuth = { authorization: async () => '' };

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    if (key !== 'authorization') out[key] = value;
  });
  return out;
}

/** A WHATWG Response with the same status, headers and body (what the client's transport reads). */
async function toResponse(answer: APIResponse): Promise<Response> {
  const headers = new Headers();
  answer.headers.forEach((value, key) => headers.append(key, value));
  const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
  return new Response(empty ? null : await answer.arrayBuffer(), { status: answer.status, statusText: answer.statusText, headers });
}

/** Creates a client over one Forge principal. */
export function forgeConfluenceClient(requester: ForgeProductRequester, retry?: TransportRetryOptions): ConfluenceClient {
  const forgeFetch = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = typeof init?.body === 'string' ? init.body : undefined;
    // The client validates ids and encodes query values: the path is built from trusted parts.
    const answer = await requester.requestConfluence(assumeTrustedRoute(url.pathname + url.search), {
      method: init?.method ?? 'GET',
      headers: headersOf(init),
      ...(body !== undefined ? { body } : {}),
      ...(init?.signal ? { signal: init.signal } : {}),
    });
    return toResponse(answer);
  };
  return createConfluenceClient({ baseUrl: FORGE_SITE, auth: noAuth, fetch: forgeFetch, ...(retry ? { retry } : {}) });
}
