/**
 * Login CSRF: a page on another site must not be able to sign a visitor in to an account of its
 * choosing. Browsers say where a request comes from (`Origin`, and `Sec-Fetch-Site` in current
 * ones); programs other than browsers send neither, and are no CSRF risk.
 */

/** The origin (scheme://host[:port]) of a URL, lower-cased as browsers send it; undefined if it is not a URL. */
export function originOf(url: string): string | undefined {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Why a request looks cross-site, or undefined when it is same-origin or not from a browser.
 * `allowed` holds the origins of this server: the public URL's, and the one the request was
 * addressed to (a browser cannot forge the Host it connects to).
 */
export function crossSiteReason(headers: { origin?: string; secFetchSite?: string }, allowed: (string | undefined)[]): string | undefined {
  const site = headers.secFetchSite?.toLowerCase();
  if (site === 'cross-site' || site === 'same-site') return `Sec-Fetch-Site: ${site}`;
  if (headers.origin === undefined) return undefined;
  // "null" comes from sandboxed frames, data: URLs and some redirects: never this server's page.
  const origin = originOf(headers.origin);
  if (origin === undefined || !allowed.includes(origin)) return `Origin ${headers.origin}`;
  return undefined;
}
