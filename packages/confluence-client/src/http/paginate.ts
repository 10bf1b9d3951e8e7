/** Follows v2 cursor pagination (`_links.next`), bounded by `maxItems`. */
import type { Transport, TransportRequest } from './transport.js';

interface V2Page<T> {
  results?: T[];
  _links?: { next?: string };
}

/** Every result of a v2 list, up to `maxItems`. */
export async function collectV2<T>(send: Transport, first: TransportRequest, maxItems: number): Promise<T[]> {
  const out: T[] = [];
  let request: TransportRequest | undefined = first;
  while (request && out.length < maxItems) {
    const page: V2Page<T> = await send<V2Page<T>>(request);
    out.push(...(page.results ?? []));
    const next = page._links?.next;
    // The next link carries the query (cursor, limit) itself.
    request = next ? { method: 'GET', path: next, what: first.what, ...(first.signal ? { signal: first.signal } : {}) } : undefined;
  }
  return out.slice(0, maxItems);
}
