/**
 * Where answers and bounces would go. A Reply-To outside the sender's domain sends the victim's
 * answer to the attacker even when From is genuine or well forged; a Return-Path outside it is
 * routine for mailing services, so it weighs little unless it points at a look-alike.
 */
import { bareAddress, domainOfAddress, type DomainName } from './domains.js';
import { standingOf, type PreparedContext } from './fraud-context.js';
import { reason, type FraudReason } from './fraud.js';
import { isFreeMail } from './free-mail.js';
import { describeLookalike } from './lookalike.js';
import type { FraudWeights } from './weights.js';

type PathWeights = FraudWeights['replyTo'];

interface Mismatch {
  address: string;
  weight: number;
  note: string;
}

function judge(address: string, fromDomain: DomainName, context: PreparedContext, weights: PathWeights): Mismatch | null {
  const domain = domainOfAddress(address);
  if (!domain || domain.registrable === fromDomain.registrable) return null;
  const standing = standingOf(domain, context);
  if (standing.kind === 'lookalike') {
    const note = standing.lookalike
      ? `. ${describeLookalike(standing.lookalike.kind, domain, standing.lookalike.target, 'That domain')}`
      : `. That domain, ${domain.unicode}, was already caught imitating a known domain.`;
    return { address, weight: weights.lookalike, note };
  }
  if (standing.kind === 'known') return { address, weight: weights.known, note: ` (${domain.unicode} is a domain you know).` };
  const note = isFreeMail(domain.registrable) ? ', a free-mail address anyone can open.' : '.';
  return { address, weight: weights.foreign, note };
}

/** Reasons Reply-To and Return-Path give, compared with the From domain. */
export function replyPathSignals(
  replyTo: readonly string[],
  returnPath: string | null,
  fromDomain: DomainName | null,
  context: PreparedContext,
  weights: FraudWeights,
): FraudReason[] {
  if (!fromDomain) return [];
  const reasons: FraudReason[] = [];
  const replies = (Array.isArray(replyTo) ? replyTo : [])
    .map((raw) => judge(bareAddress(raw), fromDomain, context, weights.replyTo))
    .filter((m): m is Mismatch => m !== null)
    .sort((a, b) => b.weight - a.weight);
  if (replies.length > 0) {
    const [worst] = replies;
    reasons.push(...reason('reply_to_mismatch', `Replies would go to ${worst.address}, not to the sender's domain ${fromDomain.unicode}${worst.note}`, worst.weight));
  }
  const bounce = bareAddress(returnPath);
  const envelope = bounce === '' ? null : judge(bounce, fromDomain, context, weights.returnPath);
  if (envelope) {
    const routine = envelope.weight === weights.returnPath.lookalike ? '' : ' Mailing services do this routinely, so alone it means little.';
    reasons.push(
      ...reason('return_path_mismatch', `The envelope sender (Return-Path) is ${envelope.address}, outside the From domain ${fromDomain.unicode}${envelope.note}${routine}`, envelope.weight),
    );
  }
  return reasons;
}
