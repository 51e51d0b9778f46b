/**
 * Login CSRF: a page on another site must not be able to sign a visitor in to an account of its
 * choosing. Browsers say where a request comes from (`Origin`, and `Sec-Fetch-Site` in current
 * ones); programs other than browsers send neither, and are no CSRF risk.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.js';

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

/**
 * An `onRequest` hook for the routes that start a sign-in (a password login, a single sign-on):
 * runs before the body is parsed, so a form post from another site is refused, never read, and
 * only JSON bodies are accepted, which an HTML form cannot send.
 */
export function sameOriginJsonOnly(publicUrl: string): (request: FastifyRequest) => Promise<void> {
  const publicOrigin = originOf(publicUrl);
  return async (request) => {
    const secFetchSite = request.headers['sec-fetch-site'];
    const reason = crossSiteReason(
      { origin: request.headers.origin, secFetchSite: typeof secFetchSite === 'string' ? secFetchSite : undefined },
      [publicOrigin, originOf(`${request.protocol}://${request.host}`)],
    );
    if (reason) throw new AppError('cross_site_login', `Logins from pages of other sites are refused (${reason})`, { status: 403 });
    const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') throw new AppError('unsupported_media_type', 'Send a JSON body (Content-Type: application/json)', { status: 415 });
  };
}
