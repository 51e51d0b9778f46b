/**
 * The few pages Switchboard renders on the server for people who arrive from a link (the one-tap
 * acknowledge page, the rating page, the status pages): text escaping and the headers that keep
 * them script-free, unframed, uncached and unreferred.
 */
import { createHash } from 'node:crypto';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Headers for a server-rendered page: no scripts at all, only the page's own stylesheet (allowed
 * by its hash), forms posting back here or nowhere, never framed, cached, indexed or referred (the
 * address may carry a signed token).
 */
export function htmlPageHeaders(css: string, forms: 'self' | 'none'): Readonly<Record<string, string>> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex, nofollow',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'content-security-policy': [
      "default-src 'none'",
      `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
      `form-action '${forms}'`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
  };
}
