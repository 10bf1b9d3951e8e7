/** Turns a non-2xx Confluence response into a typed error, reading only its error code/message. */
import { ConfluenceError, ConflictError, ForbiddenError, NotFoundError } from '../errors.js';

/** Confluence's message from a v1 (`{message}`) or v2 (`{errors:[{code,title}]}`) error body. */
async function describe(response: Response): Promise<{ code?: string; message?: string }> {
  try {
    const body = (await response.json()) as { message?: unknown; errors?: { code?: unknown; title?: unknown }[] };
    const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
    const code = typeof first?.code === 'string' ? first.code : undefined;
    const raw = typeof first?.title === 'string' ? first.title : typeof body.message === 'string' ? body.message : undefined;
    // Confluence's messages name ids, not content; still, cap their length.
    return { ...(code ? { code } : {}), ...(raw ? { message: raw.slice(0, 200) } : {}) };
  } catch {
    return {};
  }
}

/** The error for a failed response to `what` (e.g. `GET /api/v2/pages/{id}`). */
export async function errorFromResponse(response: Response, what: string): Promise<ConfluenceError> {
  const { code, message } = await describe(response);
  const status = response.status;
  const text = `${what}: ${status}${message ? ` ${message}` : ''}`;
  const finalCode = code ?? `HTTP_${status}`;
  if (status === 404) return new NotFoundError(text, status, finalCode);
  if (status === 409) return new ConflictError(text, status, finalCode);
  if (status === 401 || status === 403) return new ForbiddenError(text, status, finalCode);
  return new ConfluenceError(text, status, finalCode);
}
