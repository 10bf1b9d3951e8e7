/** How a request is authenticated: a provider computes the Authorization header per request. */

/** What a provider sees of a request (never its body). */
export interface AuthRequest {
  readonly method: string;
  /** The full request URL (site base URL + path + query). */
  readonly url: URL;
  /** The site base URL, e.g. `https://example.atlassian.net/wiki`. */
  readonly baseUrl: string;
  readonly signal?: AbortSignal;
}

/** Returns the value of the Authorization header for one request. */
export interface AuthProvider {
  authorization(request: AuthRequest): Promise<string>;
}
