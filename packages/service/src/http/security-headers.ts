/**
 * Security headers Atlassian requires of cloud apps (go.atlassian.com/security-requirements-for-cloud-apps):
 * HSTS for at least a year, a CSP whose `frame-ancestors` lets only Atlassian hosts (and, in
 * development, the emulator) frame the dialogs, `Referrer-Policy: no-referrer` (tokens never leak
 * in a Referer), `X-Content-Type-Options: nosniff`; no `X-Frame-Options` (it would forbid the
 * product from framing us — CSP decides). Built on hono's secureHeaders.
 */
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/** Options of `securityHeaders`. */
export interface SecurityHeadersOptions {
  /** Extra origins allowed to frame the app and serve all.js, e.g. the emulator's `http://127.0.0.1:8090`. */
  readonly extraProductOrigins?: readonly string[];
}

/** Atlassian product hosts that may frame the app (the original's list, https only). */
export const ATLASSIAN_FRAME_ANCESTORS = ['https://*.atlassian.net', 'https://*.jira.com', 'https://*.jira-dev.com'] as const;

/** HSTS: two years, subdomains included (≥ 1 year required). */
export const HSTS_VALUE = 'max-age=63072000; includeSubDomains';

/** The middleware setting the headers on every response. */
export function securityHeaders(options: SecurityHeadersOptions = {}): MiddlewareHandler {
  const products = [...ATLASSIAN_FRAME_ANCESTORS, ...(options.extraProductOrigins ?? [])];
  return secureHeaders({
    strictTransportSecurity: HSTS_VALUE,
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: false,
    crossOriginResourcePolicy: false,
    crossOriginEmbedderPolicy: false,
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // all.js comes from the product host (or Atlassian's CDN).
      scriptSrc: ["'self'", 'https://connect-cdn.atl-paas.net', ...products],
      // Atlaskit styles with CSS-in-JS, which needs inline styles.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'https://*.atl-paas.net', ...products],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'self'", ...products],
    },
  });
}

/** `Cache-Control: no-store` for responses that must never be cached (API, lifecycle, reports). */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
