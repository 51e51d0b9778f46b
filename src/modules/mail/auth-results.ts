/**
 * Authentication-Results (RFC 8601): the SPF, DKIM and DMARC verdicts a receiving server wrote
 * into the message. Only the topmost header counts — the one the last receiving server added;
 * any header below it travelled with the message and may have been written by the sender, so it
 * is never read. Whose topmost header is believed: for mail of our SMTP listener only our own
 * (authserv-id = our host name, written by authenticate-message.ts); for an IMAP mailbox, the
 * provider's named in its `trustedAuthservId`, or — not set — whoever wrote the topmost one.
 */

/** The verdicts of one Authentication-Results header, lowercased (pass, fail, softfail, none …). */
export interface AuthResults {
  /** The authserv-id: who wrote the verdicts. */
  authservId: string;
  spf?: string;
  dkim?: string;
  dmarc?: string;
}

const METHODS = ['spf', 'dkim', 'dmarc'] as const;

/** Removes RFC 5322 comments (parenthesised, possibly nested) so "(spf=pass)" in a comment is not read. */
function stripComments(value: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && depth > 0) i++;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/**
 * The authserv-id at the head of an Authentication-Results value (RFC 8601 §2.2), or '' when the
 * header starts straight with a result (`spf=pass …`, as Exchange Online writes it): then no one
 * is named and no trusted id can match.
 */
export function authservIdOf(value: string): string {
  const head = stripComments(value.slice(0, 20_000)).split(';')[0].trim();
  if (/^[a-z0-9-]+\s*=/i.test(head)) return '';
  return head.split(/\s+/)[0] ?? '';
}

/**
 * Whether an authserv-id is the trusted one: equal ignoring case, or, for a pattern `*.suffix`,
 * any name ending in `.suffix` (one or more labels in front; `suffix` itself does not match).
 */
export function authservIdMatches(authservId: string, trusted: string): boolean {
  const id = authservId.toLowerCase().replace(/\.$/, '');
  const pattern = trusted.trim().toLowerCase().replace(/\.$/, '');
  if (id === '' || pattern === '') return false;
  if (pattern.startsWith('*.')) return id.endsWith(pattern.slice(1)) && id.length > pattern.length - 1;
  return id === pattern;
}

/**
 * Reads the topmost Authentication-Results header (`values` in message order, first is topmost).
 * With `trustedAuthservId` set (an exact name or a `*.suffix` pattern, see authservIdMatches), a
 * topmost header written by anyone else is ignored and the result is null. Several DKIM
 * signatures: pass wins if any passed, else the first verdict.
 */
export function parseAuthResults(values: string[], trustedAuthservId?: string | null): AuthResults | null {
  const top = values[0];
  if (top === undefined) return null;
  const authservId = authservIdOf(top);
  if (trustedAuthservId && !authservIdMatches(authservId, trustedAuthservId)) return null;
  const clauses = stripComments(top.slice(0, 20_000)).split(';');
  // With an authserv-id the first clause is the id (and an optional version), not a result.
  if (authservId !== '') clauses.shift();
  const result: AuthResults = { authservId };
  for (const clause of clauses) {
    const m = /^\s*([a-z0-9-]+)\s*=\s*([a-z]+)/i.exec(clause);
    if (!m) continue;
    const method = m[1].toLowerCase() as (typeof METHODS)[number];
    if (!METHODS.includes(method)) continue;
    const verdict = m[2].toLowerCase();
    if (result[method] === undefined || (method === 'dkim' && verdict === 'pass')) result[method] = verdict;
  }
  return result;
}
