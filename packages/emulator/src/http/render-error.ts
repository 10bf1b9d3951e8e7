import type { ApiError } from './api-error.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** HTTP reason phrase for a status. */
export const reasonPhrase = (status: number): string => REASONS[status] ?? 'Error';

const v2Code = (status: number): string => reasonPhrase(status).toUpperCase().replace(/ /g, '_');

/** Is this a v2 path (`/wiki/api/v2/...`)? */
export const isV2Path = (path: string): boolean => path.startsWith('/wiki/api/v2');

/** v1 error body: `{statusCode, data:{authorized, valid, allowedInReadOnlyMode, errors, successful}, message, reason}`. */
export function v1ErrorBody(status: number, message: string, errors: unknown[] = []): Record<string, unknown> {
  return {
    statusCode: status,
    data: {
      authorized: status !== 401 && status !== 403,
      valid: status !== 400,
      allowedInReadOnlyMode: true,
      errors,
      successful: false,
    },
    message,
    reason: reasonPhrase(status),
  };
}

/** v2 error body: `{errors:[{status, code, title, detail}]}`. */
export function v2ErrorBody(status: number, title: string, code?: string, detail: string | null = null): Record<string, unknown> {
  return { errors: [{ status, code: code ?? v2Code(status), title, detail }] };
}

const tomcatHtml = (status: number): string =>
  `<!doctype html><html lang="en"><head><title>HTTP Status ${status} – ${reasonPhrase(status)}</title></head>` +
  `<body><h1>HTTP Status ${status} – ${reasonPhrase(status)}</h1></body></html>`;

/** Renders an ApiError as Confluence would for the request path. */
export function renderError(err: ApiError, path: string): Response {
  const headers = new Headers(err.options.headers);
  const { status } = err;
  if (err.options.raw === 'empty') return new Response(null, { status, headers });
  if (err.options.raw === 'html') {
    headers.set('content-type', 'text/html;charset=utf-8');
    return new Response(tomcatHtml(status), { status, headers });
  }
  headers.set('content-type', 'application/json;charset=UTF-8');
  const body =
    err.options.raw === 'scope'
      ? { code: 401, message: 'Unauthorized; scope does not match' }
      : isV2Path(path)
        ? v2ErrorBody(status, err.message, err.options.code, err.options.detail ?? null)
        : v1ErrorBody(status, err.message, err.options.code ? [{ message: { key: err.options.code, args: [] } }] : []);
  return new Response(JSON.stringify(body), { status, headers });
}
