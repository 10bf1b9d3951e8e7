/** Calls as a person with an API token (`Basic base64(email:token)`), for scripts and tests. */
import type { AuthProvider } from './auth-provider.js';

/** An AuthProvider for Basic auth. */
export function basicAuth(email: string, apiToken: string): AuthProvider {
  if (!email || !apiToken) throw new TypeError('basicAuth: email and apiToken are required');
  const header = `Basic ${Buffer.from(`${email}:${apiToken}`).toString('base64')}`;
  return { authorization: async () => header };
}
