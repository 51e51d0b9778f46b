/**
 * Authentication-Results (RFC 8601): the SPF, DKIM and DMARC verdicts a receiving server wrote
 * into the message. Only the topmost header counts — the one our own receiving server (the
 * mailbox provider an IMAP mailbox belongs to) added last; any header below it travelled with the
 * message and may have been written by the sender, so it is never read.
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
 * Reads the topmost Authentication-Results header (`values` in message order, first is topmost).
 * With `trustedAuthservId` set, a topmost header written by anyone else is ignored and the result
 * is null. Several DKIM signatures: pass wins if any passed, else the first verdict.
 */
export function parseAuthResults(values: string[], trustedAuthservId?: string): AuthResults | null {
  const top = values[0];
  if (top === undefined) return null;
  const clean = stripComments(top.slice(0, 20_000));
  const [head, ...clauses] = clean.split(';');
  const authservId = head.trim().split(/\s+/)[0] ?? '';
  if (trustedAuthservId !== undefined && authservId.toLowerCase() !== trustedAuthservId.toLowerCase()) return null;
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
