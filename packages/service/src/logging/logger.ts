/**
 * The service's structured logger (pino) with secrets redacted by path.
 *
 * Discipline (checked by the privacy canary test): log event codes, job ids, client-key hashes,
 * page ids and versions, HTTP status codes and durations (`durationMs`). Never log page text,
 * titles, labels, account ids, tokens, shared secrets or request/response bodies. Redaction is a
 * safety net for the secrets below, not a licence to pass whole objects to the logger.
 */
import { randomUUID } from 'node:crypto';
import { hashSiteKey } from '@labelup/core';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/config-schema.js';

/** The logger type used across the service. */
export type AppLogger = Logger;

const SECRET_KEYS = [
  'authorization',
  'Authorization',
  'token',
  'accessToken',
  'access_token',
  'assertion',
  'jwt',
  'sharedSecret',
  'secret',
  'password',
  'cookie',
];

/** Paths redacted in every log line (top level, one level down, and request/response headers). */
export const REDACT_PATHS: readonly string[] = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'tenant.sharedSecret',
];

/** Options of `createLogger`. */
export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; default stdout. Tests pass a stream to read lines back. */
  readonly destination?: DestinationStream;
  /** Fixed fields on every line, e.g. `{ role: 'worker' }`. */
  readonly base?: Readonly<Record<string, string>>;
}

/** A JSON-lines logger with redaction and ISO timestamps. */
export function createLogger(options: LoggerOptions): AppLogger {
  return pino(
    {
      level: options.level,
      base: { service: 'labelup', ...options.base },
      redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A child logger whose lines carry the request id. */
export function withRequestId(logger: AppLogger, requestId: string): AppLogger {
  return logger.child({ requestId });
}

/** A new request id (UUID v4). */
export function newRequestId(): string {
  return randomUUID();
}

/**
 * A short stable hash of a client key for log lines: lets operators correlate lines of one site
 * without the logs naming the site.
 */
export function hashClientKey(clientKey: string): string {
  return hashSiteKey(clientKey);
}
