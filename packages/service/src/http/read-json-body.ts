/**
 * Reads a request body as JSON text within a byte limit, for the routes that take one (the API's
 * POSTs, after authentication; the lifecycle callbacks). Every way a body can be wrong is the
 * client's error (`invalid-request`, logged at info): too large, a stream that breaks (a malformed
 * chunk), a content type other than `application/json`, bytes that are not UTF-8 JSON.
 */
import { AppError } from '../errors.js';

/** Options of `readJsonText`. */
export interface ReadJsonOptions {
  readonly maxBytes: number;
  /** What the log detail names, e.g. `lifecycle` or `api`. */
  readonly what: string;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** The body as text ('' when there is none); throws AppError('invalid-request') otherwise. */
export async function readJsonText(request: Request, options: ReadJsonOptions): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > options.maxBytes) throw new AppError('invalid-request', `${options.what}: body too large`);
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new AppError('invalid-request', `${options.what}: body too large`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid-request', `${options.what}: body could not be read`);
  }
  if (size === 0) return '';
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) throw new AppError('invalid-request', `${options.what}: content type is not application/json`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError('invalid-request', `${options.what}: body is not UTF-8`);
  }
}
