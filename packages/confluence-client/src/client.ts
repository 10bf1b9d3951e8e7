/**
 * The typed Confluence Cloud REST client: what Label UP! needs of v2 (content, labels, space
 * label vocabulary, content properties) and v1 (adding labels — v2 has no label write). One client
 * per site and auth; auth is injected (`appJwtAuth`, `userBearerAuth`, `basicAuth`).
 */
import type { AuthProvider } from './auth/auth-provider.js';
import { collectV2 } from './http/paginate.js';
import { contentShape, expectShape, labelShape, propertyShape, v1LabelsShape, v2PageShape } from './http/response-shapes.js';
import { createTransport, type TransportOptions, type TransportRetryOptions } from './http/transport.js';
import type { BodyFormat, Content, ContentProperty, ContentRef, ContentType, Label } from './types.js';

/** Options of `createConfluenceClient`. */
export interface ConfluenceClientOptions {
  /** Site base URL with context path, e.g. `https://example.atlassian.net/wiki`. */
  readonly baseUrl: string;
  readonly auth: AuthProvider;
  readonly retry?: TransportRetryOptions;
  /** Per-attempt timeout. Default 30 000 ms. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  readonly onRetry?: TransportOptions['onRetry'];
}

/** Per-call options. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

/** The client. Every method throws the typed errors of `errors.ts`; every answer's shape is checked (`MalformedResponseError`). */
export interface ConfluenceClient {
  /** A page or blog post, at `version` (default latest), with the body in `bodyFormat` if given. */
  getContent(ref: ContentRef, options?: CallOptions & { version?: number; bodyFormat?: BodyFormat }): Promise<Content>;
  /** The latest version number. */
  getLatestVersion(ref: ContentRef, options?: CallOptions): Promise<number>;
  /** Labels on the content (default prefix `global`). */
  getLabels(ref: ContentRef, options?: CallOptions & { prefix?: string; maxLabels?: number }): Promise<Label[]>;
  /** Adds global labels (v1); returns every label on the content afterwards. */
  addLabels(ref: ContentRef, names: readonly string[], options?: CallOptions): Promise<Label[]>;
  /** Labels used on content in a space (its label vocabulary), default prefix `global`, at most `maxLabels` (default 1 000). */
  getSpaceContentLabels(spaceId: string, options?: CallOptions & { prefix?: string; maxLabels?: number }): Promise<Label[]>;
  /** A content property by key, or undefined when absent. */
  getProperty<T = unknown>(ref: ContentRef, key: string, options?: CallOptions): Promise<ContentProperty<T> | undefined>;
  /** Creates a property (version 1); ConflictError when it already exists. */
  createProperty<T>(ref: ContentRef, key: string, value: T, options?: CallOptions): Promise<ContentProperty<T>>;
  /** Replaces a property's value; `version` is the NEW version number (current + 1); ConflictError when taken. */
  updateProperty<T>(ref: ContentRef, property: { id: string; key: string }, value: T, version: number, options?: CallOptions): Promise<ContentProperty<T>>;
}

const SEGMENT: Record<ContentType, string> = { page: 'pages', blogpost: 'blogposts' };

function checkRef(ref: ContentRef): string {
  if (!/^\d{1,30}$/.test(ref.id)) throw new TypeError(`content id must be numeric, got ${JSON.stringify(ref.id).slice(0, 40)}`);
  if (!(ref.type in SEGMENT)) throw new TypeError('content type must be "page" or "blogpost"');
  return `/api/v2/${SEGMENT[ref.type]}/${ref.id}`;
}

const toProperty = <T>(p: { id: string; key: string; value?: unknown; version: { number: number } }): ContentProperty<T> => ({ id: p.id, key: p.key, value: p.value as T, version: p.version.number });
const toLabel = (l: { id: string; name: string; prefix: string }): Label => ({ id: l.id, name: l.name, prefix: l.prefix });
const propertyList = v2PageShape(propertyShape);
const sig = (o?: CallOptions) => (o?.signal ? { signal: o.signal } : {});

/** Creates a client for one site and one auth. */
export function createConfluenceClient(options: ConfluenceClientOptions): ConfluenceClient {
  const send = createTransport(options);
  const what = (method: string, template: string, ref: ContentRef) => `${method} ${template.replace('{type}', SEGMENT[ref.type])}`;

  return {
    async getContent(ref, o = {}) {
      const path = checkRef(ref);
      if (o.version !== undefined && (!Number.isInteger(o.version) || o.version < 1)) throw new TypeError('version must be a positive integer');
      const request = { method: 'GET', path, what: what('GET', '/api/v2/{type}/{id}', ref), query: { 'body-format': o.bodyFormat, version: o.version }, ...sig(o) } as const;
      const raw = expectShape(contentShape, await send<unknown>(request), request.what);
      const body = o.bodyFormat ? raw.body?.[o.bodyFormat] : undefined;
      return {
        id: raw.id,
        type: ref.type,
        status: raw.status,
        title: raw.title,
        spaceId: raw.spaceId,
        version: raw.version.number,
        ...(body ? { body: { representation: body.representation as BodyFormat, value: body.value } } : {}),
      };
    },

    async getLatestVersion(ref, o = {}) {
      const request = { method: 'GET', path: checkRef(ref), what: what('GET', '/api/v2/{type}/{id}', ref), ...sig(o) } as const;
      return expectShape(contentShape, await send<unknown>(request), request.what).version.number;
    },

    async getLabels(ref, o = {}) {
      const labels = await collectV2(
        send,
        { method: 'GET', path: `${checkRef(ref)}/labels`, what: what('GET', '/api/v2/{type}/{id}/labels', ref), query: { prefix: o.prefix ?? 'global', limit: 250 }, ...sig(o) },
        o.maxLabels ?? 1_000,
        labelShape,
      );
      return labels.map(toLabel);
    },

    async addLabels(ref, names, o = {}) {
      checkRef(ref);
      if (names.length === 0) throw new TypeError('addLabels: at least one label name is required');
      const raw = await send<unknown>({
        method: 'POST',
        path: `/rest/api/content/${ref.id}/label`,
        what: 'POST /rest/api/content/{id}/label',
        body: names.map((name) => ({ prefix: 'global', name })),
        headers: { 'x-atlassian-token': 'no-check' },
        ...sig(o),
      });
      return expectShape(v1LabelsShape, raw, 'POST /rest/api/content/{id}/label').results.map(toLabel);
    },

    async getSpaceContentLabels(spaceId, o = {}) {
      if (!/^\d{1,30}$/.test(spaceId)) throw new TypeError('space id must be numeric');
      const labels = await collectV2(
        send,
        { method: 'GET', path: `/api/v2/spaces/${spaceId}/content/labels`, what: 'GET /api/v2/spaces/{id}/content/labels', query: { prefix: o.prefix ?? 'global', limit: 250 }, ...sig(o) },
        o.maxLabels ?? 1_000,
        labelShape,
      );
      return labels.map(toLabel);
    },

    async getProperty<T>(ref: ContentRef, key: string, o: CallOptions = {}) {
      const request = { method: 'GET', path: `${checkRef(ref)}/properties`, what: what('GET', '/api/v2/{type}/{id}/properties', ref), query: { key }, ...sig(o) } as const;
      const list = expectShape(propertyList, await send<unknown>(request), request.what);
      const found = list.results.find((p) => p.key === key);
      return found ? toProperty<T>(found) : undefined;
    },

    async createProperty<T>(ref: ContentRef, key: string, value: T, o: CallOptions = {}) {
      const request = { method: 'POST', path: `${checkRef(ref)}/properties`, what: what('POST', '/api/v2/{type}/{id}/properties', ref), body: { key, value }, ...sig(o) } as const;
      return toProperty<T>(expectShape(propertyShape, await send<unknown>(request), request.what));
    },

    async updateProperty<T>(ref: ContentRef, property: { id: string; key: string }, value: T, version: number, o: CallOptions = {}) {
      if (!/^\d{1,30}$/.test(property.id)) throw new TypeError('property id must be numeric');
      const request = {
        method: 'PUT',
        path: `${checkRef(ref)}/properties/${property.id}`,
        what: what('PUT', '/api/v2/{type}/{id}/properties/{propertyId}', ref),
        body: { key: property.key, value, version: { number: version, message: 'Label UP! suggestions' } },
        ...sig(o),
      } as const;
      return toProperty<T>(expectShape(propertyShape, await send<unknown>(request), request.what));
    },
  };
}
