/** Follows v2 cursor pagination (`_links.next`), bounded by `maxItems`; every page's shape is checked. */
import type { z } from 'zod';
import { expectShape, v2PageShape } from './response-shapes.js';
import type { Transport, TransportRequest } from './transport.js';

/** Every result of a v2 list, up to `maxItems`, each as `item` says (else MalformedResponseError). */
export async function collectV2<S extends z.ZodType>(send: Transport, first: TransportRequest, maxItems: number, item: S): Promise<z.infer<S>[]> {
  const out: z.infer<S>[] = [];
  const shape = v2PageShape(item);
  let request: TransportRequest | undefined = first;
  while (request && out.length < maxItems) {
    const page: { results: unknown[]; _links?: { next?: string | undefined } | undefined } = expectShape(shape, await send<unknown>(request), first.what);
    out.push(...(page.results as z.infer<S>[]));
    const next: string | undefined = page._links?.next;
    // The next link carries the query (cursor, limit) itself.
    request = next ? { method: 'GET', path: next, what: first.what, ...(first.signal ? { signal: first.signal } : {}) } : undefined;
  }
  return out.slice(0, maxItems);
}
