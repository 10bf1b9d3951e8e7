/**
 * Which site base URLs the app accepts at install: Atlassian product hosts over https (as
 * atlassian-connect-express checks before registering a site), plus exact origins named in the
 * configuration (the emulator's in the demo and tests). Any other base URL would make the service
 * send signed requests, and read answers, from a host of an installer's choosing.
 */

/** Host suffixes of Atlassian Cloud products (production, Atlassian's own dev and staging sites). */
export const ATLASSIAN_PRODUCT_HOST_SUFFIXES = ['.atlassian.net', '.jira.com', '.jira-dev.com', '.atlassian-dev.net'] as const;

/** True when `baseUrl` is on an Atlassian product host over https, or on one of `extraOrigins`. */
export function isAllowedProductUrl(baseUrl: string, extraOrigins: readonly string[] = []): boolean {
  if (!URL.canParse(baseUrl)) return false;
  const url = new URL(baseUrl);
  if (url.username !== '' || url.password !== '') return false;
  if (extraOrigins.some((origin) => URL.canParse(origin) && new URL(origin).origin === url.origin)) return true;
  if (url.protocol !== 'https:' || url.port !== '') return false;
  const host = url.hostname.toLowerCase();
  return ATLASSIAN_PRODUCT_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
}
