/**
 * The service's environment, as a zod schema: every variable the service reads, its default and
 * unit. `loadConfig` is the only reader of `process.env` in the service.
 */
import { z } from 'zod';
import { parseSecretKeys } from '../stores/secret-cipher.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const ROLES = ['all', 'web', 'worker'] as const;

/** An absolute http(s) URL without a trailing slash. */
const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), { message: 'must be an absolute http(s) URL' })
  .transform((value) => value.replace(/\/+$/, ''));

/** A URL whose scheme is one of `schemes`; the value itself is never echoed (it may hold a password). */
const urlWithScheme = (schemes: readonly string[]) =>
  z
    .string()
    .trim()
    .refine((value) => URL.canParse(value) && schemes.includes(new URL(value).protocol.replace(/:$/, '')), {
      message: `must be a ${schemes.map((s) => `${s}://`).join(' or ')} URL`,
    });

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `must be an integer between ${min} and ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `must be an integer between ${min} and ${max}` });

/** Empty strings count as unset, so `FOO=` in a shell behaves like no FOO at all. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** Raw environment schema (names as in the environment). */
export const environmentSchema = z.object({
  PORT: optional(integer(0, 65535)),
  HOST: optional(z.string().trim().min(1)),
  BASE_URL: optional(httpUrl),
  APP_KEY: optional(
    z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9._-]{1,64}$/, { message: 'must be 1..64 letters, digits, dots, dashes or underscores' }),
  ),
  LICENSING: optional(z.enum(['on', 'off'], { message: 'must be "on" or "off"' })),
  INSTALL_KEYS_URL: optional(httpUrl),
  OAUTH_TOKEN_URL: optional(httpUrl),
  DATABASE_URL: optional(urlWithScheme(['postgres', 'postgresql'])),
  SQLITE_PATH: optional(z.string().trim().min(1)),
  REDIS_URL: optional(urlWithScheme(['redis', 'rediss'])),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })),
  WORKER_CONCURRENCY: optional(integer(1, 64)),
  ROLE: optional(z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` })),
  PRODUCT_ORIGINS: optional(
    z
      .string()
      .trim()
      .transform((value) => value.split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''))
      .refine((origins) => origins.every((o) => /^https?:\/\//i.test(o) && URL.canParse(o) && new URL(o).origin === o.replace(/\/+$/, '')), {
        message: 'must be a comma-separated list of http(s) origins (scheme, host and port only)',
      })
      .transform((origins) => origins.map((o) => new URL(o).origin)),
  ),
  WORKER_LOCK_MS: optional(integer(1_000, 600_000)),
  TENANT_SECRET_KEYS: optional(
    z
      .string()
      .trim()
      .superRefine((value, ctx) => {
        try {
          parseSecretKeys(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
  ),
});

/** Production (an https BASE_URL) needs the shared secrets encrypted at rest. */
export const productionRules = (env: { BASE_URL?: string | undefined; TENANT_SECRET_KEYS?: string | undefined }): string[] =>
  env.BASE_URL?.startsWith('https://') && !env.TENANT_SECRET_KEYS ? ['TENANT_SECRET_KEYS: required when BASE_URL is https (production): shared secrets are encrypted at rest'] : [];

/** The names of every environment variable the service reads. */
export const ENVIRONMENT_VARIABLES = Object.keys(environmentSchema.shape) as readonly (keyof typeof environmentSchema.shape)[];

/** Log levels accepted by LOG_LEVEL. */
export type LogLevel = (typeof LOG_LEVELS)[number];
/** Which parts a process runs: web (HTTP API), worker (jobs) or both. */
export type Role = (typeof ROLES)[number];
