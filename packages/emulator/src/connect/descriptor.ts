import { z } from 'zod';
import { CONNECT_SCOPES } from '../auth/scopes.js';
import type { ConnectScope } from '../state/index.js';

/**
 * A lifecycle URL: Connect resolves it RELATIVE to the app's `baseUrl` (so callbacks, and the
 * install JWT whose `aud` is that base URL, only ever go to the app itself); an absolute or
 * scheme-relative URL is refused at install.
 */
const relativeUrl = z
  .string()
  .min(1)
  .max(2000)
  .refine((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//') && !url.includes('\\'), 'must be a URL relative to baseUrl');

/**
 * What the emulator checks in an Atlassian Connect descriptor (atlassian-connect.json) before installing:
 * a key (letters, digits, `-`, `.`, `_`; ≤ 64), an http(s) `baseUrl`, `authentication.type` `jwt`
 * (lifecycle callbacks and REST calls need a shared secret), lifecycle URLs relative to `baseUrl`, known scopes, and `modules`
 * as an object. Other fields are kept as given.
 */
export const descriptorSchema = z
  .object({
    key: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'key must be 1-64 letters, digits, "-", "." or "_"'),
    name: z.string().optional(),
    description: z.string().optional(),
    baseUrl: z.url({ protocol: /^https?$/ }),
    authentication: z.object({ type: z.string().refine((t) => t.toLowerCase() === 'jwt', 'authentication.type must be "jwt"') }),
    lifecycle: z
      .object({ installed: relativeUrl.optional(), uninstalled: relativeUrl.optional(), enabled: relativeUrl.optional(), disabled: relativeUrl.optional() })
      .optional(),
    scopes: z
      .array(z.string().transform((s) => s.toUpperCase()))
      .refine((s) => s.every((x) => CONNECT_SCOPES.includes(x as ConnectScope)), { message: `scopes must be among ${CONNECT_SCOPES.join(', ')}` })
      .default(['READ']),
    modules: z.record(z.string(), z.unknown()).default({}),
    apiMigrations: z.record(z.string(), z.boolean()).optional(),
    enableLicensing: z.boolean().optional(),
  })
  .loose();

/** A validated descriptor. */
export type Descriptor = z.infer<typeof descriptorSchema>;

/** Validates a descriptor; throws an Error listing every problem. */
export function validateDescriptor(raw: unknown): Descriptor {
  const r = descriptorSchema.safeParse(raw);
  if (!r.success) throw new Error(`Invalid descriptor: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  return r.data;
}
