/**
 * SPF, DKIM and DMARC as the trusted receiving server reported them (RFC 8601 result names). A
 * failure weighs by how much it says about forgery: DMARC fail most, a temporary error least.
 */
import type { DomainName } from './domains.js';
import { reason, type FraudReason, type FraudReasonCode } from './fraud.js';
import { isFreeMail } from './free-mail.js';
import type { KnownDomains } from './lookalike.js';
import type { AuthResult, FraudWeights } from './weights.js';

type Mechanism = 'spf' | 'dkim' | 'dmarc';

const ALIASES: Record<string, AuthResult | 'pass'> = {
  pass: 'pass', bestguesspass: 'pass', fail: 'fail', hardfail: 'fail', softfail: 'softfail', neutral: 'neutral',
  none: 'none', policy: 'policy', permerror: 'permerror', temperror: 'temperror',
};

/** The RFC 8601 result in a value such as "Pass (sender authorised)"; null when unreadable. */
export function authResult(raw: unknown): AuthResult | 'pass' | null {
  if (typeof raw !== 'string') return null;
  const word = /[a-z_]+/.exec(raw.trim().toLowerCase())?.[0]?.replace(/_/g, '') ?? '';
  return ALIASES[word] ?? null;
}

const MEANING: Record<Mechanism, Partial<Record<AuthResult, string>>> = {
  spf: {
    fail: "the server that delivered this mail is not allowed to send for the sender's domain",
    softfail: "the sender's domain says this server is probably not one of its own",
    neutral: "the sender's domain does not say whether this server may send for it",
    none: "the sender's domain publishes no list of its mail servers",
    policy: 'the receiving server set the SPF result aside by its own policy',
    permerror: "the sender's domain has a broken SPF record",
    temperror: 'SPF could not be checked (a temporary DNS error)',
  },
  dkim: {
    fail: "the message's signature does not verify: it was altered or forged on the way",
    none: 'the message is not signed',
    neutral: 'the signature could not be judged',
    policy: "the signature was not accepted by the receiving server's policy",
    permerror: 'the signature is broken',
    temperror: 'the signature could not be checked (a temporary DNS error)',
  },
  dmarc: {
    fail: "the From domain's own policy says this mail did not come from it",
    none: 'the From domain publishes no DMARC policy, so anyone can send in its name unnoticed',
    policy: 'the receiving server set the DMARC result aside by its own policy',
    permerror: "the From domain's DMARC record is broken",
    temperror: 'DMARC could not be checked (a temporary DNS error)',
  },
};

const CODES: Record<Mechanism, FraudReasonCode> = { spf: 'spf_failed', dkim: 'dkim_failed', dmarc: 'dmarc_failed' };

/** Reasons the authentication results give, and whether a known From domain looks forged. */
export function authenticationSignals(
  results: { spf?: string; dkim?: string; dmarc?: string } | null,
  fromDomain: DomainName | null,
  known: KnownDomains,
  weights: FraudWeights,
): FraudReason[] {
  if (!results || typeof results !== 'object') return [];
  const seen = { spf: authResult(results.spf), dkim: authResult(results.dkim), dmarc: authResult(results.dmarc) };
  const reasons: FraudReason[] = [];
  for (const mechanism of ['dmarc', 'spf', 'dkim'] as const) {
    const result = seen[mechanism];
    if (!result || result === 'pass') continue;
    const detail = `${mechanism.toUpperCase()} ${result}: ${MEANING[mechanism][result]}.`;
    reasons.push(...reason(CODES[mechanism], detail, weights.auth[mechanism][result] ?? 0));
  }
  const forged =
    seen.dmarc === 'fail' ||
    ((seen.dmarc === null || seen.dmarc === 'none') && (seen.spf === 'fail' || seen.spf === 'softfail') && seen.dkim !== 'pass');
  if (forged && fromDomain && known.registrables.has(fromDomain.registrable) && !isFreeMail(fromDomain.registrable)) {
    reasons.push(
      ...reason(
        'forged_known_domain',
        `The mail claims to come from ${fromDomain.unicode}, a domain you know, but fails its authentication checks: the From address is probably forged.`,
        weights.forgedKnownDomain,
      ),
    );
  }
  return reasons;
}
