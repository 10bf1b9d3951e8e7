/** Structured logging without customer data. */
export { createLogger, withRequestId, newRequestId, hashClientKey, REDACT_PATHS, type AppLogger, type LoggerOptions } from './logger.js';
